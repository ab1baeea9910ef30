import {
  type Band,
  bandFlag,
  bigintToMinor,
  compaRatioExact,
  type FxTable,
  increasePercentExact,
  isCompensationError,
  parseDecimal,
} from '../../../../contracts/compensation';
import { toScaled } from '../../../../contracts/compensation/rational';
import { resultingBaseOf } from '../proposals/outcome';
import type { PersonFigures } from './aggregate';
import type { EquityRow } from './queries';

/** A person below the band minimum after the cycle, before their name is looked up. */
export interface BelowMinimum {
  participantId: string;
  newBaseMinor: number;
  currency: string;
  payFrequency: EquityRow['payFrequency'];
  bandMinMinor: number;
  bandCurrency: string;
  proposed: boolean;
}

const MONTHS = 12n;

/** Null where the core refuses (a band it finds invalid, a currency without a frozen rate). */
function exactOrNull<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (isCompensationError(error)) return null;
    throw error;
  }
}

/** The band after the cycle: the promotion's, else the launch snapshot's; null without one. */
function bandAfter(row: EquityRow): Band | null {
  if (row.proposalId && row.promotionBandCurrency !== null)
    return {
      currency: row.promotionBandCurrency,
      minMinor: row.promotionBandMinMinor!,
      targetMinor: row.promotionBandTargetMinor,
      maxMinor: row.promotionBandMaxMinor!,
    };
  if (row.bandCurrency === null || row.bandMinMinor === null || row.bandMaxMinor === null) return null;
  return {
    currency: row.bandCurrency,
    minMinor: row.bandMinMinor,
    targetMinor: row.bandTargetMinor,
    maxMinor: row.bandMaxMinor,
  };
}

/** A base as a yearly amount to set against an annual band, as the launch placed it; null for hourly. */
function annual(baseMinor: number, frequency: EquityRow['payFrequency']): number | null {
  if (frequency === 'annual') return baseMinor;
  if (frequency === 'monthly') return bigintToMinor(BigInt(baseMinor) * MONTHS);
  return null;
}

/**
 * One eligible participant's figures by the exact core: the increase of the new base
 * (`resultingBaseOf`, the release's own rule) over the launch base in their own currency, the
 * launch compa-ratio, the compa-ratio after the cycle at the frozen rates (unchanged without a
 * proposal), and whether the new base is below the band's minimum.
 */
export function personFigures(
  row: EquityRow,
  fx: FxTable,
): { figures: PersonFigures; belowMinimum: BelowMinimum | null } {
  const proposed = row.proposalId !== null;
  const compaBefore = row.compaRatio === null ? null : toScaled(parseDecimal(row.compaRatio), 4, 'half_even');
  const base = row.baseMinor;
  const currency = row.payCurrency;
  if (base === null || currency === null)
    return { figures: { proposed, increase: null, compaBefore, compaAfter: null }, belowMinimum: null };
  const newBase = proposed ? resultingBaseOf(base, row) : base;
  const increase = proposed
    ? exactOrNull(() => toScaled(increasePercentExact(base, newBase), 4, 'half_even'))
    : null;
  const band = bandAfter(row);
  const yearly = annual(newBase, row.payFrequency);
  const placed = band !== null && yearly !== null;
  const compaAfter = !proposed
    ? compaBefore
    : placed
      ? exactOrNull(() => toScaled(compaRatioExact(yearly, band, { currency, fx }), 4, 'half_even'))
      : null;
  const below = placed && exactOrNull(() => bandFlag(yearly, band, { currency, fx })) === 'below_min';
  return {
    figures: { proposed, increase, compaBefore, compaAfter },
    belowMinimum:
      below && band
        ? {
            participantId: row.participantId,
            newBaseMinor: newBase,
            currency,
            payFrequency: row.payFrequency,
            bandMinMinor: band.minMinor,
            bandCurrency: band.currency,
            proposed,
          }
        : null,
  };
}
