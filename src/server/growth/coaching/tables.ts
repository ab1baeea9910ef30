import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';
import { bytea } from '../../platform/crypto/bytea';
import { aspirations } from '../aspirations/tables';

export const coachKinds = ['internal', 'external'] as const;
export const engagementStatuses = [
  'requested',
  'chemistry',
  'awaiting_approval',
  'active',
  'completed',
  'declined',
  'cancelled',
] as const;
export const coachingSessionStatuses = ['scheduled', 'held', 'cancelled'] as const;

/**
 * A coach's profile (SPEC S4.7): directory data every colleague may read while the coach is in the
 * pool. Only a person who also holds the `coach` role and is `in_pool` coaches: leaving the pool
 * (or losing the role) ends their access to every engagement on the next request.
 */
export const coachProfiles = pgTable(
  'coach_profiles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: coachKinds }).notNull(),
    specialties: text('specialties').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    timeZone: text('time_zone').notNull().default('UTC'),
    credentials: text('credentials').notNull().default(''),
    bio: text('bio').notNull().default(''),
    capacity: integer('capacity').notNull().default(4),
    inPool: boolean('in_pool').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('coach_profiles_person_uq').on(t.organizationId, t.personId)],
);

/** A coaching programme: the organisation's rules for engagements (no person in it). */
export const coachingProgrammes = pgTable('coaching_programmes', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  sessionAllowance: integer('session_allowance').notNull().default(6),
  durationMonths: integer('duration_months').notNull().default(6),
  maxChemistry: integer('max_chemistry').notNull().default(2),
  requiresApproval: boolean('requires_approval').notNull().default(false),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One coaching engagement, started by the coachee only. Class `confidential`: the coachee and the
 * coach read it; HR counts it per programme (logistics.ts) and, where the programme says so,
 * approves the start from dates and names alone. `wrapped_key` is the engagement's data key,
 * encrypted with the application key (platform/crypto); notes are encrypted with the data key.
 */
export const coachingEngagements = pgTable(
  'coaching_engagements',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => coachingProgrammes.id, { onDelete: 'cascade' }),
    coacheeId: uuid('coachee_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Null while the coachee still holds chemistry conversations before choosing. */
    coachId: uuid('coach_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: engagementStatuses }).notNull(),
    sessionAllowance: integer('session_allowance').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    wrappedKey: bytea('wrapped_key').notNull(),
    lastNudgedAt: timestamp('last_nudged_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('coaching_engagements_coachee_idx').on(t.organizationId, t.coacheeId),
    index('coaching_engagements_coach_idx').on(t.organizationId, t.coachId),
  ],
);

/** The coaches a coachee asked for a chemistry conversation before choosing one. */
export const coachingChemistry = pgTable(
  'coaching_chemistry',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => coachingEngagements.id, { onDelete: 'cascade' }),
    coachId: uuid('coach_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('coaching_chemistry_uq').on(t.engagementId, t.coachId)],
);

/** The coachee's goals for the engagement, each optionally tied to one of their own aspirations. */
export const coachingGoals = pgTable(
  'coaching_goals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => coachingEngagements.id, { onDelete: 'cascade' }),
    goalText: text('goal_text').notNull(),
    aspirationId: uuid('aspiration_id').references(() => aspirations.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coaching_goals_engagement_idx').on(t.engagementId, t.position)],
);

export const coachingSessions = pgTable(
  'coaching_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => coachingEngagements.id, { onDelete: 'cascade' }),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    status: text('status', { enum: coachingSessionStatuses }).notNull().default('scheduled'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coaching_sessions_engagement_idx').on(t.engagementId, t.scheduledAt)],
);

/**
 * A note of the coach or the coachee (class `confidential`): stored only as AES-256-GCM ciphertext
 * under the engagement's data key, with its IV and auth tag. Nobody but the two reads it.
 */
export const coachingNotes = pgTable(
  'coaching_notes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => coachingEngagements.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
    ciphertext: bytea('ciphertext').notNull(),
    iv: bytea('iv').notNull(),
    authTag: bytea('auth_tag').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coaching_notes_engagement_idx').on(t.engagementId, t.createdAt)],
);

/**
 * The summary the coachee chose to publish to their direct manager (class `development`, like a
 * shared aspiration): `shared_with_id` is the manager it went to, null once revoked.
 */
export const coachingSummaries = pgTable('coaching_summaries', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  engagementId: uuid('engagement_id')
    .notNull()
    .unique()
    .references(() => coachingEngagements.id, { onDelete: 'cascade' }),
  coacheeId: uuid('coachee_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  summaryText: text('summary_text').notNull(),
  sharedWithId: uuid('shared_with_id').references(() => people.id, { onDelete: 'set null' }),
  sharedAt: timestamp('shared_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A manager's or HR's invitation to try coaching. Only the recipient sees whether it was dismissed:
 * the sender's view is "sent", whatever happens next (SPEC S4.7, voluntary).
 */
export const coachingInvitations = pgTable(
  'coaching_invitations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id').references(() => people.id, { onDelete: 'set null' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('coaching_invitations_recipient_idx').on(t.organizationId, t.recipientId),
    index('coaching_invitations_sender_idx').on(t.organizationId, t.senderId),
  ],
);
export type EngagementStatus = (typeof engagementStatuses)[number];
