import { effectiveRules } from './rules';
import type { AnonymityRules } from './types';

/**
 * Peakon's overlap rule: two segments may be shown side by side only when their symmetric
 * difference is empty or holds at least `threshold` respondents; otherwise the difference of their
 * figures describes that handful of people. Members are compared by identity (response records,
 * or any respondent token).
 */
export function segmentsComparable<T>(a: Iterable<T>, b: Iterable<T>, rules: AnonymityRules): boolean {
  const left = new Set(a);
  const right = new Set(b);
  let difference = 0;
  for (const member of left) if (!right.has(member)) difference += 1;
  for (const member of right) if (!left.has(member)) difference += 1;
  return difference === 0 || difference >= effectiveRules(rules).threshold;
}
