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

/**
 * Chain hash versions. Version 1 hashed the content itself, personal data included, so a row could
 * never be redacted without breaking the chain; version 2 hashes a digest of the parts that may
 * name a person (actor, target, payloads), stored on the row, so an erasure can blank those parts
 * and the chain still verifies over the digests. Rows sealed as version 1 keep their hash.
 */
export const CURRENT_HASH_VERSION = 2;

/** Version 1: the canonical text of the whole event (rows sealed before version 2). */
export function auditHashV1(prevHash: string, e: AuditInput & { at: string }): string {
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
  return sha256(canonical);
}

/** The digest of the redactable parts of an event (version 2), in a stable key order. */
export function payloadDigest(e: Pick<AuditInput, 'actorAccountId' | 'targetId' | 'before' | 'after'>) {
  return sha256(
    JSON.stringify([e.actorAccountId, e.targetId, stableJson(e.before ?? null), stableJson(e.after ?? null)]),
  );
}

/** Version 2: the link, the parts that never name a person, and the payload digest. */
export function chainHashV2(
  prevHash: string,
  e: { organizationId: string; action: string; targetType: string; at: string },
  digest: string,
): string {
  return sha256(JSON.stringify([2, prevHash, e.organizationId, e.action, e.targetType, e.at, digest]));
}

/**
 * The hash a sealer gives an event: version 1 for rows marked so (kept verifiable as they were
 * sealed), otherwise version 2 over the digest of the event's current content.
 */
export function auditHash(
  prevHash: string,
  e: AuditInput & { at: string; hashVersion?: number | null },
): string {
  if (e.hashVersion === 1) return auditHashV1(prevHash, e);
  return chainHashV2(prevHash, e, payloadDigest(e));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

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
