import { isCompensationError } from '../../../../contracts/compensation/errors';
import { minorToDecimal, parseMoney } from '../../../../contracts/compensation/money';
import type { Proposal } from '../planning/api';
import { trimPercent } from '../planning/rowDraft';
import type { AdjustBody } from './api';

/**
 * The adjust dialog's values, named like the request's fields so the server's field errors
 * (`merit.percent`, `merit.newBaseMinor`, `bonusMinor`, `marketMinor`, `justification`, `note`)
 * land under their inputs. Amounts are typed as text in the pay currency.
 */
export interface AdjustValues {
  meritFrom: 'percent' | 'amount';
  merit: { percent: string; newBaseMinor: string };
  bonusMinor: string;
  marketMinor: string;
  justification: string;
  note: string;
}

export function adjustValuesOf(row: Proposal | null): AdjustValues {
  const currency = row?.currency ?? null;
  const amount = (minor: number | null | undefined) =>
    minor !== null && minor !== undefined && currency ? minorToDecimal(minor, currency) : '';
  return {
    meritFrom: row?.merit?.input ?? 'percent',
    merit: {
      percent: row?.merit ? trimPercent(row.merit.percent) : '',
      newBaseMinor: amount(row?.merit?.newBaseMinor),
    },
    bonusMinor: amount(row?.bonusMinor),
    marketMinor: amount(row?.marketMinor),
    justification: row?.justification ?? '',
    note: '',
  };
}

/** Typed money in minor units; undefined when blank, NaN when it cannot be read. */
export function amountOf(text: string, currency: string): number | undefined {
  if (text.trim() === '') return undefined;
  try {
    return parseMoney(text, currency);
  } catch (error) {
    if (isCompensationError(error)) return Number.NaN;
    throw error;
  }
}

/**
 * The request body for the values: merit by whichever figure the approver typed (blank: no merit),
 * the promotion kept as proposed. An amount that cannot be read is sent as -1 so the contract
 * refuses it (the dialog's own message replaces the contract's).
 */
export function adjustBodyOf(values: AdjustValues, row: Proposal | null): AdjustBody {
  const currency = row?.currency ?? '';
  const money = (text: string) => {
    const minor = amountOf(text, currency);
    return minor === undefined ? null : Number.isNaN(minor) ? -1 : minor;
  };
  const percent = values.merit.percent.trim();
  const newBase = money(values.merit.newBaseMinor);
  const merit =
    values.meritFrom === 'percent'
      ? percent === ''
        ? null
        : { percent }
      : newBase === null
        ? null
        : { newBaseMinor: newBase };
  const justification = values.justification.trim();
  return {
    version: row?.version ?? 0,
    merit,
    bonusMinor: money(values.bonusMinor),
    marketMinor: money(values.marketMinor),
    promotion: row?.promotion ?? null,
    justification: justification === '' ? null : justification,
    note: values.note,
  };
}

/** Which typed amounts cannot be read (field name → true), for the dialog's own messages. */
export function unreadableAmounts(values: AdjustValues, currency: string) {
  const fields = {
    'merit.newBaseMinor': values.meritFrom === 'amount' ? values.merit.newBaseMinor : '',
    bonusMinor: values.bonusMinor,
    marketMinor: values.marketMinor,
  };
  return Object.entries(fields)
    .filter(([, text]) => Number.isNaN(amountOf(text, currency) ?? 0))
    .map(([field]) => field);
}
