import {
  assertMinor,
  type Band,
  bandFlag,
  bandIssues,
  type CompensationIssue,
  checkMeritProposal,
  checkPromotionProposal,
  compare,
  convertMinor,
  type FxTable,
  guideline,
  increasePercentExact,
  isCompensationError,
  lookupCell,
  type MeritCell,
  type MeritMatrix,
  promotionGuideline,
  type Rational,
  toDecimalString,
  toRational,
} from '../../../../contracts/compensation';
import { applyPercent } from '../../../../contracts/compensation/percent';
import type { SaveProposalRequest } from '../../../../contracts/compensation/proposals';
import { type Issue, issue } from '../../../../contracts/issues';
import { AppError, validationFailed } from '../../../platform/errors/appError';

/** What of the launch snapshot a proposal is checked against. */
export interface ProposalSnapshot {
  baseMinor: number | null;
  currency: string | null;
  band: Band | null;
  compaRatio: string | null;
  positionInRange: string | null;
  calibratedRating: number | null;
  eligibleDays: number;
  periodDays: number;
}

export interface CycleRules {
  meritMatrix: MeritMatrix | null;
  fxTable: FxTable;
}

/** The prorated merit cell for a participant, or null without a matrix, a rating or a placement. */
export function meritGuidelineOf(snapshot: ProposalSnapshot, cycle: CycleRules): MeritCell | null {
  const matrix = cycle.meritMatrix;
  if (!matrix || snapshot.calibratedRating === null) return null;
  const bandValue = matrix.axis === 'compa_ratio' ? snapshot.compaRatio : snapshot.positionInRange;
  if (bandValue === null) return null;
  try {
    const cell = lookupCell(matrix, snapshot.calibratedRating, bandValue);
    return guideline(cell, { eligibleDays: snapshot.eligibleDays, periodDays: snapshot.periodDays });
  } catch (error) {
    // A rating the matrix has no row for (a scale changed after launch): no guideline to show.
    if (isCompensationError(error)) return null;
    throw error;
  }
}

/** The pools' figures of one proposal, in the participant's pay currency. */
export interface PoolSpend {
  merit: number;
  promotion: number;
  market: number;
  bonus: number;
}

export interface EvaluatedProposal {
  meritInput: 'percent' | 'amount' | null;
  meritPct: string | null;
  meritNewBaseMinor: number | null;
  resultingBaseMinor: number;
  outsideGuideline: boolean;
  promotionBelowGuideline: boolean;
  bandFlag: 'below_min' | 'within' | 'above_max' | null;
  issues: CompensationIssue[];
}

/** The core's refusals as field errors; its own input errors (a missing rate …) as well, never a 500. */
function refuse(field: string, found: CompensationIssue | { code: string; params: Issue['params'] }) {
  return validationFailed({ [field]: { code: found.code, params: found.params ?? {} } });
}

const MAX_PERCENT = toRational('1000');

function derivedMerit(base: number, merit: NonNullable<SaveProposalRequest['merit']>) {
  const { percent, newBaseMinor } = merit;
  if (percent !== undefined) {
    return {
      input: 'percent' as const,
      exact: toRational(percent),
      pct: percent,
      newBase: applyPercent(base, percent),
    };
  }
  const newBase = newBaseMinor as number;
  if (newBase < base) throw validationFailed({ 'merit.newBaseMinor': issue('compProposalDecrease') });
  const exact: Rational = increasePercentExact(base, newBase);
  // The percent column holds 4 decimals below 10^8; a typed percent stops at 999.9999, so does this.
  if (compare(exact, MAX_PERCENT) >= 0)
    throw validationFailed({ 'merit.newBaseMinor': issue('compProposalIncreaseTooLarge') });
  return { input: 'amount' as const, exact, pct: toDecimalString(exact, 4), newBase };
}

/**
 * A proposal against the snapshot, by the exact core: the merit percent and new base derived one
 * from the other, the merit guideline (outside it needs a justification), the promotion guideline
 * (below it needs one), and where the resulting base falls in its band (flagged, never refused).
 */
