import { compensationCodes } from './codes';
import { CompensationError } from './errors';

/** Calendar dates as "YYYY-MM-DD", counted in whole UTC days: no time zone or DST can shift a day. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** Days since 1970-01-01 of a real calendar date, or null ("2026-02-30" is not one). */
export function dayNumberOrNull(text: string): number | null {
  const match = typeof text === 'string' ? isoDatePattern.exec(text) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999 and rolls 2026-02-30 over to March: both are refused.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms / msPerDay;
}

export const isIsoDate = (text: string) => dayNumberOrNull(text) !== null;

/** Days since 1970-01-01; `compensationDateInvalid` (with the field's name) when not a date. */
export function dayNumber(text: string, field: string): number {
  const day = dayNumberOrNull(text);
  if (day === null)
    throw new CompensationError(compensationCodes.dateInvalid, { field, value: String(text) });
  return day;
}

/** The ISO date of a day number. */
export const isoDateOf = (day: number) => new Date(day * msPerDay).toISOString().slice(0, 10);
