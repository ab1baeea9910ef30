import type { Cadence } from './tables';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** One month later on the same day, or the month's last day when it is shorter (31 Jan → 28/29 Feb). */
function addMonth(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export function nextOccurrence(iso: string, cadence: Cadence): string {
  if (cadence === 'weekly') return addDays(iso, 7);
  if (cadence === 'biweekly') return addDays(iso, 14);
  return addMonth(iso);
}

/**
 * The date of the meeting after one held on `scheduledOn`: one cadence step later, and if that is
 * already past (the meeting was completed late), the first step after today, so the series never
 * schedules a meeting in the past.
 */
export function nextMeetingDate(scheduledOn: string, cadence: Cadence, today: string): string {
  let next = nextOccurrence(scheduledOn, cadence);
  while (next <= today) next = nextOccurrence(next, cadence);
  return next;
}
