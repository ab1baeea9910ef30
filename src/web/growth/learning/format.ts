import type { TFunction } from 'i18next';

/** "45 min", "3 h", "2 h 30 min" — durations as people say them. */
export function formatDuration(minutes: number | null, t: TFunction): string | null {
  if (minutes === null) return null;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('learning.duration.minutes', { count: rest });
  if (rest === 0) return t('learning.duration.hours', { count: hours });
  return t('learning.duration.both', { hours, minutes: rest });
}
