import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from '../../org/tables';

/**
 * Append-only audit trail. Writers insert rows unsealed (chain_pos, prev_hash and hash NULL) in the
 * transaction of the change they describe; the sealer (seal.ts) later gives each row its position in
 * the organisation's chain and a hash covering its content and the previous position's hash, so an
 * edited, removed or moved sealed row breaks the chain (`trellis audit-verify`). See ARCHITECTURE.md.
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
    // NULL until sealed; then position 1, 2, … in the organisation's chain and the linked hashes.
    chainPos: bigint('chain_pos', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /**
     * How `hash` was computed (record.ts): 1 over the content itself (rows sealed before erasure
     * existed), 2 over `payload_digest`, so the payload can be redacted without breaking the chain.
     * NULL until sealed.
     */
    hashVersion: integer('hash_version'),
    /** Version 2: SHA-256 of the actor, target and payloads, as sealed. */
    payloadDigest: text('payload_digest'),
    /** The executed erasure request that blanked this row's actor, target and payloads. */
    redactedBy: uuid('redacted_by'),
  },
  (t) => [
    index('audit_events_org_seq_idx').on(t.organizationId, t.seq),
    index('audit_events_target_idx').on(t.targetId),
    uniqueIndex('audit_events_org_chain_pos_idx').on(t.organizationId, t.chainPos),
    // Small by design: only the events the sealer has not reached yet.
    index('audit_events_unsealed_idx').on(t.organizationId, t.seq).where(sql`${t.chainPos} IS NULL`),
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
