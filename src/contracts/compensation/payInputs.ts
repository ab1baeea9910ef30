import { type Issue, issue } from '../issues';
import { isCompensationError } from './errors';
import { isCurrency, parseMoney } from './money';
import { compare, mul, parseDecimalOrNull, rational } from './rational';

/**
 * Pay figures as people type them (the pay form, a CSV cell, an API request: decimals in major
 * units, "0.8", "12.5") turned into the exact integers stored — minor units, FTE per mille, basis
 * points — or the issue that names what is wrong. One parser for the form, the API and the import,
 * so each says the same thing about the same input.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; issue: Issue };

const refused = (found: Issue): Parsed<never> => ({ ok: false, issue: found });
const accepted = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** Whether an ISO 4217 code pay can be held in, as an issue for the `currency` field. */
export function checkCurrency(code: string): Parsed<string> {
  return isCurrency(code)
    ? accepted(code)
    : refused({ code: 'compensationCurrencyUnknown', params: { currency: code } });
}

/**
 * An amount above zero in the currency's minor units: "85000.50" EUR → 8500050. Too many decimals
 * for the currency is refused with the places it allows, never rounded.
 */
export function parseAmount(text: string, currency: string): Parsed<number> {
  if (text.trim() === '') return refused(issue('amountRequired'));
  if (!isCurrency(currency)) return checkCurrency(currency) as Parsed<never>;
  try {
    const minor = parseMoney(text, currency);
    return minor > 0 ? accepted(minor) : refused(issue('amountAboveZero'));
  } catch (error) {
    if (isCompensationError(error)) return refused({ code: error.code, params: error.params });
    throw error;
  }
}

const THOUSAND = rational(1000n);

/** A share of full time, "1", "0.8", "0.625", as thousandths (800); more than 3 decimals is refused. */
export function parseFte(text: string): Parsed<number> {
  const value = parseDecimalOrNull(text.trim());
  if (!value) return refused(issue('fteInvalid'));
  const permille = mul(value, THOUSAND);
  if (permille.d !== 1n || compare(permille, rational(1n)) < 0 || compare(permille, THOUSAND) > 0) {
    return refused(issue('fteInvalid'));
  }
  return accepted(Number(permille.n));
}

/** Largest variable pay target: ten times the base (1000 %). */
export const MAX_VARIABLE_TARGET_BPS = 100_000;

/** A percent of base, "10", "12.5", "7.25", as basis points (1250); more than 2 decimals is refused. */
export function parsePercentBps(text: string): Parsed<number> {
  const value = parseDecimalOrNull(text.trim());
  if (!value) return refused(issue('variablePercentInvalid'));
  const bps = mul(value, rational(100n));
  if (bps.d !== 1n || bps.n < 0n || bps.n > BigInt(MAX_VARIABLE_TARGET_BPS)) {
    return refused(issue('variablePercentInvalid'));
  }
  return accepted(Number(bps.n));
}

/** Thousandths of full time as people write it: 800 → "0.8", 1000 → "1". */
export const fteText = (permille: number) => String(permille / 1000);

/** Basis points as a percent people write: 1250 → "12.5". */
export const percentText = (bps: number) => String(bps / 100);
