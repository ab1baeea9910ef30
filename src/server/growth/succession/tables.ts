import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { departments, organizations, people } from '../../org/tables';

export const positionCriticalities = ['low', 'medium', 'high', 'critical'] as const;
export const vacancyRisks = ['low', 'medium', 'high'] as const;
/** Readiness for one plan (Dayforce rates it per plan, apart from general promotion readiness). */
export const slateReadiness = ['ready_now', '1_2_years', '3_plus_years'] as const;

/**
 * A key position (SPEC S4.9): a role whose loss would hurt, the person in it (none while vacant),
 * how critical it is and how likely it is to fall vacant. Class `talent`: HR admins and the
 * position's designated reviewers read it; nobody named on the plan ever does (SPEC S1).
 */
export const keyPositions = pgTable(
  'key_positions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'set null' }),
    incumbentId: uuid('incumbent_id').references(() => people.id, { onDelete: 'set null' }),
    criticality: text('criticality', { enum: positionCriticalities }).notNull(),
    vacancyRisk: text('vacancy_risk', { enum: vacancyRisks }).notNull(),
    /** Free text on purpose (no CHECK): the leak scan plants its canaries here. */
    vacancyReason: text('vacancy_reason').notNull().default(''),
    expectedVacancyOn: date('expected_vacancy_on'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('key_positions_org_idx').on(t.organizationId, t.title),
    index('key_positions_incumbent_idx').on(t.incumbentId),
  ],
);

/** The executives HR designates to read and edit one position's plan. */
export const keyPositionReviewers = pgTable(
  'key_position_reviewers',
  {
    positionId: uuid('position_id')
      .notNull()
      .references(() => keyPositions.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.positionId, t.personId] }),
    index('key_position_reviewers_person_idx').on(t.organizationId, t.personId),
  ],
);

/** One successor on a position's slate (at most five, at most one of them the interim cover). */
export const successionCandidates = pgTable(
  'succession_candidates',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    positionId: uuid('position_id')
      .notNull()
      .references(() => keyPositions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    readiness: text('readiness', { enum: slateReadiness }).notNull(),
    rank: integer('rank').notNull(),
    interim: boolean('interim').notNull().default(false),
    /** Development needs for this role; free text (no CHECK) so the leak scan plants canaries. */
    successorNote: text('successor_note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('succession_candidates_person_uq').on(t.positionId, t.personId),
    uniqueIndex('succession_candidates_interim_uq').on(t.positionId).where(sql`${t.interim}`),
    index('succession_candidates_person_idx').on(t.organizationId, t.personId),
  ],
);
