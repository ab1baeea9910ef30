import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

export const talentSessionStates = ['draft', 'in_review', 'locked'] as const;
export const talentPopulationKinds = ['organization', 'department', 'manager_subtree'] as const;
export const talentBands = ['low', 'medium', 'high'] as const;
export const promotionReadinessValues = ['now', '1_2_years', '3_plus_years'] as const;

/**
 * A talent review (SPEC S4.9), class `talent`. Its population is resolved to people when it is
 * created (the members below are that snapshot); HR admins and the named participants read it,
 * never about themselves (policy.ts). Locked sessions are read-only.
 */
export const talentReviewSessions = pgTable(
  'talent_review_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    populationKind: text('population_kind', { enum: talentPopulationKinds }).notNull(),
    /** The department or the manager whose subtree was taken in; null for the whole organisation. */
    populationRefId: uuid('population_ref_id'),
    facilitatorId: uuid('facilitator_id').references(() => people.id, { onDelete: 'set null' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    state: text('state', { enum: talentSessionStates }).notNull().default('draft'),
    /** Nine custom box names (index = potential × 3 + performance, low = 0); null entries use the defaults. */
    boxLabels: jsonb('box_labels').$type<(string | null)[]>(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('talent_review_sessions_org_idx').on(t.organizationId, t.createdAt)],
);

/** The designated executives who read a session (and assess its people, never themselves). */
export const talentReviewParticipants = pgTable(
  'talent_review_participants',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => talentReviewSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.personId] }),
    index('talent_review_participants_person_idx').on(t.personId),
  ],
);

/**
 * One person of a session's population with their assessment and placement. The performance band
 * is copied from their locked calibrated rating when the session is created and again when the
 * review starts; locking freezes everything. Free-text fields hold no CHECK so the leak scan can
 * plant its canaries in them.
 */
export const talentReviewMembers = pgTable(
  'talent_review_members',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => talentReviewSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Their manager when the population was taken, for the distribution by manager. */
    managerId: uuid('manager_id'),
    performanceBand: text('performance_band', { enum: talentBands }),
    learningAgility: text('learning_agility', { enum: talentBands }),
    learningAgilityEvidence: text('learning_agility_evidence'),
    scopeGrowth: text('scope_growth', { enum: talentBands }),
    scopeGrowthEvidence: text('scope_growth_evidence'),
    leadingOthers: text('leading_others', { enum: talentBands }),
    leadingOthersEvidence: text('leading_others_evidence'),
    potentialBand: text('potential_band', { enum: talentBands }),
    retentionRisk: text('retention_risk', { enum: talentBands }),
    retentionRiskReason: text('retention_risk_reason'),
    lossImpact: text('loss_impact', { enum: talentBands }),
    promotionReadiness: text('promotion_readiness', { enum: promotionReadinessValues }),
    assessedBy: uuid('assessed_by'),
    assessedAt: timestamp('assessed_at', { withTimezone: true }),
    /** A box chosen by the facilitator or HR instead of the computed one (1..9), with why. */
    overrideBox: integer('override_box'),
    overrideRationale: text('override_rationale'),
    overriddenBy: uuid('overridden_by'),
    overriddenAt: timestamp('overridden_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('talent_review_members_session_person_uq').on(t.sessionId, t.personId),
    index('talent_review_members_person_idx').on(t.organizationId, t.personId),
  ],
);
