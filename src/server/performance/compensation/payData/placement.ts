import { bandFlag, bigintToMinor, compaRatio, positionInRange } from '../../../../contracts/compensation';
import type { BandPlacement } from '../../../../contracts/compensation/payData';
import { presentBand } from './present';
import type { BandRow, PayRecordRow } from './queries';

/** Months in a year: a monthly base compares with an annual band as twelve of it. */
const MONTHS = 12n;

/**
 * Where a pay record's base sits in a band (pure). Bands hold full-time annual amounts and bases
 * are full-time figures (the FTE is kept apart), so an annual base compares as it is and a monthly
 * one as twelve months of it. Not placed: no band, another currency (rates belong to a cycle), or
 * an hourly rate (no agreed yearly hours to turn it into a salary).
 */
export function placeInBand(record: PayRecordRow, band: BandRow | null): BandPlacement {
  if (!band) return { status: 'no_band' };
  const presented = presentBand(band);
  if (record.currency !== band.currency) return { status: 'currency_differs', band: presented };
  if (record.frequency === 'hourly') return { status: 'hourly', band: presented };
  const annualBaseMinor =
    record.frequency === 'monthly' ? bigintToMinor(BigInt(record.baseMinor) * MONTHS) : record.baseMinor;
  return {
    status: 'placed',
    band: presented,
    annualBaseMinor,
    compaRatio: compaRatio(annualBaseMinor, band),
    positionInRange: positionInRange(annualBaseMinor, band),
    flag: bandFlag(annualBaseMinor, band),
  };
}
