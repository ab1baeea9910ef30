import { and, eq, ne } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { reviewAccess } from '../access';
import { reviewForms } from '../tables';

/**
 * The reviewer asks a named colleague for attributed input about the person's results. The writer
 * gets a form of their own and sees nothing of the review; the manager sees who wrote what.
 */
export async function requestPeerInput(input: {
  db: Db;
  actor: Actor;
  reviewId: string;
  writerId: string;
  note: string;
}) {
  const { actor } = input;
  return inTransaction(input.db, async (tx) => {
    const context = (await reviewAccess.lockFor(tx, actor, input.reviewId, 'requestPeerInput')).row;
    if (input.writerId === context.review.subjectId || input.writerId === context.review.reviewerId) {
      throw validationFailed({ writerId: issue('peerNotSubjectOrReviewer') });
    }
    const [writer] = await tx
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          eq(people.id, input.writerId),
          eq(people.organizationId, actor.organizationId),
          ne(people.status, 'terminated'),
        ),
      );
    if (!writer) throw validationFailed({ writerId: issue('chooseCurrentColleague') });
    if (context.forms.some((f) => f.kind === 'peer' && f.authorId === input.writerId)) {
      throw validationFailed({ writerId: issue('peerAlreadyAsked') });
    }
    const [form] = await tx
      .insert(reviewForms)
      .values({
        organizationId: actor.organizationId,
        reviewId: context.review.id,
        kind: 'peer',
        authorId: input.writerId,
        requestNote: input.note || null,
        requestedBy: actor.personId,
      })
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_peer_input.requested',
      targetType: 'review_form',
      targetId: form!.id,
      after: { reviewId: context.review.id, writerId: input.writerId },
    });
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: input.writerId,
        kind: 'review.peer_input_requested',
        params: { due: context.cycle.peerInputDue ?? null },
        link: `/performance/peer-input/${form!.id}`,
      },
    ]);
    return form!;
  });
}
