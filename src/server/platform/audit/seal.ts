import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';
import { CURRENT_HASH_VERSION, chainHashV2, GENESIS_HASH, payloadDigest } from './record';

/** Events chained per transaction: short transactions, few round trips. */
const SEAL_BATCH = 2000;
/** Batches per organisation in one call; what remains waits for the next call (a few seconds). */
const MAX_BATCHES = 25;

export interface SealOptions {
  /**
   * Wait for another sealer of the organisation instead of skipping it (the verifier does, so it
   * checks up to now). Writers never take this lock, so waiting here never delays a write.
   */
  wait?: boolean;
}

interface UnsealedRow {
  /** bigint as text: exact whatever its size. */
  seq: string;
  organizationId: string;
  actorAccountId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  at: string;
}

/**
 * Chains the events that were recorded unsealed: each gets the next position in its organisation's
 * chain, the previous position's hash and its own hash over content and that link. One transaction
 * per batch under a per-organisation advisory lock that only sealers take, so at most one sealer
 * extends a chain at a time; another one skips the organisation (or waits, with `wait`). The chain
 * order is sealing order: events whose transaction committed later are sealed later, whatever their
 * seq. Returns how many events were sealed.
 */
export async function sealAuditChain(db: Db, organizationId?: string, options: SealOptions = {}) {
  const organizations = organizationId
    ? [organizationId]
    : (
        await queryRows<{ organization_id: string }>(
          db,
          sql`SELECT DISTINCT organization_id FROM audit_events WHERE chain_pos IS NULL`,
        )
      ).map((row) => row.organization_id);
  let sealed = 0;
  const failed: unknown[] = [];
  // One organisation's trouble (e.g. a tampered head) must not hold up the chains of the others.
  for (const org of organizations) {
    try {
      sealed += await sealOrganization(db, org, options);
    } catch (error) {
      failed.push(error);
    }
  }
  if (failed.length === 1) throw failed[0];
  if (failed.length > 1) {
    throw new AggregateError(failed, `audit sealing failed for ${failed.length} organisations`);
  }
  return sealed;
}

async function sealOrganization(db: Db, organizationId: string, options: SealOptions): Promise<number> {
  let sealed = 0;
  for (let round = 0; round < MAX_BATCHES; round++) {
    const count = await db.transaction(async (tx) => sealBatch(tx as unknown as Db, organizationId, options));
    // null: another sealer holds the chain.
    if (count === null) break;
    sealed += count;
    if (count < SEAL_BATCH) break;
  }
  return sealed;
}

async function sealBatch(tx: Db, organizationId: string, options: SealOptions): Promise<number | null> {
  const key = `audit-seal:${organizationId}`;
  if (options.wait) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`);
  } else {
    const [lock] = await queryRows<{ ok: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS ok`,
    );
    if (!lock?.ok) return null;
  }
  // Read committed: both reads below see every sealer's work committed before the lock was ours.
  const [head] = await queryRows<{ pos: string; hash: string | null }>(
    tx,
    sql`SELECT chain_pos::text AS pos, hash FROM audit_events
        WHERE organization_id = ${organizationId} AND chain_pos IS NOT NULL
        ORDER BY chain_pos DESC LIMIT 1`,
  );
  const rows = await queryRows<UnsealedRow>(
    tx,
    sql`SELECT seq::text AS seq, organization_id AS "organizationId", actor_account_id AS "actorAccountId",
               action, target_type AS "targetType", target_id AS "targetId", before, after, at
        FROM audit_events
        WHERE organization_id = ${organizationId} AND chain_pos IS NULL
        ORDER BY seq LIMIT ${SEAL_BATCH}`,
  );
  if (rows.length === 0) return 0;
  let position = head ? Number(head.pos) : 0;
  // A head without a hash was not written by a sealer; chaining on it would hide that.
  if (head && !head.hash) throw new Error(`audit chain head ${position} has no hash`);
  let prevHash = head?.hash ?? GENESIS_HASH;
  const links: SQL[] = [];
  for (const row of rows) {
    position++;
    // Version 2: the hash covers a digest of the payload, stored beside it, so an erasure can
    // later blank the payload and the chain still verifies (see verify.ts).
    const digest = payloadDigest(row);
    const hash = chainHashV2(prevHash, row, digest);
    links.push(
      sql`(${row.seq}::bigint, ${position}::bigint, ${prevHash}::text, ${hash}::text, ${digest}::text)`,
    );
    prevHash = hash;
  }
  const updated = await queryRows<{ seq: string }>(
    tx,
    sql`UPDATE audit_events AS e
        SET chain_pos = v.pos, prev_hash = v.prev, hash = v.hash, payload_digest = v.digest,
            hash_version = ${CURRENT_HASH_VERSION}
        FROM (VALUES ${sql.join(links, sql`, `)}) AS v(seq, pos, prev, hash, digest)
        WHERE e.seq = v.seq AND e.organization_id = ${organizationId} AND e.chain_pos IS NULL
        RETURNING e.seq`,
  );
  // An event that vanished between the read and the update would leave a gap: roll back, retry later.
  if (updated.length !== rows.length) {
    throw new Error(
      `audit sealing of ${organizationId}: ${rows.length - updated.length} event(s) changed meanwhile`,
    );
  }
  return rows.length;
}

/** Events of an organisation recorded but not sealed yet. */
export async function countUnsealed(db: Db, organizationId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM audit_events WHERE organization_id = ${organizationId} AND chain_pos IS NULL`,
  );
  return row?.n ?? 0;
}
