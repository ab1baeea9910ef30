import { and, eq, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { executeErasurePlan } from '../../../platform/erasure/plan';
import { erasureRequests } from '../../../platform/erasure/tables';
import type { PersonalDataEraser } from '../../../platform/erasure/types';
import { AppError, forbidden, notFound } from '../../../platform/errors/appError';
import { erasurePolicy } from '../policy';
import { erasureBlockers, erasureSubjectFor, refuseIfBlocked, withoutIdentifiers } from '../subject';

/** The open request, locked for this transaction (two approvers cannot both run it). */
async function openRequest(tx: Db, actor: Actor, requestId: string) {
  if (!erasurePolicy.manage(actor)) throw forbidden();
  const [locked] = await queryRows<{ id: string }>(
    tx,
    sql`SELECT id FROM erasure_requests WHERE id = ${requestId} AND organization_id = ${actor.organizationId} FOR UPDATE`,
  );
  if (!locked) throw notFound('Erasure request');
  const [request] = await tx.select().from(erasureRequests).where(eq(erasureRequests.id, requestId));
  if (request!.state !== 'requested')
    throw new AppError('invalid_state', issue('erasureAlreadyDecided', { state: request!.state }));
  return request!;
}

/**
 * The second pair of eyes approves, and the erasure runs at once, in this one transaction: every
 * domain's steps, the audit redaction, the request marked executed with the counts as executed.
 * The requester cannot approve their own request; the person must still be erasable.
 */
export async function approveErasure(
  db: Db,
  options: { actor: Actor; requestId: string; note?: string; erasers: readonly PersonalDataEraser[] },
) {
  const { actor } = options;
  return inTransaction(db, async (tx) => {
    const request = await openRequest(tx, actor, options.requestId);
    if (request.requestedBy === actor.accountId)
      throw new AppError(
        'four_eyes_required',
        'You made this request, so a second HR admin has to approve it.',
      );
    const { person, subject, identifiers } = await erasureSubjectFor(tx, actor, request.personId);
    refuseIfBlocked(await erasureBlockers(tx, person, { ignoreRequestId: request.id }));
    const lines = await executeErasurePlan(tx, options.erasers, subject, identifiers, request.id);
    const redacted = lines.find((l) => l.table === 'audit_events')?.rows ?? 0;
    await tx
      .update(erasureRequests)
      .set({
        state: 'executed',
        decidedBy: actor.accountId,
        decidedAt: new Date(),
        reference: withoutIdentifiers(request.reference, identifiers),
        reason: withoutIdentifiers(request.reason, identifiers),
        decisionNote: options.note?.trim() ? withoutIdentifiers(options.note.trim(), identifiers) : null,
        plan: lines,
        retainUntil: subject.performance.retainUntil,
        redactedAuditEvents: redacted,
      })
      .where(eq(erasureRequests.id, request.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'erasure.executed',
      targetType: 'erasure_request',
      targetId: request.id,
      after: {
        reference: withoutIdentifiers(request.reference, identifiers),
        deleted: total(lines, 'delete'),
        anonymised: total(lines, 'anonymise'),
        kept: total(lines, 'keep'),
      },
    });
    return { id: request.id, lines };
  });
}

const total = (lines: { action: string; rows: number }[], action: string) =>
  lines.filter((l) => l.action === action).reduce((n, l) => n + l.rows, 0);

/** Reject (a second HR admin, with an optional note) or cancel (any HR admin): nothing is erased. */
export async function closeErasureRequest(
  db: Db,
  options: { actor: Actor; requestId: string; decision: 'rejected' | 'cancelled'; note?: string },
) {
  const { actor, decision } = options;
  return inTransaction(db, async (tx) => {
    const request = await openRequest(tx, actor, options.requestId);
    if (decision === 'rejected' && request.requestedBy === actor.accountId)
      throw new AppError(
        'four_eyes_required',
        'You made this request: cancel it instead, or let a second HR admin decide.',
      );
    await tx
      .update(erasureRequests)
      .set({
        state: decision,
        decidedBy: actor.accountId,
        decidedAt: new Date(),
        decisionNote: options.note?.trim() || null,
      })
      .where(and(eq(erasureRequests.id, request.id), eq(erasureRequests.state, 'requested')));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: decision === 'rejected' ? 'erasure.rejected' : 'erasure.cancelled',
      targetType: 'erasure_request',
      targetId: request.id,
      after: { reference: request.reference },
    });
    return { id: request.id, state: decision };
  });
}
