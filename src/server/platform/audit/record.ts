import { createHash } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
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
 * Appends events to the organisation's chain. Must run inside the caller's transaction so the events
 * commit or roll back with the change they describe; the per-organisation transaction lock
 * serialises writers so two events never claim the same predecessor.
 */
export async function recordAuditEvent(tx: Db, input: AuditInput): Promise<void> {
  await recordAuditEvents(tx, input.organizationId, [input]);
}

/** Many events of one organisation at once (imports): one lock, one read of the chain head, batched inserts. */
export async function recordAuditEvents(tx: Db, organizationId: string, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  if (inputs.some((input) => input.organizationId !== organizationId)) {
    throw new Error('recordAuditEvents: every event must belong to the same organisation');
  }
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`audit:${organizationId}`}))`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.organizationId, organizationId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  // ISO text, stored as text, so the verifier hashes exactly what was hashed here.
  const at = new Date().toISOString();
  const rows = inputs.map((input) => {
    const before = normalise(input.before);
    const after = normalise(input.after);
    const hash = auditHash(prevHash, { ...input, before, after, at });
    const row = { ...input, before, after, at, prevHash, hash };
    prevHash = hash;
    return row;
  });
  // seq (bigserial) follows insertion order within one INSERT, which is the chain's order.
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditEvents).values(rows.slice(i, i + 500));
}

/** Round-trip through JSON so what is hashed equals what jsonb gives back (dates become strings). */
function normalise(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
