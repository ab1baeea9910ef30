import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';
import { type PopulationFilter, reviewCycles, reviews } from '../reviews/tables';

export const calibrationStates = ['open', 'locked'] as const;
export type CalibrationState = (typeof calibrationStates)[number];

/**
 * A calibration session over part of a cycle's population. Reviews join it through
 * reviews.calibration_session_id; until it locks (every approver signed off) none of them can be released.
 */
export const calibrationSessions = pgTable(
  'calibration_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    population: jsonb('population').$type<PopulationFilter>().notNull().default({}),
    facilitatorId: uuid('facilitator_id').references(() => people.id, { onDelete: 'set null' }),
    /** Guideline share per rating, in percent (index 0 = rating 1); null = no guideline. */
    guideline: jsonb('guideline').$type<number[] | null>(),
    /** The org chose to require the guideline curve (shown with a warning about its risks). */
    guidelineRequired: boolean('guideline_required').notNull().default(false),
    /** A manager whose mean proposed rating is this far from the session's mean is flagged. */
    leniencyThreshold: numeric('leniency_threshold', { precision: 4, scale: 2 }).notNull().default('0.5'),
    state: text('state', { enum: calibrationStates }).notNull().default('open'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('calibration_sessions_org_cycle_idx').on(t.organizationId, t.cycleId)],
);

/** The approvers who must sign off a session; it locks when the last one signs. */
export const calibrationApprovers = pgTable(
  'calibration_approvers',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: 'cascade' }),
    approverId: uuid('approver_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    comment: text('comment'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.approverId] })],
);

/** Every rating change made in calibration, with its written rationale (also in the audit trail). */
export const calibrationMoves = pgTable(
  'calibration_moves',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: 'cascade' }),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    fromRating: integer('from_rating'),
    toRating: integer('to_rating').notNull(),
    rationale: text('rationale').notNull(),
    movedBy: uuid('moved_by'),
    movedAt: timestamp('moved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('calibration_moves_session_idx').on(t.sessionId, t.movedAt)],
);
