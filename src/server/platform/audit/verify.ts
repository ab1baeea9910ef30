import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditHash, GENESIS_HASH } from './record';
import { countUnsealed, sealAuditChain } from './seal';
import { auditEvents } from './tables';

/**
 * Why a position does not verify:
 * - `altered`: the event there no longer hashes to its stored hash (a field was changed);
 * - `missing`: no event holds the position (a sealed event was deleted);
 * - `relinked`: the event there does not follow the previous one (moved, or one before it was
 *   removed and the positions closed up).
 */
export type AuditBreak = 'altered' | 'missing' | 'relinked';

export interface AuditVerification {
  ok: boolean;
  /** Sealed events that verified, from the first position on. */
  checked: number;
  /** The first chain position (1, 2, … within the organisation) that does not verify. */
  brokenAt: number | null;
  reason: AuditBreak | null;
  /** seq of the event found at `brokenAt` (for `missing`, the one found in its place), if any. */
  brokenSeq: number | null;
  /**
   * The last sealed position and its hash. Deleting events from the end leaves a shorter chain
   * that still verifies: only comparing with a head recorded earlier shows that.
   */
  head: { chainPos: number; hash: string } | null;
  /** Events recorded but not sealed yet: not covered by this check. */
  unsealed: number;
}

/**
 * Seals what has been recorded so far, then walks the organisation's chain in position order from
 * the genesis hash, recomputing every hash, and reports the first position that does not verify.
 */
export async function verifyAuditChain(db: Db, organizationId: string): Promise<AuditVerification> {
  await sealAuditChain(db, organizationId, { wait: true });
  let prevHash = GENESIS_HASH;
  let position = 0;
  const broken = (reason: AuditBreak, seq: number | null): AuditVerification => ({
    ok: false,
    checked: position,
    brokenAt: position + 1,
    reason,
    brokenSeq: seq,
    head: null,
    unsealed: 0,
  });
  let result: AuditVerification | null = null;
  while (!result) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, organizationId),
          isNotNull(auditEvents.chainPos),
          gt(auditEvents.chainPos, position),
        ),
      )
      .orderBy(asc(auditEvents.chainPos))
      .limit(1000);
    if (batch.length === 0) {
      result = {
        ok: true,
        checked: position,
        brokenAt: null,
        reason: null,
        brokenSeq: null,
        head: position > 0 ? { chainPos: position, hash: prevHash } : null,
        unsealed: 0,
      };
      break;
    }
    for (const event of batch) {
      if (event.chainPos !== position + 1) {
        result = broken('missing', event.seq);
        break;
      }
      if (event.prevHash !== prevHash) {
        result = broken('relinked', event.seq);
        break;
      }
      if (event.hash !== auditHash(prevHash, event)) {
        result = broken('altered', event.seq);
        break;
      }
      prevHash = event.hash;
      position++;
    }
  }
  return { ...result, unsealed: await countUnsealed(db, organizationId) };
}
