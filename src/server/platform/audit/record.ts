import { createHash } from 'node:crypto';
import type { Db } from '../db/client';
import { auditEvents } from './tables';

export interface AuditInput {
  organizationId: string;
  actorAccountId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The canonical text hashed for one event: stable key order so the verifier recomputes it exactly. */
export function auditHash(prevHash: string, e: AuditInput & { at: string }): string {
  const canonical = JSON.stringify([
    prevHash,
    e.organizationId,
    e.actorAccountId,
    e.action,
    e.targetType,
    e.targetId,
    stableJson(e.before ?? null),
    stableJson(e.after ?? null),
    e.at,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/**
 * Records events in the caller's transaction, so they commit or roll back with the change they
 * describe. Takes no lock and reads nothing: the rows go in unsealed (no chain position, no hash)
 * and the sealer (seal.ts) chains them shortly after they commit. See ARCHITECTURE.md.
 */
export async function recordAuditEvent(tx: Db, input: AuditInput): Promise<void> {
  await recordAuditEvents(tx, input.organizationId, [input]);
}

/** Rows per INSERT: 8 parameters each, well under PostgreSQL's 65,535 per statement. */
const ROWS_PER_INSERT = 5000;

/** Many events of one organisation at once (imports): one multi-row INSERT (per 5,000 events). */
export async function recordAuditEvents(tx: Db, organizationId: string, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  if (inputs.some((input) => input.organizationId !== organizationId)) {
    throw new Error('recordAuditEvents: every event must belong to the same organisation');
  }
  // ISO text, stored as text, so the sealer and the verifier hash exactly what is stored.
  const at = new Date().toISOString();
  const rows = inputs.map((input) => ({
    organizationId,
    actorAccountId: input.actorAccountId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    before: input.before ?? null,
    after: input.after ?? null,
    at,
  }));
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await tx.insert(auditEvents).values(rows.slice(i, i + ROWS_PER_INSERT));
  }
}
