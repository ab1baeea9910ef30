import {
  type CompaBucket,
  EQUITY_MIN_GROUP,
  type EquityGroup,
  type SuppressionReason,
} from '../../../../contracts/compensation/equity';
import { rational, toDecimalString } from '../../../../contracts/compensation/rational';

/**
 * The pay-equity check's arithmetic (issue 12 item 8), pure: one person's figures in, a group's
 * means and medians, the suppression of small groups and the compa-ratio histogram out.
 *
 * Each person's figures are exact 4-place decimals from the core held as scaled integers (×10⁴),
 * so ten thousand of them sum without a growing denominator and the means are exact before their
 * one rounding (half to even).
 */

/** Scale of a person's figures: 4 decimal places. */
export const SCALE = 10_000n;
const PLACES = 4;

/** One eligible participant's figures. */
export interface PersonFigures {
  /** A proposal past the draft stands behind the new base. */
  proposed: boolean;
  /** Increase % of the new base over the launch base ×10⁴ (3.5 % → 35000n); null without a proposal. */
  increase: bigint | null;
  /** Compa-ratio ×10⁴ at launch and after the cycle (1.0864 → 10864n); null when not placed. */
  compaBefore: bigint | null;
  compaAfter: bigint | null;
}

/** The exact mean of scaled figures, rounded once to `places`; null for none. */
export function meanOf(values: readonly bigint[], places: number): string | null {
  if (values.length === 0) return null;
  let sum = 0n;
  for (const value of values) sum += value;
  return toDecimalString(rational(sum, SCALE * BigInt(values.length)), places);
}

/** The median of scaled figures (the mean of the middle two for an even count), rounded to `places`. */
export function medianOf(values: readonly bigint[], places: number): string | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = sorted.length >> 1;
  if (sorted.length % 2 === 1) return toDecimalString(rational(sorted[middle]!, SCALE), places);
  return toDecimalString(rational(sorted[middle - 1]! + sorted[middle]!, SCALE * 2n), places);
}

/** A group's counts and figures before any suppression. */
export interface GroupSummary {
  headcount: number;
  proposed: number;
  placedBefore: number;
  placedAfter: number;
  meanIncreasePct: string | null;
  medianIncreasePct: string | null;
  meanCompaBefore: string | null;
  meanCompaAfter: string | null;
}

const present = <T>(values: readonly (T | null)[]): T[] =>
  values.filter((value): value is T => value !== null);

/** Counts, mean and median increase (2 places) and mean compa-ratios (4 places) of some people. */
export function summarize(people: readonly PersonFigures[]): GroupSummary {
  const increases = present(people.map((person) => (person.proposed ? person.increase : null)));
  const before = present(people.map((person) => person.compaBefore));
  const after = present(people.map((person) => person.compaAfter));
  return {
    headcount: people.length,
    proposed: people.filter((person) => person.proposed).length,
    placedBefore: before.length,
    placedAfter: after.length,
    meanIncreasePct: meanOf(increases, 2),
    medianIncreasePct: medianOf(increases, 2),
    meanCompaBefore: meanOf(before, PLACES),
    meanCompaAfter: meanOf(after, PLACES),
  };
}

/**
 * Whether a group is too small to show: fewer than five people, or one of its figures drawn from
 * one to four of them (ten people of whom two were proposed for would show those two's increase).
 * A figure drawn from nobody is no data, not a small group.
 */
export function isSmall(summary: GroupSummary, minimum = EQUITY_MIN_GROUP): boolean {
  if (summary.headcount < minimum) return true;
  return [summary.proposed, summary.placedBefore, summary.placedAfter].some(
    (count) => count > 0 && count < minimum,
  );
}

/**
 * Which groups of one dimension are withheld, and why: every small group, and — when exactly one
 * is small while others are shown — the next smallest as well, so the small one cannot be worked
 * out from the total by subtraction. The complement is chosen among the groups with proposals
 * when the small one has any (hiding a group without proposals would leave its increase
 * derivable), the fewest people first, ties to the earlier group.
 */
