import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../../org/tables';

/**
 * Append-only audit trail. Each row's hash covers its content and the previous row's hash in the
 * same organisation, so an edited or deleted row breaks the chain (`trellis audit-verify`).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    actorAccountId: uuid('actor_account_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    // ISO-8601 text, hashed exactly as stored.
    at: text('at').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_org_seq_idx').on(t.organizationId, t.seq),
    index('audit_events_target_idx').on(t.targetId),
  ],
);

/** Reads of one person's record by another person (SPEC S1.5), shown on "Who accessed my data". */
export const accessLog = pgTable(
  'access_log',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    subjectPersonId: uuid('subject_person_id').notNull(),
    viewerAccountId: uuid('viewer_account_id').notNull(),
    viewerPersonId: uuid('viewer_person_id'),
    dataClass: text('data_class').notNull(),
    resource: text('resource').notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('access_log_subject_idx').on(t.subjectPersonId, t.at)],
);
