import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

export const emailStates = ['none', 'pending', 'sent', 'failed'] as const;
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
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** Path inside the app, e.g. /performance/reviews/…; null when there is nothing to open. */
    link: text('link'),
    emailState: text('email_state', { enum: emailStates }).notNull().default('none'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_recipient_idx').on(t.recipientId, t.createdAt),
    index('notifications_email_pending_idx').on(t.organizationId).where(sql`${t.emailState} = 'pending'`),
  ],
);
