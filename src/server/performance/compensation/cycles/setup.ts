import {
  type CompensationIssue,
  type FxTable,
  isCurrency,
  parseDecimalOrNull,
  validateFxTable,
  validateMatrix,
} from '../../../../contracts/compensation';
import { compensationCodes } from '../../../../contracts/compensation/codes';
import type { BudgetConfig, EligibilityRules, SetupIssue } from '../../../../contracts/compensation/cycles';
import type { MeritMatrix } from '../../../../contracts/compensation/meritMatrix';
import { issue } from '../../../../contracts/issues';
import type { Db } from '../../../platform/db/client';
import { validationFailed } from '../../../platform/errors/appError';
import { sourceCurrencies } from './launchSource';
import { reviewCycleScale } from './queries';

/** The set-up of a cycle as saved (a draft's columns). */
export interface CycleSetup {
  periodStart: string;
  periodEnd: string;
  effectiveDate: string;
  visibilityDate: string;
  planningCurrency: string;
  fxTable: FxTable;
  eligibilityRules: EligibilityRules;
  reviewCycleId: string | null;
  meritMatrix: MeritMatrix | null;
  budget: BudgetConfig;
}

const error = (field: string, found: { code: string; params?: CompensationIssue['params'] }): SetupIssue => ({
  field,
  code: found.code,
  level: 'error',
  ...(found.params ? { params: found.params } : {}),
});

/**
 * The dates' order (see contracts/compensation/cycles.ts): periodStart ≤ periodEnd ≤ effectiveDate,
 * periodEnd ≤ visibilityDate, eligibility cut-off ≤ periodEnd. Each issue names the later field.
 */
function dateIssues(setup: CycleSetup): SetupIssue[] {
  const notBefore = (field: string, value: string, earliest: string) =>
    value < earliest ? [error(field, issue('dateNotBefore', { date: earliest }))] : [];
  const cutOff = setup.eligibilityRules.hiredOnOrBefore;
  return [
    ...notBefore('periodEnd', setup.periodEnd, setup.periodStart),
    ...notBefore('effectiveDate', setup.effectiveDate, setup.periodEnd),
    ...notBefore('visibilityDate', setup.visibilityDate, setup.periodEnd),
    ...(cutOff && cutOff > setup.periodEnd
      ? [error('eligibilityRules.hiredOnOrBefore', issue('dateNotAfter', { date: setup.periodEnd }))]
      : []),
  ];
}

function budgetIssues(budget: BudgetConfig): SetupIssue[] {
  const issues: SetupIssue[] = [];
  for (const [pool, rule] of Object.entries(budget)) {
    if (rule?.kind !== 'bottom_up') continue;
    const percent = parseDecimalOrNull(rule.percent);
    if (!percent || percent.n < 0n)
      issues.push(error(`budget.${pool}.percent`, { code: compensationCodes.decimalInvalid }));
  }
  return issues;
}

/**
 * What is wrong with a set-up on its own, without reading anything: the dates' order, the FX table
 * (currencies, positive rates), the planning currency, the budget's percentages and the matrix's
 * shape (thresholds ascending, one cell per column, min ≤ target ≤ max). A draft is saved only
 * without these; the rating scale and the people's currencies are checked before launch.
 */
export function shapeIssues(setup: CycleSetup): SetupIssue[] {
  const issues = [...dateIssues(setup)];
  if (!isCurrency(setup.planningCurrency))
    issues.push(
      error('planningCurrency', {
        code: compensationCodes.currencyUnknown,
        params: { currency: setup.planningCurrency },
      }),
    );
  for (const found of validateFxTable(setup.fxTable)) issues.push(error('fxTable', found));
  issues.push(...budgetIssues(setup.budget));
  if (setup.meritMatrix) {
    const ownRatings = setup.meritMatrix.rows.map((row) => row.rating);
    for (const found of validateMatrix(setup.meritMatrix, ownRatings))
      issues.push(error('meritMatrix', found));
  }
  return issues;
}

/** Refuses a save with the first issue of each field (`validation_failed`, naming the field). */
export function refuseShapeIssues(setup: CycleSetup) {
  const issues = shapeIssues(setup);
  if (issues.length === 0) return;
  const fieldIssues: Record<string, { code: string; params?: SetupIssue['params'] }> = {};
  for (const found of issues)
    fieldIssues[found.field] ??= { code: found.code, ...(found.params ? { params: found.params } : {}) };
  throw validationFailed(fieldIssues);
}

const coversCurrency = (table: FxTable, currency: string) =>
  currency === table.base || Object.hasOwn(table.rates, currency);

/**
 * The launch check: the set-up's own issues; the review cycle is the organisation's and the merit
 * matrix has exactly one row per rating of its scale; the FX table converts the planning currency
 * and every currency of the people's current pay and bands (as of `asOf`). Warnings do not stop a
 * launch: a matrix without a review cycle to rate people.
 */
export async function checkSetup(
  db: Db,
  scope: { organizationId: string; asOf: string },
  setup: CycleSetup,
  /** The launch has read everyone already: their currencies, without reading them again. */
  known?: { people: number; currencies: string[] },
) {
  const issues = shapeIssues(setup);
  if (setup.reviewCycleId) {
    const scale = await reviewCycleScale(db, scope.organizationId, setup.reviewCycleId);
    if (!scale) issues.push(error('reviewCycleId', issue('reviewCycleForeign')));
    else if (setup.meritMatrix) {
      for (const found of validateMatrix(setup.meritMatrix, scale)) {
        const already = issues.some((known) => known.field === 'meritMatrix' && known.code === found.code);
        if (!already) issues.push(error('meritMatrix', found));
      }
    }
  } else if (setup.meritMatrix) {
    issues.push({ field: 'reviewCycleId', code: 'compCycleNoRatings', level: 'warning' });
  }
  const { people, currencies } =
    known ??
    (await sourceCurrencies(db, {
      organizationId: scope.organizationId,
      asOf: scope.asOf,
      periodStart: setup.periodStart,
      reviewCycleId: null,
    }));
  for (const currency of [setup.planningCurrency, ...currencies]) {
    if (isCurrency(setup.fxTable.base) && !coversCurrency(setup.fxTable, currency)) {
      issues.push(
        error('fxTable', {
          code: compensationCodes.fxRateMissing,
          params: { currency, base: setup.fxTable.base, asOf: setup.fxTable.asOf },
        }),
      );
    }
  }
  const unique = issues.filter(
    (found, index) => issues.findIndex((other) => JSON.stringify(other) === JSON.stringify(found)) === index,
  );
  return {
    ready: !unique.some((found) => found.level === 'error'),
    issues: unique,
    currencies,
    people,
  };
}
