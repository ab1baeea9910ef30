import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { competencies } from '../paths/tables';

export const learningKinds = [
  'course',
  'workshop',
  'article',
  'video',
  'book',
  'podcast',
  'certification',
] as const;
export type LearningKind = (typeof learningKinds)[number];

export const learningItemStatuses = ['active', 'retired'] as const;

/**
 * The organisation's learning catalogue, managed by HR. `url` null means an internal offering
 * (run in-house); otherwise a link to an external resource.
 */
export const learningItems = pgTable(
  'learning_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: learningKinds }).notNull(),
    url: text('url'),
    provider: text('provider').notNull().default(''),
    durationMinutes: integer('duration_minutes'),
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    status: text('status', { enum: learningItemStatuses }).notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('learning_items_org_title_idx').on(t.organizationId, t.status, t.title)],
);

/** Which competencies a catalogue item helps build. */
export const learningItemCompetencies = pgTable(
  'learning_item_competencies',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => learningItems.id, { onDelete: 'cascade' }),
    competencyId: uuid('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.competencyId] })],
);

export const enrolmentStatuses = ['enrolled', 'completed'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

/** A person's enrolment in a catalogue item; theirs, shared with the manager only if they choose. */
export const learningEnrolments = pgTable(
  'learning_enrolments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => learningItems.id, { onDelete: 'cascade' }),
    status: text('status', { enum: enrolmentStatuses }).notNull().default('enrolled'),
    completedOn: date('completed_on', { mode: 'string' }),
    sharedWithManager: boolean('shared_with_manager').notNull().default(false),
    version: integer('version').notNull().default(1),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('learning_enrolments_person_item_uq').on(t.personId, t.itemId),
    index('learning_enrolments_item_idx').on(t.itemId, t.status),
  ],
);

/** A certification a person holds, with an optional expiry that triggers one reminder before it. */
export const certifications = pgTable(
  'certifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    issuer: text('issuer').notNull().default(''),
    itemId: uuid('item_id').references(() => learningItems.id, { onDelete: 'set null' }),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    sharedWithManager: boolean('shared_with_manager').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('certifications_person_idx').on(t.personId, t.expiresOn),
    index('certifications_expiry_idx').on(t.expiresOn),
  ],
);

/**
 * One row per reminder sent: the key includes the expiry date, so a renewed certification
 * (new expiry) is reminded again but a given expiry never twice.
 */
export const certificationReminders = pgTable(
  'certification_reminders',
  {
    certificationId: uuid('certification_id')
      .notNull()
      .references(() => certifications.id, { onDelete: 'cascade' }),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.certificationId, t.expiresOn] })],
);
