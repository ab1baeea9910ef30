import type { GiveFeedbackRequest } from '../../../../contracts/feedback';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notify } from '../../../platform/notifications/notify';
import { feedbackItems } from '../tables';
import { assertColleague, callerName, feedbackLink } from './shared';

/**
 * Writes attributed feedback or praise to a colleague and tells them in-app. The notification names
 * the writer and never quotes the words; the audit event records kind and visibility, not the text.
 * `requestId` links an answer to the request it answers (see answerFeedbackRequest).
 */
export async function writeFeedback(
  tx: Db,
  actor: Actor,
  input: Omit<GiveFeedbackRequest, 'recipientId'> & { recipientId: string; requestId?: string },
): Promise<string> {
  const writer = await callerName(tx, actor);
  await assertColleague(tx, actor, input.recipientId, 'recipientId');
  const [item] = await tx
    .insert(feedbackItems)
    .values({
      organizationId: actor.organizationId,
      kind: input.kind,
      writerId: writer.id,
      recipientId: input.recipientId,
      body: input.body,
      visibility: input.visibility,
      requestId: input.requestId ?? null,
    })
    .returning({ id: feedbackItems.id });
  await notify(tx, [
    {
      organizationId: actor.organizationId,
      recipientId: input.recipientId,
      kind: 'feedback.received',
      params: { name: writer.name, praise: input.kind === 'praise' },
      link: feedbackLink('received'),
    },
  ]);
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action: input.kind === 'praise' ? 'feedback.praise_given' : 'feedback.given',
    targetType: 'feedback_item',
    targetId: item!.id,
    after: {
      recipientId: input.recipientId,
      kind: input.kind,
      visibility: input.visibility,
      requestId: input.requestId ?? null,
    },
  });
  return item!.id;
}

export function giveFeedback(db: Db, actor: Actor, input: GiveFeedbackRequest): Promise<string> {
  return inTransaction(db, (tx) => writeFeedback(tx, actor, input));
}
