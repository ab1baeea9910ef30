/**
 * The exact core of compensation planning: pure functions on integer minor units and exact
 * decimals, shared by the server (cycle launch, checks, budgets) and the web app (the live planning
 * grid), so the numbers a manager sees are the numbers the server accepts. No I/O, no Node APIs.
 */
export * from './bandPosition';
export * from './budgetPools';
export * from './budgetRollup';
export * from './codes';
export * from './errors';
export * from './fx';
export { dayNumber, dayNumberOrNull, isIsoDate, isoDateOf } from './isoDate';
export * from './meritMatrix';
export * from './money';
export * from './percent';
export * from './promotion';
export * from './proration';
export {
  compare,
  parseDecimal,
  parseDecimalOrNull,
  type Rational,
  type RoundingMode,
  roundToInteger,
  toDecimalString,
  toDisplayNumber,
  toRational,
} from './rational';
