import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { answerFeedbackRequest, requestFeedbackRequest } from '../../../../contracts/feedback';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notify } from '../../../platform/notifications/notify';
import { feedbackRequestAccess } from '../access';
import { feedbackRequests } from '../tables';
import { writeFeedback } from './giveFeedback';
import { assertColleague, callerName, feedbackLink } from './shared';

/** Asks a colleague for feedback about oneself, optionally on a topic; they find it in their inbox. */
export async function requestFeedback(
  db: Db,
  actor: Actor,
  input: z.output<typeof requestFeedbackRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const requester = await callerName(tx, actor);
    await assertColleague(tx, actor, input.personId, 'personId');
    const [request] = await tx
      .insert(feedbackRequests)
      .values({
        organizationId: actor.organizationId,
        requesterId: requester.id,
        responderId: input.personId,
        question: input.question,
      })
      .returning({ id: feedbackRequests.id });
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: input.personId,
        kind: 'feedback.requested',
        params: { name: requester.name },
        link: feedbackLink('requests'),
      },
    ]);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'feedback.requested',
      targetType: 'feedback_request',
      targetId: request!.id,
      after: { responderId: input.personId },
    });
    return request!.id;
  });
}

export async function answerFeedbackRequestCommand(
  db: Db,
  actor: Actor,
  requestId: string,
  input: z.output<typeof answerFeedbackRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const request = (await feedbackRequestAccess.lockFor(tx, actor, requestId, 'answer', input.version)).row;
    const itemId = await writeFeedback(tx, actor, {
      recipientId: request.requesterId,
      kind: input.kind,
      body: input.body,
      visibility: input.visibility,
      requestId: request.id,
    });
    await tx
      .update(feedbackRequests)
      .set({ status: 'answered', respondedAt: new Date(), version: request.version + 1 })
      .where(eq(feedbackRequests.id, request.id));
    return itemId;
  });
}

export async function declineFeedbackRequestCommand(
  db: Db,
  actor: Actor,
  requestId: string,
  version: number,
) {
  await inTransaction(db, async (tx) => {
    const request = (await feedbackRequestAccess.lockFor(tx, actor, requestId, 'decline', version)).row;
    const responder = await callerName(tx, actor);
    await tx
      .update(feedbackRequests)
      .set({ status: 'declined', respondedAt: new Date(), version: request.version + 1 })
      .where(eq(feedbackRequests.id, request.id));
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: request.requesterId,
        kind: 'feedback.declined',
        params: { name: responder.name },
        link: feedbackLink('requests'),
      },
    ]);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'feedback.request_declined',
      targetType: 'feedback_request',
      targetId: request.id,
      after: { status: 'declined' },
    });
  });
}
