import type { ReleaseWarning } from '../../../contracts/conversations';
import { reviewReleaseDates } from '../../performance/readApi';
import { organizationTimeZone, todayIn } from '../../platform/clock';
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
  input: {
    organizationId: string;
    employeeId: string;
    scheduledAt: Date;
    windowDays: number;
    /** The organisation's time zone when the caller has it (looked up otherwise). */
    timeZone?: string;
  },
): Promise<ReleaseWarning | null> {
  if (input.windowDays <= 0) return null;
  const dates = await reviewReleaseDates(db, input.organizationId, input.employeeId);
  // The conversation's day where the organisation is, like the release dates it is compared with.
  const timeZone = input.timeZone ?? (await organizationTimeZone(db, input.organizationId));
  const day = todayIn(timeZone, input.scheduledAt);
  const releaseDate = nearestRelease(day, dates, input.windowDays);
  return releaseDate ? { releaseDate, windowDays: input.windowDays } : null;
}