export function suppressionOf(
  summaries: readonly GroupSummary[],
  minimum = EQUITY_MIN_GROUP,
): (SuppressionReason | null)[] {
  const reasons: (SuppressionReason | null)[] = summaries.map((summary) =>
    isSmall(summary, minimum) ? 'small' : null,
  );
  const small = reasons.flatMap((reason, index) => (reason === 'small' ? [index] : []));
  if (small.length !== 1) return reasons;
  const hidden = summaries[small[0]!]!;
  const shown = reasons.flatMap((reason, index) => (reason === null ? [index] : []));
  const withProposals = shown.filter((index) => summaries[index]!.proposed > 0);
  const candidates = hidden.proposed > 0 && withProposals.length > 0 ? withProposals : shown;
  let pick: number | null = null;
  for (const index of candidates) {
    const size = summaries[index]!.headcount;
    if (pick === null || size < summaries[pick]!.headcount) pick = index;
  }
  if (pick !== null) reasons[pick] = 'complementary';
  return reasons;
}

/** A group as the response shows it: the figures, or nulls and the reason they are withheld. */
export function groupOut(
  identity: { key: string | null; name: string | null },
  summary: GroupSummary,
  suppression: SuppressionReason | null,
): EquityGroup {
  if (suppression)
    return {
      ...identity,
      suppressed: true,
      suppression,
      headcount: null,
      proposed: null,
      meanIncreasePct: null,
      medianIncreasePct: null,
      meanCompaBefore: null,
      meanCompaAfter: null,
    };
  return {
    ...identity,
    suppressed: false,
    suppression: null,
    headcount: summary.headcount,
    proposed: summary.proposed,
    meanIncreasePct: summary.meanIncreasePct,
    medianIncreasePct: summary.medianIncreasePct,
    meanCompaBefore: summary.meanCompaBefore,
    meanCompaAfter: summary.meanCompaAfter,
  };
}

/** People grouped by a key, in the order the keys first appear. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The histogram's edges (×10⁴): below 0.80, 0.80–0.90, …, 1.20 and above. */
export const COMPA_EDGES: readonly bigint[] = [8000n, 9000n, 10000n, 11000n, 12000n];

const edgeText = (edge: bigint) => toDecimalString(rational(edge, SCALE), 2);

/** The bucket a compa-ratio falls in: lower edge inclusive, upper exclusive. */
export function bucketIndex(compa: bigint, edges: readonly bigint[] = COMPA_EDGES): number {
  let index = 0;
  while (index < edges.length && compa >= edges[index]!) index += 1;
  return index;
}

/** How many of the ratios fall in each bucket. */
export function histogram(
  values: readonly (bigint | null)[],
  edges: readonly bigint[] = COMPA_EDGES,
): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const value of values) if (value !== null) counts[bucketIndex(value, edges)]! += 1;
  return counts;
}

/**
 * A histogram's counts with those of one to four people withheld (null), and — when exactly one is
 * withheld — the next smallest non-zero count too (the total would give it away). An empty bucket
 * says nothing about anyone and stays 0.
 */
export function suppressCounts(counts: readonly number[], minimum = EQUITY_MIN_GROUP): (number | null)[] {
  const out: (number | null)[] = counts.map((count) => (count > 0 && count < minimum ? null : count));
  const withheld = out.filter((count) => count === null).length;
  if (withheld !== 1) return out;
  let pick: number | null = null;
  out.forEach((count, index) => {
    if (count !== null && count > 0 && (pick === null || count < (out[pick] as number))) pick = index;
  });
  if (pick !== null) out[pick] = null;
  return out;
}

/** The compa-ratio distribution before and after, counts withheld where `suppress` asks. */
export function distributionOf(people: readonly PersonFigures[], suppress: boolean): CompaBucket[] {
  const before = histogram(people.map((person) => person.compaBefore));
  const after = histogram(people.map((person) => person.compaAfter));
  const shownBefore = suppress ? suppressCounts(before) : before;
  const shownAfter = suppress ? suppressCounts(after) : after;
  return shownBefore.map((count, index) => ({
    from: index === 0 ? null : edgeText(COMPA_EDGES[index - 1]!),
    to: index === COMPA_EDGES.length ? null : edgeText(COMPA_EDGES[index]!),
    before: count,
    after: shownAfter[index]!,
  }));
}
