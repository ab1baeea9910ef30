import { isCompensationError } from '../../../../contracts/compensation/errors';
import { minorToDecimal, parseMoney } from '../../../../contracts/compensation/money';
import { applyPercent, increasePercentExact } from '../../../../contracts/compensation/percent';
import {
  compare,
  parseDecimalOrNull,
  toDecimalString,
  toRational,
} from '../../../../contracts/compensation/rational';
import type { Proposal, SaveProposalBody } from './api';

/**
 * What a planner has typed in a row, as text, before it is saved. Merit is typed either as a
 * percent or as the new base; `meritFrom` says which, and the other one is only shown (derived).
 */
export interface RowDraft {
  meritFrom: 'percent' | 'amount';
  percent: string;
  newBase: string;
  bonus: string;
  justification: string;
}

/** Drops the zeros the server pads a percent with: "3.5000" → "3.5", "4.0000" → "4". */
export const trimPercent = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

/** The row's fields as the server last saved them. */
export function draftOf(row: Proposal): RowDraft {
  const currency = row.currency;
  return {
    meritFrom: row.merit?.input ?? 'percent',
    percent: row.merit ? trimPercent(row.merit.percent) : '',
    newBase: row.merit && currency ? minorToDecimal(row.merit.newBaseMinor, currency) : '',
    bonus: row.bonusMinor !== null && currency ? minorToDecimal(row.bonusMinor, currency) : '',
    justification: row.justification ?? '',
  };
}

const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;

/** The other merit figure as the server will derive it (the same exact core): shown until saved. */
export function derivedMerit(draft: RowDraft, baseMinor: number | null, currency: string | null) {
  if (baseMinor === null || currency === null || baseMinor <= 0) return null;
  try {
    if (draft.meritFrom === 'percent') {
      const text = draft.percent.trim();
      if (!PERCENT.test(text)) return null;
      const newBaseMinor = applyPercent(baseMinor, text);
      return { percent: text, newBaseMinor };
    }
    if (draft.newBase.trim() === '') return null;
    const newBaseMinor = parseMoney(draft.newBase, currency);
    if (newBaseMinor < baseMinor) return null;
    return {
      percent: trimPercent(toDecimalString(increasePercentExact(baseMinor, newBaseMinor), 4)),
      newBaseMinor,
    };
  } catch (error) {
    if (isCompensationError(error)) return null;
    throw error;
  }
}

export type DraftProblem = 'percent' | 'newBase' | 'bonus';

/**
 * The save body for a row, keeping what the grid does not edit inline (market adjustment and
 * promotion) as saved; or which field cannot be sent as typed. An empty merit saves "no merit".
 */
export function saveBodyOf(
  draft: RowDraft,
  row: Proposal,
): { body: SaveProposalBody; problem?: undefined } | { problem: DraftProblem; body?: undefined } {
  const currency = row.currency ?? '';
  let merit: SaveProposalBody['merit'] = null;
  if (draft.meritFrom === 'percent' && draft.percent.trim() !== '') {
    if (!PERCENT.test(draft.percent.trim())) return { problem: 'percent' };
    merit = { percent: draft.percent.trim() };
  }
  if (draft.meritFrom === 'amount' && draft.newBase.trim() !== '') {
    const minor = moneyOrNull(draft.newBase, currency);
    if (minor === null || minor < 1) return { problem: 'newBase' };
    merit = { newBaseMinor: minor };
  }
  let bonusMinor: number | null = null;
  if (draft.bonus.trim() !== '') {
    bonusMinor = moneyOrNull(draft.bonus, currency);
    if (bonusMinor === null || bonusMinor < 0) return { problem: 'bonus' };
  }
  const justification = draft.justification.trim();
  return {
    body: {
      version: row.version,
      merit,
      bonusMinor,
      marketMinor: row.marketMinor,
      promotion: row.promotion,
      justification: justification === '' ? null : justification,
    },
  };
}

function moneyOrNull(text: string, currency: string) {
  try {
    return parseMoney(text, currency);
  } catch (error) {
    if (isCompensationError(error)) return null;
    throw error;
  }
}

/** The merit a draft says, as a comparable key: typed percent, typed amount, or none. */
function meritKey(draft: RowDraft, currency: string) {
  if (draft.meritFrom === 'percent') {
    const text = draft.percent.trim();
    return text === '' ? 'none' : `p:${trimPercent(text)}`;
  }
  const text = draft.newBase.trim();
  return text === '' ? 'none' : `a:${moneyOrNull(text, currency) ?? text}`;
}

/** Whether the typed row differs from what the server holds (what an autosave would send). */
export function isDirty(draft: RowDraft, row: Proposal) {
  const saved = !row.merit
    ? 'none'
    : row.merit.input === 'percent'
      ? `p:${trimPercent(row.merit.percent)}`
      : `a:${row.merit.newBaseMinor}`;
  const before = draftOf(row);
  return (
    meritKey(draft, row.currency ?? '') !== saved ||
    draft.bonus.trim() !== before.bonus ||
    draft.justification.trim() !== before.justification.trim()
  );
}

/** Where a percent falls against the row's prorated guideline; null without one or a number. */
export function guidelinePlace(
  percent: string | null,
  guideline: Proposal['guideline'],
): 'below' | 'within' | 'above' | null {
  if (!guideline || percent === null) return null;
  const value = parseDecimalOrNull(percent);
  if (!value) return null;
  if (compare(value, toRational(guideline.minPct)) < 0) return 'below';
  if (compare(value, toRational(guideline.maxPct)) > 0) return 'above';
  return 'within';
}
