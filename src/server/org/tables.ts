import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
import { terminationReasons } from '../../contracts/org';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('departments_org_name_uq').on(t.organizationId, t.name)],
);

/** Career levels, ordered by rank (IC1 < IC2 …); job titles refer to a level. */
export const levels = pgTable(
  'levels',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    rank: integer('rank').notNull(),
  },
  (t) => [uniqueIndex('levels_org_code_uq').on(t.organizationId, t.code)],
);

export const jobTitles = pgTable(
  'job_titles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    levelId: uuid('level_id').references(() => levels.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('job_titles_org_name_uq').on(t.organizationId, t.name)],
);

export const employmentStatuses = ['active', 'on_leave', 'terminated'] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];
/** Why a person left, for turnover analytics (voluntary / involuntary); null when not recorded. */

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    employeeId: text('employee_id'),
    email: text('email').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    levelId: uuid('level_id').references(() => levels.id, { onDelete: 'set null' }),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'set null' }),
    location: text('location').notNull().default(''),
    timezone: text('timezone').notNull().default('UTC'),
    hireDate: date('hire_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: employmentStatuses }).notNull().default('active'),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    terminationReason: text('termination_reason', { enum: terminationReasons }),
    /** Current manager, kept equal to the open reporting line; the history lives in reporting_lines. */
    managerId: uuid('manager_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_org_email_uq').on(t.organizationId, sql`lower(${t.email})`),
    uniqueIndex('people_org_employee_id_uq').on(t.organizationId, t.employeeId),
    index('people_org_manager_idx').on(t.organizationId, t.managerId),
    index('people_org_department_idx').on(t.organizationId, t.departmentId),
    index('people_org_name_idx').on(t.organizationId, t.familyName, t.givenName, t.id),
    // The directory's total count reads only this index.
    index('people_org_status_idx').on(t.organizationId, t.status),
    // Directory search matches anywhere in the name, email or title: trigram indexes (pg_trgm).
    index('people_full_name_trgm_idx').using(
      'gin',
      sql`(${t.givenName} || ' ' || ${t.familyName}) gin_trgm_ops`,
    ),
    index('people_email_trgm_idx').using('gin', sql`${t.email} gin_trgm_ops`),
    index('people_job_title_trgm_idx').using('gin', sql`${t.jobTitle} gin_trgm_ops`),
    // One- and two-letter searches match name prefixes (trigrams need three letters).
    index('people_given_name_prefix_idx').on(t.organizationId, sql`lower(${t.givenName}) text_pattern_ops`),
    index('people_family_name_prefix_idx').on(t.organizationId, sql`lower(${t.familyName}) text_pattern_ops`),
  ],
);

/**
 * Effective-dated reporting lines: [validFrom, validTo) with validTo null for the open line.
 * Answers "who managed X on date D" for review periods.
 */
export const reportingLines = pgTable(
  'reporting_lines',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    managerId: uuid('manager_id').references(() => people.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reporting_lines_person_idx').on(t.personId, t.validFrom),
    index('reporting_lines_manager_idx').on(t.managerId, t.validFrom),
  ],
);
