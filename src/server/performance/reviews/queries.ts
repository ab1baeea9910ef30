import { sql } from 'drizzle-orm';
import type { PersonReviewTask, ReviewSummary, ReviewTask } from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import { type Db, queryRows } from '../../platform/db/client';
import { personReviewsFor } from './access';
import { localizedScale } from './localize';
import { peopleRefs } from './present';

/**
 * What the caller has to do in running cycles: their self review, reviews they write, peer input
 * asked of them, and released reviews waiting for their acknowledgment.
 */
export async function listMyTasks(db: Db, actor: Actor): Promise<ReviewTask[]> {
  if (!actor.personId) return [];
  const rows = await queryRows<{
    kind: ReviewTask['kind'];
    form_id: string | null;
    review_id: string;
    cycle_name: string;
    subject_id: string;
    due: string;
    form_state: 'draft' | 'submitted' | null;
  }>(
    db,
    sql`
    SELECT f.kind, f.id AS form_id, r.id AS review_id, c.name AS cycle_name, r.subject_id,
           CASE f.kind WHEN 'self' THEN c.self_review_due
                       WHEN 'manager' THEN c.manager_review_due
                       ELSE coalesce(c.peer_input_due, c.manager_review_due) END::text AS due,
           f.state AS form_state
      FROM review_forms f
      JOIN reviews r ON r.id = f.review_id
      JOIN review_cycles c ON c.id = r.cycle_id AND c.status = 'active'
     WHERE f.organization_id = ${actor.organizationId} AND f.author_id = ${actor.personId}
       AND r.state IN ('self_review', 'manager_review', 'submitted')
    UNION ALL
    SELECT 'acknowledge', NULL, r.id, c.name, r.subject_id, c.acknowledge_due::text, NULL
      FROM reviews r
      JOIN review_cycles c ON c.id = r.cycle_id
     WHERE r.organization_id = ${actor.organizationId} AND r.subject_id = ${actor.personId}
       AND r.state = 'released'
     ORDER BY due, kind
     LIMIT 300`,
  );
  const refs = await peopleRefs(
    db,
    rows.map((r) => r.subject_id),
  );
  return rows.map((row) => ({
    kind: row.kind,
    // Peer writers reach their form only; they never learn the review's id.
    formId: row.form_id,
    reviewId: row.kind === 'peer' ? null : row.review_id,
    cycleName: row.cycle_name,
    subject: refs.get(row.subject_id) ?? { id: row.subject_id, displayName: '', jobTitle: '' },
    due: row.due.slice(0, 10),
    formState: row.form_state,
  }));
}

/**
 * A person's reviews that the caller may see, newest first, with the final rating where allowed.
 * 404 when the caller may not look at this person's reviews at all (SPEC S1.7); a page that shows
 * anything to someone but the person is logged for them.
 */
export async function listPersonReviews(
  db: Db,
  actor: Actor,
  personId: string,
  page: { page: number; pageSize: number; released?: string },
) {
  const visible = await visiblePersonReviews(db, actor, personId, {
    releasedOnly: page.released === 'true',
    resource: 'review history',
  });
  const start = (page.page - 1) * page.pageSize;
  return {
    items: visible.slice(start, start + page.pageSize).map((v) => v.summary),
    page: page.page,
    pageSize: page.pageSize,
    total: visible.length,
  };
}

/** The person's review in the latest running cycle, as the caller may see it (the profile's "Now" half). */
export async function currentReviewTask(db: Db, actor: Actor, personId: string): Promise<PersonReviewTask> {
  const visible = await visiblePersonReviews(db, actor, personId, {
    activeOnly: true,
    resource: 'current review',
  });
  const current = visible[0];
  return {
    review: current?.summary ?? null,
    due: current ? (current.dues[current.summary.state] ?? null) : null,
  };
}

async function visiblePersonReviews(
  db: Db,
  actor: Actor,
  personId: string,
  options: { activeOnly?: boolean; releasedOnly?: boolean; resource: string },
) {
  const visible = await personReviewsFor(db, actor, personId, options);
  const refs = await peopleRefs(db, [personId, ...visible.map((v) => v.review.reviewerId)]);
  return visible.map(({ review, cycle, policy }) => {
    const labels = localizedScale(cycle.content.ratingScale, actor.locale).labels;
    const summary: ReviewSummary = {
      id: review.id,
      cycle: { id: cycle.id, name: cycle.name, periodStart: cycle.periodStart, periodEnd: cycle.periodEnd },
      subject: refs.get(personId) ?? { id: personId, displayName: '', jobTitle: '' },
      reviewer: review.reviewerId ? (refs.get(review.reviewerId) ?? null) : null,
      state: review.state,
      ...(policy.viewFinalRating
        ? {
            finalRating: review.finalRating,
            scaleLabel: review.finalRating ? (labels[review.finalRating - 1] ?? null) : null,
          }
        : {}),
      releasedAt: review.releasedAt?.toISOString() ?? null,
      acknowledgedAt: review.acknowledgedAt?.toISOString() ?? null,
    };
    // The deadline that matters in each state, for the "Now" panel.
    const dues: Partial<Record<ReviewSummary['state'], string>> = {
      self_review: cycle.selfReviewDue,
      manager_review: cycle.managerReviewDue,
      submitted: cycle.calibrationDue,
      in_calibration: cycle.calibrationDue,
      calibrated: cycle.releaseDue,
      released: cycle.acknowledgeDue,
    };
    return { summary, dues };
  });
}
