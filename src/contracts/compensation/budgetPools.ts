import { convertExact, type FxTable } from './fx';
import { assertMinor, bigintToMinor } from './money';
import { add, div, HUNDRED, mul, type Rational, roundToInteger, toRational, ZERO } from './rational';

/** The separate pots of a cycle: merit increases, promotions, market adjustments, one-off bonuses. */
export const budgetPools = ['merit', 'promotion', 'market', 'bonus'] as const;
export type BudgetPool = (typeof budgetPools)[number];

/** How a pool's budget is set: a percentage of eligible base (bottom-up) or an amount (top-down). */
export type PoolRule = { kind: 'bottom_up'; percent: string } | { kind: 'top_down'; amountMinor: number };

export interface Money {
  minor: number;
  currency: string;
}

export interface EligibleBase {
  baseMinor: number;
  currency: string;
  eligible: boolean;
}

/**
 * The exact total of amounts in several currencies, in `currency` minor units. Amounts are added
 * per currency as integers first, so each currency is converted once, in O(n).
 */
export function sumExact(amounts: Iterable<Money>, currency: string, fx?: FxTable): Rational {
  const perCurrency = new Map<string, bigint>();
  for (const amount of amounts) {
    const minor = BigInt(assertMinor(amount.minor));
    perCurrency.set(amount.currency, (perCurrency.get(amount.currency) ?? 0n) + minor);
  }
  let total = ZERO;
  for (const [from, minor] of perCurrency) {
    // convertExact takes a safe integer; a per-currency total beyond it is refused there.
    total = add(total, convertExact(bigintToMinor(minor), from, currency, fx));
  }
  return total;
}

/**
 * Amounts in several currencies as one total in `currency` (e.g. a manager's spend in the planning
 * currency): converted exactly, rounded once, half to even (see fx.ts for why).
 */
export const sumInCurrency = (amounts: Iterable<Money>, currency: string, fx?: FxTable): number =>
  bigintToMinor(roundToInteger(sumExact(amounts, currency, fx), 'half_even'));

function eligibleAmounts(people: Iterable<EligibleBase>): Money[] {
  const amounts: Money[] = [];
  for (const person of people)
    if (person.eligible) amounts.push({ minor: person.baseMinor, currency: person.currency });
  return amounts;
}

const ofPercent = (total: Rational, percent: string) =>
  mul(total, div(toRational(percent, 'percent'), HUNDRED));

/** Σ eligible base (converted to the planning currency) × pool %, rounded once, half to even. */
export function bottomUpBudget(
  people: Iterable<EligibleBase>,
  percent: string,
  planningCurrency: string,
  fx?: FxTable,
): number {
  const total = sumExact(eligibleAmounts(people), planningCurrency, fx);
  return bigintToMinor(roundToInteger(ofPercent(total, percent), 'half_even'));
}

/** A pool's budget for a group of people, by its rule (a top-down amount is taken as given). */
export function poolBudget(
  rule: PoolRule,
  people: Iterable<EligibleBase>,
  planningCurrency: string,
  fx?: FxTable,
): number {
  if (rule.kind === 'top_down') return assertMinor(rule.amountMinor, 'amount');
  return bottomUpBudget(people, rule.percent, planningCurrency, fx);
}

/** Bottom-up budgets of every manager for their direct reports, in one pass over the people. */
export function bottomUpBudgetsByManager(
  people: Iterable<EligibleBase & { managerId: string }>,
  percent: string,
  planningCurrency: string,
  fx?: FxTable,
): Map<string, number> {
  const byManager = new Map<string, Money[]>();
  for (const person of people) {
    const list = byManager.get(person.managerId) ?? [];
    if (list.length === 0) byManager.set(person.managerId, list);
    if (person.eligible) list.push({ minor: person.baseMinor, currency: person.currency });
  }
  const budgets = new Map<string, number>();
  for (const [managerId, amounts] of byManager) {
    const budget = ofPercent(sumExact(amounts, planningCurrency, fx), percent);
    budgets.set(managerId, bigintToMinor(roundToInteger(budget, 'half_even')));
  }
  return budgets;
}
