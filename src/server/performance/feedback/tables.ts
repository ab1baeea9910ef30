import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

export const feedbackKinds = ['feedback', 'praise'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

/**
 * Who may read an item besides its writer and recipient:
 * - recipient_only: nobody else;
 * - recipient_and_manager: the recipient's management chain (and HR admins, who read performance records);
 * - public: everyone in the organisation (praise only; it appears in the praise feed).
 */
export const feedbackVisibilities = ['recipient_only', 'recipient_and_manager', 'public'] as const;
export type FeedbackVisibility = (typeof feedbackVisibilities)[number];

export const feedbackRequestStatuses = ['open', 'answered', 'declined'] as const;
export type FeedbackRequestStatus = (typeof feedbackRequestStatuses)[number];

/** Someone asks a colleague for feedback about themselves; only the two of them see the request. */
export const feedbackRequests = pgTable(
  'feedback_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    responderId: uuid('responder_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Optional topic or question ("How did the migration kick-off go?"). */
    question: text('question').notNull().default(''),
    status: text('status', { enum: feedbackRequestStatuses }).notNull().default('open'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('feedback_requests_responder_idx').on(t.responderId, t.status, t.createdAt),
    index('feedback_requests_requester_idx').on(t.requesterId, t.createdAt),
  ],
);

/** Attributed feedback and praise: the writer is always named. Items are not edited after sending. */
export const feedbackItems = pgTable(
  'feedback_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: feedbackKinds }).notNull(),
    writerId: uuid('writer_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    visibility: text('visibility', { enum: feedbackVisibilities }).notNull(),
    /** Set when the item answers a request. */
    requestId: uuid('request_id').references((): AnyPgColumn => feedbackRequests.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('feedback_items_recipient_idx').on(t.recipientId, t.createdAt),
    index('feedback_items_writer_idx').on(t.writerId, t.createdAt),
    index('feedback_items_public_idx')
      .on(t.organizationId, t.createdAt)
      .where(sql`${t.visibility} = 'public'`),
  ],
);
