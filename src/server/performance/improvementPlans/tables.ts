import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

export const pipStates = ['draft', 'active', 'acknowledged', 'paused', 'extended', 'closed'] as const;
export type PipState = (typeof pipStates)[number];
export const pipVisibilities = ['hr', 'manager', 'employee'] as const;
export type PipVisibility = (typeof pipVisibilities)[number];
export const pipSupportKinds = ['training', 'manager_time', 'resource'] as const;
export const pipOutcomes = ['successful', 'unsuccessful', 'cancelled'] as const;
export const pipScheduleKinds = ['weekly', 'biweekly', 'dates'] as const;
export const pipRevisionKinds = ['published', 'edited', 'extended', 'closed'] as const;
export const pipSections = ['reason', 'dates', 'expectations', 'support', 'checkInSchedule'] as const;
export type PipSection = (typeof pipSections)[number];

/**
 * A performance improvement plan (SPEC S3.7), class `performance`: about one employee, read by them
 * (from publishing on, and only the parts shown to them), their manager chain and HR admins —
 * nobody else (policy.ts). The reason is never shown to the employee unless HR turns
 * `reason_visible_to_employee` on. A PIP is always written about performance from scratch: no
 * column points at a development plan or any growth record (SPEC S1.1).
 */
export const improvementPlans = pgTable(
  'improvement_plans',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The employee's direct manager when the plan was created (who reads it is the current chain). */
    managerId: uuid('manager_id').references(() => people.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    state: text('state', { enum: pipStates }).notNull().default('draft'),
    reason: text('reason').notNull(),
    reasonVisibleToEmployee: boolean('reason_visible_to_employee').notNull().default(false),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** The end date at publishing, kept when an extension moves `end_date`. */
    originalEndDate: date('original_end_date', { mode: 'string' }),
    checkInSchedule: text('check_in_schedule', { enum: pipScheduleKinds }).notNull(),
    expectationsVisibility: text('expectations_visibility', { enum: pipVisibilities })
      .notNull()
      .default('employee'),
    supportVisibility: text('support_visibility', { enum: pipVisibilities }).notNull().default('employee'),
    checkInsVisibility: text('check_ins_visibility', { enum: pipVisibilities }).notNull().default('employee'),
    /** The latest revision (0 while a draft); the employee acknowledges revisions. */
    revision: integer('revision').notNull().default(0),
    acknowledgedRevision: integer('acknowledged_revision'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Who published, closed: person ids kept as facts of the record, without a foreign key. */
    publishedBy: uuid('published_by'),
    outcome: text('outcome', { enum: pipOutcomes }),
    outcomeRationale: text('outcome_rationale'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('improvement_plans_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('improvement_plans_employee_idx').on(t.employeeId),
    index('improvement_plans_org_state_idx').on(t.organizationId, t.state),
  ],
);

/** What the employee is expected to do: statement, how it is measured, the evidence, when. */
export const improvementPlanExpectations = pgTable(
  'improvement_plan_expectations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    statement: text('statement').notNull(),
    measure: text('measure').notNull(),
    evidence: text('evidence').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('improvement_plan_expectations_plan_idx').on(t.planId, t.position)],
);

/**
 * Support offered: training, the manager's time, resources. A training may name a learning-catalogue
 * item by id only; the catalogue belongs to the growth track, which this module never reads.
 */
export const improvementPlanSupports = pgTable(
  'improvement_plan_supports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: pipSupportKinds }).notNull(),
    description: text('description').notNull(),
    /** `catalogueItemId` in the API: `learningItemId` is a development record's field name there. */
    learningItemId: uuid('learning_item_id'),
  },
  (t) => [index('improvement_plan_supports_plan_idx').on(t.planId, t.position)],
);

/**
 * Check-ins on the schedule's days. The manager records one: a summary the employee reads, and notes
 * whose readers `notes_visibility` decides (HR and the manager chain unless chosen otherwise). The
 * reminder columns say when the missed-check-in job told the manager, then HR (once each).
 */
export const improvementPlanCheckIns = pgTable(
  'improvement_plan_check_ins',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    scheduledOn: date('scheduled_on', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    recordedById: uuid('recorded_by_id').references(() => people.id, { onDelete: 'set null' }),
    summary: text('summary').notNull().default(''),
    notes: text('notes').notNull().default(''),
    notesVisibility: text('notes_visibility', { enum: pipVisibilities }).notNull().default('manager'),
    managerRemindedAt: timestamp('manager_reminded_at', { withTimezone: true }),
    hrRemindedAt: timestamp('hr_reminded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('improvement_plan_check_ins_day_uq').on(t.planId, t.scheduledOn),
    // The missed-check-in job looks for unrecorded days that have passed.
    index('improvement_plan_check_ins_open_idx')
      .on(t.organizationId, t.scheduledOn)
      .where(sql`${t.recordedAt} IS NULL`),
  ],
);

/**
 * One row per published change of the plan: publishing (1), each edit of a published plan, each
 * extension, the close. The employee acknowledges revisions; what changed is in the revision's
 * section changes.
 */
export const improvementPlanRevisions = pgTable(
  'improvement_plan_revisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    kind: text('kind', { enum: pipRevisionKinds }).notNull(),
    changedById: uuid('changed_by_id').references(() => people.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('improvement_plan_revisions_number_uq').on(t.planId, t.number)],
);

/**
 * One section's change within a revision: its content before and after, and who could read it
 * before and after (a section may be shown to the employee, or hidden, by the same edit). Readers
 * get each side only if that side's visibility admits them.
 */
export const improvementPlanSectionChanges = pgTable(
  'improvement_plan_section_changes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    revisionId: uuid('revision_id')
      .notNull()
      .references(() => improvementPlanRevisions.id, { onDelete: 'cascade' }),
    section: text('section', { enum: pipSections }).notNull(),
    beforeVisibility: text('before_visibility', { enum: pipVisibilities }).notNull(),
    afterVisibility: text('after_visibility', { enum: pipVisibilities }).notNull(),
    before: jsonb('before').$type<unknown>(),
    after: jsonb('after').$type<unknown>(),
  },
  (t) => [uniqueIndex('improvement_plan_section_changes_uq').on(t.revisionId, t.section)],
);

/** The employee's acknowledgements: that they have read a revision, which is not agreeing with it. */
export const improvementPlanAcknowledgements = pgTable(
  'improvement_plan_acknowledgements',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('improvement_plan_acknowledgements_uq').on(t.planId, t.revision)],
);

/**
 * The employee's written responses. Nobody edits one once it is written, not even its author: no
 * code updates this table, and a later response is a new row.
 */
export const improvementPlanResponses = pgTable(
  'improvement_plan_responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** The revision acknowledged together with this response, if it came with one. */
    withRevision: integer('with_revision'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('improvement_plan_responses_plan_idx').on(t.planId, t.createdAt, t.id)],
);
