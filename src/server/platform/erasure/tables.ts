import { sql } from 'drizzle-orm';
import {
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
import { organizations, people } from '../../org/tables';
import { accounts } from '../auth/tables';
import type { ErasurePlanLine } from './types';

/** requested → executed (approved by a second HR admin) | rejected | cancelled; the last three are final. */
export const erasureStates = ['requested', 'executed', 'rejected', 'cancelled'] as const;
export type ErasureState = (typeof erasureStates)[number];

/**
 * Erasure requests (SPEC S2 "Data rights"): the four-eyes record of who asked, who approved and
 * what the plan erased. It holds ids, a reference, counts and dates — never the person's name,
 * email or any value of their records — so it survives the erasure it describes; the audit
 * verifier accepts a redacted audit row only when it names an executed request here.
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** After execution this is the anonymised row: the id no longer leads to anyone. */
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    state: text('state', { enum: erasureStates }).notNull().default('requested'),
    /** The written request's reference (e.g. a ticket number), required. */
    reference: text('reference').notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').references(() => accounts.id, { onDelete: 'set null' }),
    decidedBy: uuid('decided_by').references(() => accounts.id, { onDelete: 'set null' }),
    /** The plan's lines (counts per table and record kind) as dry-run at request and as executed. */
    plan: jsonb('plan').$type<ErasurePlanLine[]>().notNull().default([]),
    /** Kept, anonymised performance records may be deleted from this date on (retention.ts). */
    retainUntil: date('retain_until', { mode: 'string' }),
    /** When the retention period's end deleted the kept records (the `erasure-retention` job). */
    retentionEndedAt: timestamp('retention_ended_at', { withTimezone: true }),
    redactedAuditEvents: integer('redacted_audit_events').notNull().default(0),
    decisionNote: text('decision_note'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('erasure_requests_org_idx').on(t.organizationId, t.requestedAt),
    // At most one open request per person.
    uniqueIndex('erasure_requests_open_uq').on(t.personId).where(sql`${t.state} = 'requested'`),
  ],
);
