/** The figures of a proposal that decide a participant's outcome. */
export interface ProposalFigures {
  meritNewBaseMinor: number | null;
  promotionNewBaseMinor: number | null;
  marketMinor: number | null;
  bonusMinor: number | null;
}

/**
 * The base a proposal leads to, in the participant's pay currency: the promotion's new base, else
 * the merit's, else today's — plus any market adjustment. One rule for the grid, the budgets, the
 * release's pay records, the letters and the equity check.
 */
export function resultingBaseOf(baseMinor: number, figures: ProposalFigures): number {
  const meritBase = figures.meritNewBaseMinor ?? baseMinor;
  return (figures.promotionNewBaseMinor ?? meritBase) + (figures.marketMinor ?? 0);
}
