import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

/** skipped: the recipient had left (terminated) before the email went out. */
export const emailStates = ['none', 'pending', 'sent', 'failed', 'skipped'] as const;
export type EmailState = (typeof emailStates)[number];

/**
 * The in-app inbox, and the outbox for the matching emails: a notification written in a command's
 * transaction is emailed only after that transaction commits (flushNotificationEmails), so a
 * rolled-back change never sends mail. Titles and bodies name the task, never class content
 * (no ratings, no answers, no rater identities).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** A stable kind for filtering and tests, e.g. review.reminder, feedback.requested. */
    kind: text('kind').notNull(),
    /**
     * The kind's parameters (messages/params.ts): the text is rendered from kind and parameters in
     * each reader's language. Null on rows written before, which keep the text they were stored with.
     */
    params: jsonb('params').$type<Record<string, unknown>>(),
    /** The text in the default language at write time (what rows without parameters show). */
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** Path inside the app, e.g. /performance/reviews/…; null when there is nothing to open. */
    link: text('link'),
    emailState: text('email_state', { enum: emailStates }).notNull().default('none'),
    /** Failed SMTP attempts so far; the email is retried with growing pauses, then given up. */
    emailAttempts: integer('email_attempts').notNull().default(0),
    /** A pending email whose last attempt failed waits until then. */
    emailRetryAt: timestamp('email_retry_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_recipient_idx').on(t.recipientId, t.createdAt),
    index('notifications_email_pending_idx').on(t.organizationId).where(sql`${t.emailState} = 'pending'`),
  ],
);

/**
 * A person's notification choices and the daily digest's ledger. No row means the defaults
 * (digest on, never sent). `digest_sent_at` is claimed before each digest goes out, so two
 * instances or a rerun of the job never send a person two digests in a day.
 */
export const notificationSettings = pgTable('notification_settings', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  dailyDigest: boolean('daily_digest').notNull().default(true),
  digestSentAt: timestamp('digest_sent_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
