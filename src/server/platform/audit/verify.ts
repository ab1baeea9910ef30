import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditHash, GENESIS_HASH } from './record';
import { auditEvents } from './tables';

/**
 * Walks an organisation's audit chain in order and recomputes every hash. Returns the sequence
 * number of the first event whose content or link does not match.
 */
export async function verifyAuditChain(db: Db, organizationId: string) {
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), gt(auditEvents.seq, lastSeq)))
      .orderBy(asc(auditEvents.seq))
      .limit(1000);
    if (batch.length === 0) return { ok: true, checked, brokenAt: null as number | null };
    for (const event of batch) {
      const expected = auditHash(prevHash, {
        ...event,
        before: event.before,
        after: event.after,
        at: event.at,
      });
      if (event.prevHash !== prevHash || event.hash !== expected)
        return { ok: false, checked, brokenAt: event.seq };
      prevHash = event.hash;
      lastSeq = event.seq;
      checked++;
    }
  }
}
