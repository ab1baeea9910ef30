import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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

export const cadences = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof cadences)[number];

/**
 * A recurring 1:1 between two people (usually a manager and a report, but any two colleagues).
 * One series per pair: a second "weekly with Sofia" would split the agenda in two.
 * Only the two participants ever see a series (not their managers, not HR).
 */
export const oneOnOneSeries = pgTable(
  'one_on_one_series',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Who set the series up; otherwise the two participants are equal. */
    organizerId: uuid('organizer_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    attendeeId: uuid('attendee_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    cadence: text('cadence', { enum: cadences }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('one_on_one_series_pair_uq').on(
      t.organizationId,
      sql`least(${t.organizerId}, ${t.attendeeId})`,
      sql`greatest(${t.organizerId}, ${t.attendeeId})`,
    ),
    index('one_on_one_series_organizer_idx').on(t.organizerId),
    index('one_on_one_series_attendee_idx').on(t.attendeeId),
  ],
);

export const meetingStatuses = ['upcoming', 'completed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/**
 * Meetings are created one at a time: the first with the series, the next when the current one is
 * completed. A series therefore has exactly one upcoming meeting (enforced by a partial unique index).
 */
export const oneOnOneMeetings = pgTable(
  'one_on_one_meetings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => oneOnOneSeries.id, { onDelete: 'cascade' }),
    scheduledOn: date('scheduled_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: meetingStatuses }).notNull().default('upcoming'),
    /** Notes both participants read and write. */
    sharedNotes: text('shared_notes').notNull().default(''),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('one_on_one_meetings_series_idx').on(t.seriesId, t.scheduledOn),
    uniqueIndex('one_on_one_meetings_one_upcoming_uq').on(t.seriesId).where(sql`${t.status} = 'upcoming'`),
  ],
);

export const agendaSections = ['now', 'next'] as const;
export type AgendaSection = (typeof agendaSections)[number];

/**
 * Agenda items: 'now' for performance topics, 'next' for growth topics. `source` says where an item
 * came from: 'manual' (a participant typed it) or a suggestion source written through
 * `suggestNextAgendaItems` (nextSection.ts), with `sourceRef` naming the suggested record so the same
 * suggestion is not added twice. An item not discussed is copied to the next meeting on completion;
 * the copy points back with `carriedFromId`.
 */
export const oneOnOneAgendaItems = pgTable(
  'one_on_one_agenda_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => oneOnOneMeetings.id, { onDelete: 'cascade' }),
    section: text('section', { enum: agendaSections }).notNull(),
    source: text('source').notNull().default('manual'),
    sourceRef: text('source_ref'),
    text: text('text').notNull(),
    /** Null for suggested items (nobody typed them). */
    authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
    discussed: boolean('discussed').notNull().default(false),
    carriedFromId: uuid('carried_from_id').references((): AnyPgColumn => oneOnOneAgendaItems.id, {
      onDelete: 'set null',
    }),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('one_on_one_agenda_items_meeting_idx').on(t.meetingId, t.section, t.position),
    uniqueIndex('one_on_one_agenda_items_source_uq')
      .on(t.meetingId, t.source, t.sourceRef)
      .where(sql`${t.sourceRef} IS NOT NULL`),
  ],
);

/**
 * Suggestions a participant dismissed from a series' "Next" section, remembered per series so the
 * same record (`source`/`sourceRef`, e.g. one development-plan action) is not suggested there again.
 */
export const oneOnOneDismissedSuggestions = pgTable(
  'one_on_one_dismissed_suggestions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => oneOnOneSeries.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    sourceRef: text('source_ref').notNull(),
    dismissedBy: uuid('dismissed_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('one_on_one_dismissed_suggestions_uq').on(t.seriesId, t.source, t.sourceRef)],
);

/** Action items with an owner (one of the two participants) and a due date; open ones carry over. */
export const oneOnOneActionItems = pgTable(
  'one_on_one_action_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => oneOnOneMeetings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    carriedFromId: uuid('carried_from_id').references((): AnyPgColumn => oneOnOneActionItems.id, {
      onDelete: 'set null',
    }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('one_on_one_action_items_meeting_idx').on(t.meetingId, t.createdAt)],
);

/**
 * Private notes: one per meeting and author, readable by that author only — no participant,
 * manager, HR or admin role reads them (SPEC S1 `confidential`). Every query of this table filters
 * by `author_id = caller`; nothing else in the code selects from it.
 */
export const oneOnOnePrivateNotes = pgTable(
  'one_on_one_private_notes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => oneOnOneMeetings.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('one_on_one_private_notes_author_uq').on(t.meetingId, t.authorId)],
);
