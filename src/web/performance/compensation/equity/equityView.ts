import type { EquityBucket, EquityGroup } from './api';

/** How a group's figures stand: shown, withheld (small, or to protect a small one), or no data yet. */
export type GroupStatus = 'shown' | 'small' | 'complementary' | 'noData';

export function groupStatus(group: EquityGroup): GroupStatus {
  if (group.suppression) return group.suppression;
  return group.meanIncreasePct === null ? 'noData' : 'shown';
}

/** A decimal string from the server as a number for a chart axis; null stays null. */
export const numberOf = (decimal: string | null) => (decimal === null ? null : Number(decimal));

/** The bucket's range as the labels say it: below the first edge, between two, from the last. */
export function bucketRange(bucket: EquityBucket): {
  kind: 'below' | 'between' | 'above';
  from: string;
  to: string;
} {
  if (bucket.from === null) return { kind: 'below', from: '', to: bucket.to ?? '' };
  if (bucket.to === null) return { kind: 'above', from: bucket.from, to: '' };
  return { kind: 'between', from: bucket.from, to: bucket.to };
}
