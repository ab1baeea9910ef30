import {
  type AnonymityRules,
  type CountCell,
  type EnpsCell,
  effectiveRules,
  enpsFromCounts,
  type MeanCell,
  type TrendDelta,
  trendDelta,
} from '../reporting';

/** A closed round's totals for one group (the whole round, or a manager's launch-day subtree). */
export interface RoundTotals {
  respondents: number;
  likertSum: number;
  likertAnswers: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface RoundFigures {
  respondents: CountCell;
  /** Mean of every Likert answer of the round (1–5). */
  engagement: MeanCell;
  enps: EnpsCell;
}

/**
 * What a group's totals may show under the survey's rules: nothing below the threshold (and "no
 * data" when nobody answered, which is not the same thing). `wider` is a group the same reader also
 * sees that holds this one (an HR admin's own subtree inside the organisation): when the two differ
 * by fewer people than the threshold, the difference would be a small group's figures by
 * subtraction, so this one is withheld as `complementary` (the overlap rule of the reports).
 */
export function roundFigures(
  totals: RoundTotals | null,
  rules: AnonymityRules,
  wider: RoundTotals | null = null,
): RoundFigures {
  const { threshold } = effectiveRules(rules);
  const n = totals?.respondents ?? 0;
  const all = <T>(state: T) => ({ respondents: state, engagement: state, enps: state }) as RoundFigures;
  if (!totals || n === 0) return all({ state: 'no_data' });
  if (n < threshold) return all({ state: 'below_threshold' });
  if (wider) {
    const differences = [
      wider.respondents - n,
      wider.promoters +
        wider.passives +
        wider.detractors -
        (totals.promoters + totals.passives + totals.detractors),
    ];
    if (differences.some((difference) => difference > 0 && difference < threshold))
      return all({ state: 'complementary' });
  }
  return {
    respondents: { state: 'shown', n },
    engagement:
      totals.likertAnswers === 0
        ? { state: 'no_data' }
        : { state: 'shown', mean: totals.likertSum / totals.likertAnswers, n },
    enps: enpsFromCounts(
      { promoters: totals.promoters, passives: totals.passives, detractors: totals.detractors },
      rules,
    ),
  };
}

/** The change since the same survey's previous round: only when both rounds were shown. */
export function changeSince(
  previous: RoundFigures | undefined,
  current: RoundFigures,
  rules: AnonymityRules,
): { engagementChange: TrendDelta | null; enpsChange: TrendDelta | null } {
  if (!previous) return { engagementChange: null, enpsChange: null };
  return {
    engagementChange: trendDelta(previous.engagement, current.engagement, rules),
    enpsChange: trendDelta(previous.enps, current.enps, rules),
  };
}
