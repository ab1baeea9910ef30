import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notify } from '../../../platform/notifications/notify';
import { reviews } from '../../reviews/tables';
import { releaseAccess } from './access';

/** Writes `changes` to one review, bumping its version, and audits the change in the same transaction. */
async function changeReview(
  tx: Db,
  actor: Actor,
  reviewId: string,
  changes: Partial<typeof reviews.$inferInsert>,
  audit: { action: string; before: unknown; after: unknown },
) {
  await tx
    .update(reviews)
    .set({ ...changes, version: sql`${reviews.version} + 1`, updatedAt: new Date() })
    .where(eq(reviews.id, reviewId));
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    targetType: 'review',
    targetId: reviewId,
    ...audit,
  });
}

/**
 * The reviewing manager (or HR) releases a calibrated review to its subject: the final rating, the
 * locked written review and any addendum. Refused with `calibration_not_locked` while the review's
 * session is still open (S3.5). The subject is told in the app and by email.
 */
export async function releaseReview(db: Db, actor: Actor, reviewId: string) {
  await inTransaction(db, async (tx) => {
    const loaded = await releaseAccess.lockFor(tx, actor, reviewId, 'release');
    await changeReview(
      tx,
      actor,
      reviewId,
      { state: 'released', releasedAt: new Date(), releasedBy: actor.personId },
      { action: 'review.released', before: { state: 'calibrated' }, after: { state: 'released' } },
    );
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: loaded.row.subject_id,
        kind: 'review.released',
        params: {},
        link: `/performance/reviews/${reviewId}`,
        email: true,
      },
    ]);
  });
}

/**
 * After calibration the reviewing manager may add an addendum (S1.6): the written review stays as
 * it was locked. The addendum itself is frozen once released, so what the employee received is
 * never rewritten.
 */
export async function writeAddendum(
  db: Db,
  actor: Actor,
  reviewId: string,
  input: { addendum: string; version: number },
) {
  await inTransaction(db, async (tx) => {
    const loaded = await releaseAccess.lockFor(tx, actor, reviewId, 'writeAddendum', input.version);
    const addendum = input.addendum.trim() || null;
    await changeReview(
      tx,
      actor,
      reviewId,
      { addendum, addendumAt: addendum ? new Date() : null },
      { action: 'review.addendum_written', before: { addendum: loaded.row.addendum }, after: { addendum } },
    );
  });
}

/** The subject acknowledges a released review, once, optionally with a comment. */
export async function acknowledgeReview(db: Db, actor: Actor, reviewId: string, input: { comment?: string }) {
  await inTransaction(db, async (tx) => {
    const loaded = await releaseAccess.lockFor(tx, actor, reviewId, 'acknowledge');
    const comment = input.comment?.trim() || null;
    await changeReview(
      tx,
      actor,
      reviewId,
      { state: 'acknowledged', acknowledgedAt: new Date(), acknowledgmentComment: comment },
      {
        action: 'review.acknowledged',
        before: { state: 'released' },
        after: { state: 'acknowledged', commented: comment !== null },
      },
    );
    if (loaded.row.reviewer_id) {
      await notify(tx, [
        {
          organizationId: actor.organizationId,
          recipientId: loaded.row.reviewer_id,
          kind: 'review.acknowledged',
          params: { name: loaded.row.subject_name },
          link: `/performance/reviews/${reviewId}`,
        },
      ]);
    }
  });
}
