import {
  bigintToMinor,
  compaRatio,
  increasePercentExact,
  isCompensationError,
} from '../../../../contracts/compensation';
import type { FxTable } from '../../../../contracts/compensation/fx';
import type { PayFrequency } from '../../../../contracts/compensation/payData';
import { parseDecimal, toDecimalString } from '../../../../contracts/compensation/rational';
import type { Db } from '../../../platform/db/client';
import { resultingBaseOf } from '../proposals/outcome';
import { findOutcome, findOutcomesOfCycle, type OutcomeRow } from './queries';

/** A band as shown with an outcome: annual full-time amounts in its currency's minor units. */
export interface OutcomeBand {
  currency: string;
  minMinor: number;
  /** Null: the band has no target and its midpoint is the reference. */
  targetMinor: number | null;
  maxMinor: number;
}

/**
 * A participant's decided pay outcome in a cycle (issue 12 item 7): what a letter, the employee's
 * page and the payroll export show. Money is integer minor units of `currency` (the participant's
 * pay currency as snapshotted at launch; format with `formatMoney` / `minorToDecimal`). Percentages
 * are exact decimal strings from the core, increase to 2 places (half to even).
 *
 * Only for a participant with an APPROVED proposal. Callers decide who may read it (HR, the
 * employee from the visibility date on) — this module checks nothing about the reader.
 */
export interface ParticipantOutcome {
  participantId: string;
  personId: string;
  /** The organisation's employee number, when people have one. */
  employeeId: string | null;
  givenName: string;
  familyName: string;
  departmentName: string | null;
  cycleId: string;
  cycleName: string;
  cycleState: string;
  /** ISO dates (YYYY-MM-DD). */
  effectiveDate: string;
  visibilityDate: string;
  currency: string;
  payFrequency: PayFrequency | null;
  oldBaseMinor: number;
  /** By `resultingBaseOf` — the same rule the release's pay records use. */
  newBaseMinor: number;
  changeMinor: number;
  /** (new − old) ÷ old × 100, exact, 2 places: "3.50". */
  increasePercent: string;
  /** The merit increase as proposed, 2 places; null when no merit was proposed. */
  meritPercent: string | null;
  marketMinor: number;
  bonusMinor: number;
  /** A promotion's new level and band; null without one. */
  promotion: { levelId: string; levelName: string; levelCode: string; band: OutcomeBand } | null;
  /** Whether the base changes (a new pay record is written on release). */
  baseChanged: boolean;
  /**
   * Band placement after the cycle: the promotion's band, else the launch snapshot's band;
   * compa-ratio exact to 4 places. Null when not placed (no band, hourly, no frozen rate).
   */
  placementAfter: { band: OutcomeBand; compaRatio: string } | null;
}

const MONTHS = 12n;

function placementAfter(
  newBaseMinor: number,
  frequency: PayFrequency | null,
  currency: string,
  band: OutcomeBand | null,
  fx: FxTable,
): ParticipantOutcome['placementAfter'] {
  if (!band || frequency === null || frequency === 'hourly') return null;
  const annual = frequency === 'monthly' ? bigintToMinor(BigInt(newBaseMinor) * MONTHS) : newBaseMinor;
  try {
    return { band, compaRatio: compaRatio(annual, band, { currency, fx }).decimal };
  } catch (error) {
    if (isCompensationError(error)) return null;
    throw error;
  }
}

/** The outcome of a stored row (pure). */
export function presentOutcome(row: OutcomeRow): ParticipantOutcome {
  const { participant, cycle, proposal } = row;
  const oldBaseMinor = participant.baseMinor!;
  const currency = participant.payCurrency!;
  const newBaseMinor = resultingBaseOf(oldBaseMinor, proposal);
  const promotion =
    proposal.promotionLevelId && row.promotionBand && row.promotionLevelName !== null
      ? {
          levelId: proposal.promotionLevelId,
          levelName: row.promotionLevelName,
          levelCode: row.promotionLevelCode ?? '',
          band: row.promotionBand,
        }
      : null;
  const snapshotBand: OutcomeBand | null =
    participant.bandCurrency && participant.bandMinMinor !== null && participant.bandMaxMinor !== null
      ? {
          currency: participant.bandCurrency,
          minMinor: participant.bandMinMinor,
          targetMinor: participant.bandTargetMinor,
          maxMinor: participant.bandMaxMinor,
        }
      : null;
  return {
    participantId: participant.id,
    personId: participant.personId,
    employeeId: row.employeeId,
    givenName: row.givenName,
    familyName: row.familyName,
    departmentName: row.departmentName,
    cycleId: cycle.id,
    cycleName: cycle.name,
    cycleState: cycle.state,
    effectiveDate: cycle.effectiveDate,
    visibilityDate: cycle.visibilityDate,
    currency,
    payFrequency: participant.payFrequency,
    oldBaseMinor,
    newBaseMinor,
    changeMinor: newBaseMinor - oldBaseMinor,
    increasePercent: toDecimalString(increasePercentExact(oldBaseMinor, newBaseMinor), 2),
    meritPercent: proposal.meritPct === null ? null : toDecimalString(parseDecimal(proposal.meritPct), 2),
    marketMinor: proposal.marketMinor ?? 0,
    bonusMinor: proposal.bonusMinor ?? 0,
    promotion,
    baseChanged: newBaseMinor !== oldBaseMinor,
    placementAfter: placementAfter(
      newBaseMinor,
      participant.payFrequency,
      currency,
      promotion?.band ?? snapshotBand,
      cycle.fxTable,
    ),
  };
}

/**
 * A page of a cycle's outcomes (participants with an approved proposal), by family name, given
 * name; `participantIds` narrows it (letters for a selection). Pass `organizationId` whenever the
 * cycle id came from a request. `limit` is capped at 10,000.
 */
export async function outcomesOfCycle(
  db: Db,
  options: {
    cycleId: string;
    organizationId?: string;
    participantIds?: readonly string[];
    limit: number;
    cursor?: string | null;
  },
): Promise<{ items: ParticipantOutcome[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await findOutcomesOfCycle(db, options);
  return { items: rows.map(presentOutcome), nextCursor };
}

/** One participant's outcome, or null without an approved proposal. */
export async function outcomeOf(
  db: Db,
  options: { organizationId: string; participantId: string },
): Promise<ParticipantOutcome | null> {
  const row = await findOutcome(db, options);
  return row ? presentOutcome(row) : null;
}

/**
 * Whether the employee may see this outcome on `today` (their organisation's date, from
 * `platform/clock.ts`): the cycle is released (or archived after release) and its visibility date
 * has come. Managers and HR are not held to it.
 */
export const outcomeVisibleToEmployee = (
  outcome: Pick<ParticipantOutcome, 'cycleState' | 'visibilityDate'>,
  today: string,
) =>
  (outcome.cycleState === 'released' || outcome.cycleState === 'archived') && outcome.visibilityDate <= today;
