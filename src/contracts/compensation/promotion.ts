import { type Band, bandIssues } from './bandPosition';
import { compensationCodes } from './codes';
import { type CompensationIssue, issueOf } from './errors';
import { convertExact, type FxTable } from './fx';
import { hasText } from './meritMatrix';
import { assertMinor, bigintToMinor, minorToDecimal } from './money';
import { add, div, HUNDRED, mul, ONE, roundToInteger, toRational } from './rational';

export interface PromotionGuidelineInput {
  currentBaseMinor: number;
  /** The current base's currency; the new band's when absent. */
  currentCurrency?: string;
  newBand: Band;
  /** The organisation's minimum promotion increase in percent ("8"). */
  minIncreasePct: string;
  /** Frozen cycle rates, needed when the current base and the new band differ in currency. */
  fx?: FxTable;
}

/** The least new base a promotion should carry, in the new band's currency and minor units. */
export interface PromotionGuideline {
  currency: string;
  minimumMinor: number;
  bandMinMinor: number;
  increasedMinor: number;
  /** Which rule sets the minimum (the band minimum wins a tie). */
  binding: 'band_min' | 'increase';
}

/**
 * New base ≥ max(new band minimum, current base × (1 + configured %)). The increased base is
 * converted exactly and rounded UP to the band currency's minor unit: a guideline is a floor, so
 * meeting it to the minor unit must mean meeting the configured percentage in full.
 */
export function promotionGuideline(input: PromotionGuidelineInput): PromotionGuideline {
  const { newBand } = input;
  const current = convertExact(
    assertMinor(input.currentBaseMinor, 'currentBase'),
    input.currentCurrency ?? newBand.currency,
    newBand.currency,
    input.fx,
  );
  const factor = add(ONE, div(toRational(input.minIncreasePct, 'minIncreasePct'), HUNDRED));
  const increasedMinor = bigintToMinor(roundToInteger(mul(current, factor), 'ceil'));
  const bandMinMinor = assertMinor(newBand.minMinor, 'bandMin');
  const binding = bandMinMinor >= increasedMinor ? 'band_min' : 'increase';
  return {
    currency: newBand.currency,
    minimumMinor: Math.max(bandMinMinor, increasedMinor),
    bandMinMinor,
    increasedMinor,
    binding,
  };
}

export interface PromotionProposal {
  /** Proposed new base, in the guideline's (the new band's) currency. */
  newBaseMinor: number;
  guideline: PromotionGuideline;
  justification?: string | null;
  /** When given, a new base above its maximum is flagged too. */
  newBand?: Band;
}

/**
 * A promotion's new base against its guideline: below it without a justification is refused
 * (`compensationPromotionBelowGuideline`); with one it passes, flagged for approvers. Above the new
 * band's maximum is flagged as a warning.
 */
export function checkPromotionProposal(proposal: PromotionProposal): CompensationIssue[] {
  const { guideline } = proposal;
  const newBase = assertMinor(proposal.newBaseMinor, 'newBase');
  const issues: CompensationIssue[] = [];
  if (newBase < guideline.minimumMinor) {
    const params = {
      minimum: minorToDecimal(guideline.minimumMinor, guideline.currency),
      currency: guideline.currency,
    };
    issues.push(
      hasText(proposal.justification)
        ? issueOf(compensationCodes.promotionBelowGuidelineJustified, 'warning', params)
        : issueOf(compensationCodes.promotionBelowGuideline, 'error', params),
    );
  }
  if (proposal.newBand) {
    // Below the band minimum is below the guideline already; only the maximum needs its own flag.
    const above = bandIssues(newBase, proposal.newBand).filter(
      (found) => found.code === compensationCodes.aboveBandMax,
    );
    issues.push(...above);
  }
  return issues;
}
