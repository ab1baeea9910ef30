import type { LeniencyRow } from '../../../contracts/calibration';

/**
 * The numbers a calibration grid shows beside the cards: the share of people per rating against
 * an optional guideline curve, and each manager's mean proposed rating against the session's.
 * Pure functions, so the rules are unit-tested without a database.
 */

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

export function distribution(
  ratings: readonly number[],
  labels: readonly string[],
  guideline: number[] | null,
) {
  const counts = labels.map(() => 0);
  for (const rating of ratings) if (rating >= 1 && rating <= labels.length) counts[rating - 1]!++;
  const total = ratings.length;
  const bars = labels.map((label, index) => {
    const share = total === 0 ? 0 : round1((counts[index]! / total) * 100);
    const target = guideline?.[index] ?? null;
    return {
      rating: index + 1,
      label,
      count: counts[index]!,
      share,
      guideline: target,
      deviation: target === null ? null : round1(share - target),
    };
  });
  const deviations = bars.flatMap((bar) => (bar.deviation === null ? [] : [Math.abs(bar.deviation)]));
  const maxDeviation = guideline && total > 0 ? Math.max(0, ...deviations) : null;
  return { bars, maxDeviation };
}

/** Whether a distribution may be signed off when the session requires its guideline curve. */
export function withinTolerance(maxDeviation: number | null, tolerance: number): boolean {
  return maxDeviation === null || maxDeviation <= tolerance + 1e-9;
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? null : round2(values.reduce((sum, v) => sum + v, 0) / values.length);

/** A manager is flagged only with at least this many reviews in the session: one person is no pattern. */
export const minimumReviewsForFlag = 2;

/**
 * Each reviewing manager's mean proposed rating against the session's mean: above it by the
 * threshold or more is "lenient", below by as much is "severe"; with fewer than
 * `minimumReviewsForFlag` reviews it is "too few to judge", never "in line". Largest gaps first.
 */
export function leniency(
  cards: readonly { manager: { id: string; displayName: string } | null; proposedRating: number }[],
  threshold: number,
): LeniencyRow[] {
  const sessionMean = mean(cards.map((card) => card.proposedRating));
  if (sessionMean === null) return [];
  const byManager = new Map<string, { manager: { id: string; displayName: string }; ratings: number[] }>();
  for (const card of cards) {
    if (!card.manager) continue;
    const entry = byManager.get(card.manager.id) ?? { manager: card.manager, ratings: [] };
    entry.ratings.push(card.proposedRating);
    byManager.set(card.manager.id, entry);
  }
  return [...byManager.values()]
    .map(({ manager, ratings }) => {
      const meanProposed = mean(ratings)!;
      const delta = round2(meanProposed - sessionMean);
      const tooFew = ratings.length < minimumReviewsForFlag;
      const flagged = !tooFew && Math.abs(delta) >= threshold - 1e-9;
      return {
        manager,
        count: ratings.length,
        meanProposed,
        delta,
        flag: flagged ? (delta > 0 ? ('lenient' as const) : ('severe' as const)) : null,
        tooFew,
      };
    })
    .sort(
      (a, b) =>
        Math.abs(b.delta) - Math.abs(a.delta) || a.manager.displayName.localeCompare(b.manager.displayName),
    );
}
