import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { calibrationSessions } from '../calibration/tables';
import { reviewCycles, reviews } from '../reviews/tables';

export interface LockedCalibratedRating {
  personId: string;
  /** The calibrated rating, 1..scaleSize. */
  rating: number;
  /** How many points the cycle's rating scale has, so a reader can place the rating on it. */
  scaleSize: number;
  /** When the calibration session that settled the rating locked. */
  lockedAt: string;
}

/**
 * Each person's most recent calibrated rating from a calibration session that is locked (every
 * approver signed off), with the size of its scale. Only the number leaves this function — no
 * words of the review, no proposed rating, no rationale. People without such a rating are absent.
 * Growth reads it for the performance axis of a talent review (SPEC S4.9).
 */
export async function lockedCalibratedRatings(
  db: Db,
  input: { organizationId: string; personIds: readonly string[] },
): Promise<LockedCalibratedRating[]> {
  if (input.personIds.length === 0) return [];
  const rows = await db
    .selectDistinctOn([reviews.subjectId], {
      personId: reviews.subjectId,
      rating: reviews.finalRating,
      scaleSize:
        sql<number>`jsonb_array_length(${reviewCycles.content} -> 'ratingScale' -> 'labels')`.mapWith(Number),
      lockedAt: calibrationSessions.lockedAt,
    })
    .from(reviews)
    .innerJoin(calibrationSessions, eq(calibrationSessions.id, reviews.calibrationSessionId))
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
    .where(
      and(
        eq(reviews.organizationId, input.organizationId),
        inArray(reviews.subjectId, [...input.personIds]),
        isNotNull(reviews.finalRating),
        eq(calibrationSessions.state, 'locked'),
        isNotNull(calibrationSessions.lockedAt),
      ),
    )
    .orderBy(reviews.subjectId, desc(calibrationSessions.lockedAt), desc(reviews.id));
  return rows.flatMap((row) =>
    row.rating !== null && row.lockedAt !== null && row.scaleSize > 0
      ? [
          {
            personId: row.personId,
            rating: row.rating,
            scaleSize: row.scaleSize,
            lockedAt: row.lockedAt.toISOString(),
          },
        ]
      : [],
  );
}
