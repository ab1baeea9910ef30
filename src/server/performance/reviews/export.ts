import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { personReviewsFor } from './access';
import { reviewDetailFor } from './reviewRoutes';

/** A review as its reader sees it, without the reader's abilities and version (not data). */
async function reviewFor(db: Db, actor: Actor, reviewId: string) {
  const { abilities: _a, version: _v, ...review } = await reviewDetailFor(db, actor, reviewId, false);
  return review;
}

/**
 * Reviews about the person once released to them — what their review page shows (the proposed
 * rating and overall score never reach the subject; reviewPolicy decides field by field).
 * For HR's export on request, the reviews HR may read that the person cannot see yet (not released)
 * go apart, as HR's review view shows them, for HR to review before anything is handed over.
 */
export const reviewsExporter: PersonalDataExporter = {
  kind: 'reviews',
  async collect({ db, subject, reviewer }: ExportContext) {
    const personId = subject.personId ?? '';
    const released = await personReviewsFor(db, subject, personId, {
      releasedOnly: true,
      resource: 'review history',
    });
    const visible = [];
    for (const { review } of released) visible.push(await reviewFor(db, subject, review.id));
    const forHr = [];
    if (reviewer) {
      const shown = new Set(released.map(({ review }) => review.id));
      const all = await personReviewsFor(db, reviewer, personId, {
        resource: 'reviews for HR review of a data export',
      });
      for (const { review } of all)
        if (!shown.has(review.id)) forHr.push(await reviewFor(db, reviewer, review.id));
    }
    return {
      visible: [
        { name: 'reviews.json', title: 'Released reviews', dataClass: 'performance', records: visible },
      ],
      forHrReview: reviewer
        ? [
            {
              name: 'reviews-not-released.json',
              title: 'Reviews not yet released',
              dataClass: 'performance',
              records: forHr,
            },
          ]
        : [],
    };
  },
};
