import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../../platform/audit/record';
import { organizationTodaysSql } from '../../../platform/clock';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { executeErasurePlan } from '../../../platform/erasure/plan';
import { erasureRequests } from '../../../platform/erasure/tables';
import type { ErasureSubject, PersonalDataEraser } from '../../../platform/erasure/types';
import { people } from '../../tables';

/**
 * The second half of an erasure: once the legal retention period of the kept performance records
 * has passed (`retain_until` before the organisation's today), those records are deleted too. The
 * plan runs again with the retention decision "delete": everything else was already deleted or
 * anonymised, so those steps find nothing, and the kept records go. Each request is handled once
 * (`retention_ended_at`), in its own transaction, recorded in the audit trail with counts only.
 * `organizationId` limits the run to one organisation (the per-organisation job, or a test).
 */
export async function endErasureRetention(options: {
  db: Db;
  erasers: readonly PersonalDataEraser[];
  organizationId?: string;
  now?: Date;
}): Promise<number> {
  const todays = await organizationTodaysSql(options.db, {
    now: options.now,
    organizationId: options.organizationId,
  });
  const due = await queryRows<{ id: string }>(
    options.db,
    sql`SELECT r.id FROM erasure_requests r JOIN (${todays}) ot ON ot.organization_id = r.organization_id
         WHERE r.state = 'executed' AND r.retain_until IS NOT NULL AND r.retention_ended_at IS NULL
           AND r.retain_until < ot.today`,
  );
  let ended = 0;
  for (const { id } of due) {
    const done = await inTransaction(options.db, async (tx) => {
      // Claimed under a row lock: two workers never run the same request twice.
      const [request] = await tx
        .select()
        .from(erasureRequests)
        .where(and(eq(erasureRequests.id, id), isNull(erasureRequests.retentionEndedAt)))
        .for('update', { skipLocked: true });
      if (!request) return false;
      const [person] = await tx.select().from(people).where(eq(people.id, request.personId));
      if (!person) return false;
      // The person row is anonymised already: its values name nobody, and no account is left.
      const subject: ErasureSubject = {
        organizationId: request.organizationId,
        personId: person.id,
        accountId: null,
        email: person.email,
        fullName: `${person.givenName} ${person.familyName}`,
        performance: { action: 'delete', retainUntil: null },
      };
      const lines = await executeErasurePlan(tx, options.erasers, subject, [], request.id);
      const deleted = lines.filter((l) => l.action === 'delete').reduce((n, l) => n + l.rows, 0);
      await tx
        .update(erasureRequests)
        .set({ retentionEndedAt: options.now ?? new Date() })
        .where(eq(erasureRequests.id, request.id));
      await recordAuditEvent(tx, {
        organizationId: request.organizationId,
        actorAccountId: null,
        action: 'erasure.retention_ended',
        targetType: 'erasure_request',
        targetId: request.id,
        after: { retainUntil: request.retainUntil, deleted },
      });
      return true;
    });
    if (done) ended++;
  }
  return ended;
}
