/**
 * Level name on the scale for a (possibly fractional) value: rounds to the nearest level. Apart from
 * GapSection so the home page's panel can use it without loading the chart library.
 */
export function levelName(scale: string[], value: number | null): string {
  if (value === null) return '—';
  return scale[Math.min(scale.length, Math.max(1, Math.round(value))) - 1] ?? String(value);
}
