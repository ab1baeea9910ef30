import type { ErasureRequestBody } from '../../../../contracts/erasure';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { planErasure } from '../../../platform/erasure/plan';
import { erasureRequests } from '../../../platform/erasure/tables';
import type { PersonalDataEraser } from '../../../platform/erasure/types';
import { erasureBlockers, erasureSubjectFor, refuseIfBlocked } from '../subject';

/**
 * The first pair of eyes: an HR admin asks for a person's erasure on a written request. Refused
 * while the person still works here, still manages anyone, or already has an open request. The
 * dry-run plan is stored with the request, for the second HR admin to read before deciding.
 */
export async function requestErasure(
  db: Db,
  options: {
    actor: Actor;
    personId: string;
    request: ErasureRequestBody;
    erasers: readonly PersonalDataEraser[];
  },
) {
  const { actor } = options;
  return inTransaction(db, async (tx) => {
    const { person, subject, identifiers } = await erasureSubjectFor(tx, actor, options.personId);
    refuseIfBlocked(await erasureBlockers(tx, person));
    const plan = await planErasure(tx, options.erasers, subject, identifiers);
    const [created] = await tx
      .insert(erasureRequests)
      .values({
        organizationId: actor.organizationId,
        personId: person.id,
        reference: options.request.reference.trim(),
        reason: options.request.reason.trim(),
        requestedBy: actor.accountId,
        plan,
        retainUntil: subject.performance.retainUntil,
      })
      .returning({ id: erasureRequests.id });
    // Ids and counts only: the `erasure.*` events stay readable after the erasure, and the
    // reference may name the person (it is cleaned on the request row when the erasure runs).
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'erasure.requested',
      targetType: 'erasure_request',
      targetId: created!.id,
      after: { rows: plan.reduce((n, l) => n + l.rows, 0) },
    });
    return { id: created!.id };
  });
}
