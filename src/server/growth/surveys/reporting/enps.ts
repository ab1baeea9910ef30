import { effectiveRules } from './rules';
import type { AnonymityRules, EnpsResult } from './types';

export interface EnpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** eNPS of 0..10 answers: promoters 9–10, passives 7–8, detractors 0–6. */
export function enpsOf(values: readonly number[], rules: AnonymityRules): EnpsResult {
  const counts: EnpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const value of values) {
    if (value >= 9) counts.promoters += 1;
    else if (value >= 7) counts.passives += 1;
    else counts.detractors += 1;
  }
  return enpsFromCounts(counts, rules);
}

/** score = round(100 × (promoters − detractors) / n), shown only when n reaches the threshold. */
export function enpsFromCounts(counts: EnpsCounts, rules: AnonymityRules): EnpsResult {
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) return { state: 'no_data' };
  if (n < effectiveRules(rules).threshold) return { state: 'below_threshold' };
  // `|| 0`: a score of −0.4 rounds to −0, which would print as "-0".
  const score = Math.round((100 * (counts.promoters - counts.detractors)) / n) || 0;
  return { state: 'shown', score, n, ...counts };
}
