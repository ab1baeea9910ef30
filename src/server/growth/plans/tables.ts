import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

export const planStatuses = ['draft', 'active', 'completed', 'archived'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const planOrigins = ['career_conversation', 'review', 'manual'] as const;
export type PlanOrigin = (typeof planOrigins)[number];

export const developmentGoalStatuses = ['not_started', 'in_progress', 'achieved', 'dropped'] as const;
export type DevelopmentGoalStatus = (typeof developmentGoalStatuses)[number];

export const actionKinds = [
  'stretch_assignment',
  'course',
  'certification',
  'mentoring',
  'project',
  'shadowing',
  'reading',
] as const;
export type ActionKind = (typeof actionKinds)[number];

export const actionStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/**
 * A development plan (career action plan, SPEC S4.4), class `development`: it belongs to its owner.
 * Sharing is with the owner's direct manager at the time of sharing (`shared_with_id`); the manager
 * reads it only while both hold (shared and still their manager). `last_activity_at` moves on every
 * change or progress update and drives the 30-day nudge; `last_nudged_at` makes the nudge once per
 * silence.
 */
export const developmentPlans = pgTable(
  'development_plans',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    status: text('status', { enum: planStatuses }).notNull().default('draft'),
    origin: text('origin', { enum: planOrigins }).notNull().default('manual'),
    /** E.g. the career conversation or review id the plan was drafted from (no FK: another module). */
    originRef: text('origin_ref'),
    /** "Seeded from your <cycle> review": the cycle's name, kept so the plan says it visibly. */
    seededFromLabel: text('seeded_from_label'),
    sharedWithId: uuid('shared_with_id').references(() => people.id, { onDelete: 'set null' }),
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    lastNudgedAt: timestamp('last_nudged_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('development_plans_owner_idx').on(t.ownerId, t.createdAt),
    index('development_plans_shared_idx').on(t.sharedWithId),
    index('development_plans_nudge_idx').on(t.status, t.lastActivityAt),
  ],
);

/** A development goal inside a plan; may point at a business objective (a goal id, no FK: S1.1). */
export const developmentGoals = pgTable(
  'development_goals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => developmentPlans.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    targetDate: date('target_date'),
    status: text('status', { enum: developmentGoalStatuses }).notNull().default('not_started'),
    businessGoalId: uuid('business_goal_id'),
    /** True when the goal came from a released review's text (the UI marks it). */
    seededFromReview: boolean('seeded_from_review').notNull().default(false),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('development_goals_plan_idx').on(t.planId, t.position)],
);

/** An action towards a development goal: a course, a stretch assignment, some reading… */
export const developmentActions = pgTable(
  'development_actions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => developmentPlans.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => developmentGoals.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: actionKinds }).notNull(),
    title: text('title').notNull(),
    startDate: date('start_date'),
    dueDate: date('due_date'),
    status: text('status', { enum: actionStatuses }).notNull().default('planned'),
    evidenceText: text('evidence_text').notNull().default(''),
    evidenceUrl: text('evidence_url'),
    /** A learning catalogue item (course/certification only); no FK, the catalogue is another part. */
    learningItemId: uuid('learning_item_id'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('development_actions_plan_idx').on(t.planId, t.createdAt),
    index('development_actions_goal_idx').on(t.goalId),
  ],
);

/** A dated progress note; `progress_percent` snapshots the plan's progress for the history chart. */
export const developmentPlanUpdates = pgTable(
  'development_plan_updates',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => developmentPlans.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').references(() => developmentGoals.id, { onDelete: 'set null' }),
    authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
    note: text('note').notNull(),
    progressPercent: integer('progress_percent').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('development_plan_updates_plan_idx').on(t.planId, t.createdAt)],
);
