import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { erasureRequests } from '../erasure/tables';
import { auditHashV1, chainHashV2, GENESIS_HASH, payloadDigest } from './record';
import { countUnsealed, sealAuditChain } from './seal';
import { auditEvents } from './tables';

/**
 * Why a position does not verify:
 * - `altered`: the event there no longer hashes to its stored hash (a field was changed);
 * - `missing`: no event holds the position (a sealed event was deleted);
 * - `relinked`: the event there does not follow the previous one (moved, or one before it was
 *   removed and the positions closed up);
 * - `unauthorised_redaction`: the event's payload was blanked, but not by an executed erasure request.
 */
export type AuditBreak = 'altered' | 'missing' | 'relinked' | 'unauthorised_redaction';

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
  /** Sealed events whose actor, target and payloads an executed erasure blanked (counted in `checked`). */
  redacted: number;
}

type SealedEvent = typeof auditEvents.$inferSelect;

/**
 * Checks one sealed event against its link. Version 2: the hash over the stored digest, and, unless
 * the row was redacted, the digest over the row's content. Version 1 (sealed before digests): the
 * hash over the content; such a row redacted by an erasure can no longer be recomputed — its stored
 * hash still links the chain, so only its (now blank) content goes unchecked.
 */
function checkEvent(event: SealedEvent, prevHash: string, executed: Set<string>): AuditBreak | null {
  if (event.redactedBy !== null) {
    const blank =
      event.actorAccountId === null && event.targetId === '' && event.before === null && event.after === null;
    if (!executed.has(event.redactedBy) || !blank) return 'unauthorised_redaction';
  }
  if (event.hashVersion === 1) {
    if (event.redactedBy !== null) return null;
    return event.hash === auditHashV1(prevHash, event) ? null : 'altered';
  }
  if (event.hashVersion !== 2 || !event.payloadDigest) return 'altered';
  if (event.hash !== chainHashV2(prevHash, event, event.payloadDigest)) return 'altered';
  if (event.redactedBy === null && event.payloadDigest !== payloadDigest(event)) return 'altered';
  return null;
}

/**
 * Seals what has been recorded so far, then walks the organisation's chain in position order from
 * the genesis hash, recomputing every hash, and reports the first position that does not verify.
 */
export async function verifyAuditChain(db: Db, organizationId: string): Promise<AuditVerification> {
  await sealAuditChain(db, organizationId, { wait: true });
  let prevHash = GENESIS_HASH;
  let position = 0;
  let redacted = 0;
  // Executed erasures are few (a handful a year): the set of ids a redaction may name.
  const executed = new Set(
    (
      await db
        .select({ id: erasureRequests.id })
        .from(erasureRequests)
        .where(and(eq(erasureRequests.organizationId, organizationId), eq(erasureRequests.state, 'executed')))
    ).map((row) => row.id),
  );
  const broken = (reason: AuditBreak, seq: number | null): AuditVerification => ({
    ok: false,
    checked: position,
    brokenAt: position + 1,
    reason,
    brokenSeq: seq,
    head: null,
    unsealed: 0,
    redacted,
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
        redacted,
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
      const failure = checkEvent(event, prevHash, executed);
      if (failure) {
        result = broken(failure, event.seq);
        break;
      }
      if (event.redactedBy !== null) redacted++;
      prevHash = event.hash ?? '';
      position++;
    }
  }
  return { ...result, unsealed: await countUnsealed(db, organizationId) };
}
