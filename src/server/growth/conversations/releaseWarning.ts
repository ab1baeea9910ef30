import type { ReleaseWarning } from '../../../contracts/conversations';
import { reviewReleaseDates } from '../../performance/readApi';
import type { Db } from '../../platform/db/client';
import { daysBetween } from './settings';

/** The release date within `windowDays` of `day`, the nearest one, or null. */
export function nearestRelease(day: string, releaseDates: string[], windowDays: number): string | null {
  let best: { date: string; distance: number } | null = null;
  for (const date of releaseDates) {
    const distance = Math.abs(daysBetween(day, date));
    if (distance <= windowDays && (!best || distance < best.distance)) best = { date, distance };
  }
  return best?.date ?? null;
}

/**
 * Whether a conversation on `scheduledAt` falls within the window of the employee's review release
 * (SPEC S4.1). It is a warning, never a refusal: the two conversations should stay apart, and the
 * people involved decide. Only the date crosses from performance.
 */
export async function releaseWarningFor(
  db: Db,
  input: { organizationId: string; employeeId: string; scheduledAt: Date; windowDays: number },
): Promise<ReleaseWarning | null> {
  if (input.windowDays <= 0) return null;
  const dates = await reviewReleaseDates(db, input.organizationId, input.employeeId);
  const releaseDate = nearestRelease(input.scheduledAt.toISOString().slice(0, 10), dates, input.windowDays);
  return releaseDate ? { releaseDate, windowDays: input.windowDays } : null;
}
