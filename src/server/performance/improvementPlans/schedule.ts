import { addDays } from '../../platform/clock';

export type ScheduleKind = 'weekly' | 'biweekly' | 'dates';

/** The longest plan, extensions included: a year is already far beyond what a plan is for. */
export const MAX_PLAN_DAYS = 365;

/** Whether a 'YYYY-MM-DD' string names a day of the calendar (the contract checks only its shape). */
export function isCalendarDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** Days between two ISO dates (`to` − `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The check-in days of a plan: every 7 or 14 days after the start, up to and including the end, or
 * the explicit days (sorted, each once). The start day itself is not a check-in: that is the day the
 * plan is talked through.
 */
export function checkInDates(
  schedule: { kind: ScheduleKind; dates: readonly string[] },
  startDate: string,
  endDate: string,
): string[] {
  if (schedule.kind === 'dates') return [...new Set(schedule.dates)].sort();
  const step = schedule.kind === 'weekly' ? 7 : 14;
  const dates: string[] = [];
  for (let day = addDays(startDate, step); day <= endDate; day = addDays(day, step)) dates.push(day);
  return dates;
}

/** The end date a plan's duration gives: `durationDays` after the start, or the explicit end date. */
export function endDateOf(input: { startDate: string; durationDays: number | null; endDate: string | null }) {
  return input.durationDays !== null ? addDays(input.startDate, input.durationDays) : input.endDate;
}