export function evaluateProposal(
  snapshot: ProposalSnapshot,
  cycle: CycleRules,
  input: SaveProposalRequest,
  promotion: { band: Band; minIncreasePct: string } | null,
): EvaluatedProposal {
  const { baseMinor: base, currency } = snapshot;
  if (base === null || currency === null) throw new AppError('invalid_state', issue('compProposalNoPay'));
  try {
    const issues: CompensationIssue[] = [];
    const merit = input.merit ? derivedMerit(base, input.merit) : null;
    const cell = merit ? meritGuidelineOf(snapshot, cycle) : null;
    if (merit && cell) {
      // The guideline is already prorated: check against it as shown, with a full-period factor.
      // A typed percent is shown back as typed; one derived from an amount, exactly (4 places).
      const percent = merit.input === 'percent' ? merit.pct : merit.exact;
      const found = checkMeritProposal({ percent, cell, justification: input.justification });
      const refused = found.find((item) => item.level === 'error');
      if (refused) throw refuse('justification', refused);
      issues.push(...found);
    }
    const meritBase = merit?.newBase ?? base;
    let promotionFlag = false;
    if (input.promotion && promotion) {
      if (input.promotion.newBaseMinor < meritBase)
        throw validationFailed({ 'promotion.newBaseMinor': issue('compProposalDecrease') });
      const { band } = promotion;
      const rules = promotionGuideline({
        currentBaseMinor: meritBase,
        currentCurrency: currency,
        newBand: band,
        minIncreasePct: promotion.minIncreasePct,
        fx: cycle.fxTable,
      });
      const inBand = convertMinor(input.promotion.newBaseMinor, currency, band.currency, cycle.fxTable);
      const found = checkPromotionProposal({
        newBaseMinor: inBand,
        guideline: rules,
        justification: input.justification,
      });
      const refused = found.find((item) => item.level === 'error');
      if (refused) throw refuse('justification', refused);
      promotionFlag = found.some((item) => item.code === 'compensationPromotionBelowGuidelineJustified');
      issues.push(...found.filter((item) => item.code !== 'compensationAboveBandMax'));
    }
    const resultingBaseMinor = assertMinor(
      (input.promotion?.newBaseMinor ?? meritBase) + (input.marketMinor ?? 0),
      'resultingBase',
    );
    const band = promotion?.band ?? snapshot.band;
    const changesBase = resultingBaseMinor !== base;
    const flag =
      band && changesBase ? bandFlag(resultingBaseMinor, band, { currency, fx: cycle.fxTable }) : null;
    if (band && flag !== null && flag !== 'within')
      issues.push(...bandIssues(resultingBaseMinor, band, { currency, fx: cycle.fxTable }));
    return {
      meritInput: merit?.input ?? null,
      meritPct: merit?.pct ?? null,
      meritNewBaseMinor: merit?.newBase ?? null,
      resultingBaseMinor,
      outsideGuideline: issues.some((item) => item.code === 'compensationOutsideGuidelineJustified'),
      promotionBelowGuideline: promotionFlag,
      bandFlag: flag,
      issues,
    };
  } catch (error) {
    if (isCompensationError(error)) throw refuse('proposal', { code: error.code, params: error.params });
    throw error;
  }
}

/** What each pool spends of one proposal: the merit step, the promotion step above it, market, bonus. */
export function spendOf(
  base: number,
  proposal: {
    meritNewBaseMinor: number | null;
    promotionNewBaseMinor: number | null;
    marketMinor: number | null;
    bonusMinor: number | null;
  },
): PoolSpend {
  const meritBase = proposal.meritNewBaseMinor ?? base;
  return {
    merit: meritBase - base,
    promotion: proposal.promotionNewBaseMinor === null ? 0 : proposal.promotionNewBaseMinor - meritBase,
    market: proposal.marketMinor ?? 0,
    bonus: proposal.bonusMinor ?? 0,
  };
}
