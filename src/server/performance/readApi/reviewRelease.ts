import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { reviewCycles, reviews } from '../reviews/tables';

/**
 * The dates around which a person's review is (or was) released: each released review's release
 * date, and the release deadline of every active cycle in which their review is not released yet.
 * Only dates leave this function — never a rating, state or any word of the review. Growth uses it
 * to warn when a career conversation is scheduled close to a review (SPEC S4.1).
 */
export async function reviewReleaseDates(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<string[]> {
  const [released, upcoming] = await Promise.all([
    db
      .select({ day: sql<string>`to_char(${reviews.releasedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')` })
      .from(reviews)
      .where(
        and(
          eq(reviews.organizationId, organizationId),
          eq(reviews.subjectId, personId),
          isNotNull(reviews.releasedAt),
        ),
      ),
    db
      .select({ day: reviewCycles.releaseDue })
      .from(reviews)
      .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
      .where(
        and(
          eq(reviews.organizationId, organizationId),
          eq(reviews.subjectId, personId),
          isNull(reviews.releasedAt),
          eq(reviewCycles.status, 'active'),
        ),
      ),
  ]);
  return [...new Set([...released, ...upcoming].map((row) => row.day))].sort();
}
