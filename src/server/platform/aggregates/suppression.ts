/**
 * Small-group suppression for aggregates that leave a module (SPEC S1.3): a count of one to
 * `minimum − 1` people is withheld, and so are its next-smallest siblings until the withheld cells
 * together hold at least `minimum` people. Without that second step a published total minus the
 * shown cells would give the hidden one back by subtraction (siblings 7, 3, 6 at 5: the 3 is
 * withheld, and the 6 with it, so what is hidden is a group of 9, not a person or three).
 *
 * An empty cell (0) says nothing about anyone and stays shown. The threshold never goes below 3.
 */
export const MIN_GROUP_SIZE = 5;
export const MIN_THRESHOLD_FLOOR = 3;

export type SuppressionReason = 'below_threshold' | 'complementary';

export interface SuppressedCounts {
  /** The counts as they may be shown: null where withheld. */
  shown: (number | null)[];
  /** Why each cell is withheld, or null when it is shown. */
  reasons: (SuppressionReason | null)[];
}

/**
 * `alreadyWithheld` marks cells hidden for another reason (a crossing row or column of the same
 * table, a publication plan): they count as withheld here, so a family with one cell hidden
 * elsewhere still gets a second one hidden beside it.
 */
export function suppressGroups(
  counts: readonly number[],
  minimum = MIN_GROUP_SIZE,
  alreadyWithheld?: readonly boolean[],
): SuppressedCounts {
  const threshold = Math.max(MIN_THRESHOLD_FLOOR, minimum);
  const reasons: (SuppressionReason | null)[] = counts.map((count, index) => {
    if (count > 0 && count < threshold) return 'below_threshold';
    return count > 0 && alreadyWithheld?.[index] ? 'complementary' : null;
  });
  let hiddenCells = 0;
  let hiddenTotal = 0;
  counts.forEach((count, index) => {
    if (reasons[index]) {
      hiddenCells += 1;
      hiddenTotal += count;
    }
  });
  // A single withheld cell is always recoverable from the total, whatever its size; a withheld
  // total under the threshold is a small group in itself.
  while (hiddenCells > 0 && (hiddenCells === 1 || hiddenTotal < threshold)) {
    const pick = smallestShown(counts, reasons);
    if (pick === null) break;
    reasons[pick] = 'complementary';
    hiddenCells += 1;
    hiddenTotal += counts[pick]!;
  }
  return { shown: counts.map((count, index) => (reasons[index] ? null : count)), reasons };
}

/** The shown, non-empty cell with the fewest people; ties go to the earlier cell. */
function smallestShown(
  counts: readonly number[],
  reasons: readonly (SuppressionReason | null)[],
): number | null {
  let pick: number | null = null;
  counts.forEach((count, index) => {
    if (reasons[index] || count === 0) return;
    if (pick === null || count < counts[pick]!) pick = index;
  });
  return pick;
}
