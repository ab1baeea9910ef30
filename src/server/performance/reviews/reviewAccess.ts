import { and, eq } from 'drizzle-orm';
import type { ReviewAbilities } from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { managesPerson, relationTo } from '../../platform/policy/relations';
import { calibrationApprovers } from '../calibration/tables';
import { type ReviewFacts, reviewPolicy } from './policy';
import { reviewCycles, reviewForms, reviews } from './tables';

export type ReviewRow = typeof reviews.$inferSelect;
export type CycleRow = typeof reviewCycles.$inferSelect;
export type FormRow = typeof reviewForms.$inferSelect;

export interface ReviewContext {
  review: ReviewRow;
  cycle: CycleRow;
  forms: FormRow[];
  facts: ReviewFacts;
  abilities: ReviewAbilities;
}

export function factsOf(review: ReviewRow, cycle: CycleRow, forms: FormRow[]): ReviewFacts {
  const submitted = (kind: FormRow['kind']) => forms.some((f) => f.kind === kind && f.state === 'submitted');
  return {
    state: review.state,
    subjectId: review.subjectId,
    reviewerId: review.reviewerId,
    managerSeesSelfReview: cycle.managerSeesSelfReview,
    selfSubmitted: submitted('self'),
    managerSubmitted: submitted('manager'),
    hasPeerPhase: cycle.peerInputDue !== null,
    cycleClosed: cycle.status === 'closed',
  };
}

/**
 * Whether the caller signs off the calibration session this review sits in: read straight from the
 * calibration tables, so approvers see exactly the reviews of the sessions they approve.
 */
async function approvesSession(db: Db, actor: Actor, review: ReviewRow) {
  if (!actor.roles.has('approver') || !actor.personId || !review.calibrationSessionId) return false;
  const [row] = await db
    .select({ id: calibrationApprovers.approverId })
    .from(calibrationApprovers)
    .where(
      and(
        eq(calibrationApprovers.sessionId, review.calibrationSessionId),
        eq(calibrationApprovers.approverId, actor.personId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The review with its cycle and forms, unauthorised: for commands that authorise themselves. */
export async function loadReviewRecord(db: Db, organizationId: string, reviewId: string, lock = false) {
  const query = db
    .select({ review: reviews, cycle: reviewCycles })
    .from(reviews)
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
    .where(and(eq(reviews.id, reviewId), eq(reviews.organizationId, organizationId)))
    .limit(1);
  const [row] = lock ? await query.for('update', { of: reviews }) : await query;
  if (!row) throw notFound('Review');
  const forms = await db.select().from(reviewForms).where(eq(reviewForms.reviewId, reviewId));
  return { review: row.review, cycle: row.cycle, forms };
}

/** The caller's standing and abilities on a loaded review (no 404 decision). */
export async function abilitiesOn(
  db: Db,
  actor: Actor,
  record: { review: ReviewRow; cycle: CycleRow; forms: FormRow[] },
) {
  const facts = factsOf(record.review, record.cycle, record.forms);
  const isSubjectOrReviewer =
    actor.personId !== null && (actor.personId === facts.subjectId || actor.personId === facts.reviewerId);
  const relation = isSubjectOrReviewer ? null : await relationTo(db, actor, record.review.subjectId);
  const standing = {
    inManagementChain: managesPerson(relation),
    approvesSession: await approvesSession(db, actor, record.review),
  };
  const { read, ...abilities } = reviewPolicy(actor, facts, standing);
  return { read, abilities, facts };
}

/** Loads a review the caller may see, with their abilities; anything else is 404 (SPEC S1.7). */
export async function loadVisibleReview(
  db: Db,
  actor: Actor,
  reviewId: string,
  options: { lock?: boolean } = {},
): Promise<ReviewContext> {
  const record = await loadReviewRecord(db, actor.organizationId, reviewId, options.lock);
  const { read, abilities, facts } = await abilitiesOn(db, actor, record);
  if (!read) throw notFound('Review');
  return { ...record, facts, abilities };
}
