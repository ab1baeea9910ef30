import { effectiveRules } from './rules';
import type { AnonymityRules, EnpsCell, MeanCell } from './types';

export type TrendPoint = MeanCell | EnpsCell;

export type TrendDelta =
  | { state: 'shown'; delta: number; previous: number; current: number }
  | { state: 'withheld' };

/**
 * The change of a group's driver mean or eNPS since the previous round, only when both rounds
 * showed the group at or above the threshold: a delta against a hidden round would give the hidden
 * figure back.
 */
export function trendDelta(previous: TrendPoint, current: TrendPoint, rules: AnonymityRules): TrendDelta {
  const { threshold } = effectiveRules(rules);
  const before = shownValue(previous, threshold);
  const after = shownValue(current, threshold);
  if (before === null || after === null) return { state: 'withheld' };
  return { state: 'shown', delta: after - before, previous: before, current: after };
}

function shownValue(point: TrendPoint, threshold: number): number | null {
  if (point.state !== 'shown' || point.n < threshold) return null;
  return 'mean' in point ? point.mean : point.score;
}
