import type { TalentBand } from '../../../contracts/talent';

const bandIndex: Record<TalentBand, number> = { low: 0, medium: 1, high: 2 };
const bandsByIndex: TalentBand[] = ['low', 'medium', 'high'];

/**
 * The performance axis: a calibrated rating r on a scale of n points sits at (r − 1)/(n − 1) of the
 * way up; the lower third is low, the upper third high, the rest medium. On a 5-point scale 1–2 are
 * low, 3 medium, 4–5 high; on a 3-point scale one band per point; on a 4-point scale 1 low, 2–3
 * medium, 4 high. Integer arithmetic, so no rounding decides a border.
 */
export function performanceBandOf(rating: number, scaleSize: number): TalentBand | null {
  if (scaleSize < 2 || rating < 1 || rating > scaleSize) return null;
  const step = 3 * (rating - 1);
  if (step < scaleSize - 1) return 'low';
  if (step > 2 * (scaleSize - 1)) return 'high';
  return 'medium';
}

/**
 * The potential axis from the three behaviour-anchored answers (learning agility, scope growth,
 * leading others), each low = 1, medium = 2, high = 3: a sum of 8 or 9 (at least two highs and no
 * low) is high; 3 or 4 (at most one medium, the rest low) is low; everything between is medium. No
 * single answer decides the band on its own, and one low answer keeps a person out of high.
 */
export function potentialBandOf(answers: readonly TalentBand[]): TalentBand {
  const sum = answers.reduce((total, level) => total + bandIndex[level] + 1, 0);
  if (sum >= 8) return 'high';
  if (sum <= 4) return 'low';
  return 'medium';
}

/** Box 1..9 = potential × 3 + performance + 1 (low = 0): box 1 is low/low, box 9 high/high. */
export function boxOf(performance: TalentBand | null, potential: TalentBand | null): number | null {
  if (!performance || !potential) return null;
  return bandIndex[potential] * 3 + bandIndex[performance] + 1;
}

/** The two bands a box stands for. */
export function bandsOfBox(box: number): { performance: TalentBand; potential: TalentBand } {
  const index = box - 1;
  return { performance: bandsByIndex[index % 3]!, potential: bandsByIndex[Math.floor(index / 3)]! };
}

/** The box a member is shown in: the override when one was made, else the computed one. */
export function effectiveBox(member: {
  performanceBand: TalentBand | null;
  potentialBand: TalentBand | null;
  overrideBox: number | null;
}): number | null {
  return member.overrideBox ?? boxOf(member.performanceBand, member.potentialBand);
}
