import i18n from 'i18next';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../app/format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 minutes ago", "yesterday", "3 days ago" in the reader's language; older than a week, the date.
 * Returns null for "just now", which the caller words itself.
 */
export function relativeTime(iso: string, now: number): string | null {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return null;
  if (elapsed >= 7 * DAY) return formatDateTime(iso);
  const format = new Intl.RelativeTimeFormat(i18n.language === 'de' ? 'de' : 'en', { numeric: 'auto' });
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
}

/** The current time, refreshed every minute, so relative times stay true while a page is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
}
