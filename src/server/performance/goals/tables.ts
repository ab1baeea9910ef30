import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { departments, jobTitles, levels, organizations, people } from '../../org/tables';

/** Company goals have no owner; department goals belong to a department; personal goals to a person. */
export const goalLevels = ['company', 'department', 'personal'] as const;
export type GoalLevel = (typeof goalLevels)[number];
/** Private goals are seen by the owner (or department), their manager chain and HR only. */
export const goalVisibilities = ['public', 'private'] as const;
export type GoalVisibility = (typeof goalVisibilities)[number];
export const goalStatuses = ['active', 'completed', 'cancelled'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
export const checkInStatuses = ['on_track', 'at_risk', 'off_track'] as const;
export type CheckInStatus = (typeof checkInStatuses)[number];
/** yes/no and milestone results run from 0 (not yet) to 1 (done). */
export const keyResultKinds = ['number', 'percent', 'currency', 'boolean', 'milestone'] as const;
export type KeyResultKind = (typeof keyResultKinds)[number];

export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    level: text('level', { enum: goalLevels }).notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'cascade' }),
    ownerDepartmentId: uuid('owner_department_id').references(() => departments.id, {
      onDelete: 'cascade',
    }),
    parentId: uuid('parent_id').references((): AnyPgColumn => goals.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    visibility: text('visibility', { enum: goalVisibilities }).notNull().default('public'),
    status: text('status', { enum: goalStatuses }).notNull().default('active'),
    /** Status of the latest check-in; null until the first one. */
    health: text('health', { enum: checkInStatuses }),
    /** 0–100, recomputed from the key results on every write (kept for lists, trees and history). */
    progress: numeric('progress', { precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
    templateId: uuid('template_id').references((): AnyPgColumn => goalTemplates.id, { onDelete: 'set null' }),
    /** Goals created by one bulk assignment share this id (their key results are copied by it). */
    assignmentBatchId: uuid('assignment_batch_id'),
    createdByPersonId: uuid('created_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    lastCheckInAt: timestamp('last_check_in_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('goals_org_owner_person_idx').on(t.organizationId, t.ownerPersonId, t.periodEnd),
    index('goals_org_owner_department_idx').on(t.organizationId, t.ownerDepartmentId),
    index('goals_parent_idx').on(t.parentId, t.title),
    index('goals_org_level_idx').on(t.organizationId, t.level, t.title),
    index('goals_assignment_batch_idx').on(t.assignmentBatchId),
    check(
      'goals_owner_matches_level',
      sql`(${t.level} = 'company' AND ${t.ownerPersonId} IS NULL AND ${t.ownerDepartmentId} IS NULL)
       OR (${t.level} = 'department' AND ${t.ownerPersonId} IS NULL AND ${t.ownerDepartmentId} IS NOT NULL)
       OR (${t.level} = 'personal' AND ${t.ownerPersonId} IS NOT NULL AND ${t.ownerDepartmentId} IS NULL)`,
    ),
    check('goals_period_order', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

export const keyResults = pgTable(
  'goal_key_results',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: keyResultKinds }).notNull(),
    /** ISO 4217 code, for currency results only. */
    currency: text('currency'),
    startValue: numeric('start_value', { mode: 'number' }).notNull(),
    targetValue: numeric('target_value', { mode: 'number' }).notNull(),
    currentValue: numeric('current_value', { mode: 'number' }).notNull(),
  },
  (t) => [index('goal_key_results_goal_idx').on(t.goalId, t.position)],
);

/** One value a check-in set: which key result, and its new current value. */
export interface CheckInValue {
  keyResultId: string;
  value: number;
}

/** Progress check-ins: the history behind a goal's chart. Append-only. */
export const goalCheckIns = pgTable(
  'goal_check_ins',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    authorPersonId: uuid('author_person_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: checkInStatuses }).notNull(),
    comment: text('comment').notNull().default(''),
    /** Goal progress (0–100) after this check-in. */
    progress: numeric('progress', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    values: jsonb('values').$type<CheckInValue[]>().notNull().default([]),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goal_check_ins_goal_idx').on(t.goalId, t.checkedInAt)],
);

export interface KeyResultTemplate {
  title: string;
  kind: KeyResultKind;
  currency?: string | null;
  startValue: number;
  targetValue: number;
}

/** HR's reusable objectives with key-result templates, for one-click bulk assignment. */
export const goalTemplates = pgTable(
  'goal_templates',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    keyResults: jsonb('key_results').$type<KeyResultTemplate[]>().notNull().default([]),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goal_templates_org_idx').on(t.organizationId, t.name)],
);

export interface Kpi {
  id: string;
  name: string;
  target: number;
  /** Free text unit: "%", "EUR", "tickets per week". */
  unit: string;
}

/** Key performance areas with their KPIs and targets, for one job title or one level. */
export const performanceAreas = pgTable(
  'performance_areas',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    jobTitleId: uuid('job_title_id').references(() => jobTitles.id, { onDelete: 'cascade' }),
    levelId: uuid('level_id').references(() => levels.id, { onDelete: 'cascade' }),
    kpis: jsonb('kpis').$type<Kpi[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('performance_areas_org_idx').on(t.organizationId, t.name),
    check('performance_areas_one_scope', sql`(${t.jobTitleId} IS NULL) <> (${t.levelId} IS NULL)`),
  ],
);
