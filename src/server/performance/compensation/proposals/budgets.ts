import {
  type BudgetPool,
  bottomUpBudgetsByManager,
  budgetPools,
  type FxTable,
  isCompensationError,
  type ManagerBudget,
  type Money,
  rollUpBudgets,
  sumExact,
  sumInCurrency,
} from '../../../../contracts/compensation';
import type { BudgetConfig } from '../../../../contracts/compensation/cycles';
import type { ProposalState } from '../../../../contracts/compensation/proposalStates';
import {
  add,
  compare,
  div,
  fromInteger,
  mul,
  type Rational,
  roundToInteger,
  sub,
  ZERO,
} from '../../../../contracts/compensation/rational';
import { AppError } from '../../../platform/errors/appError';
import { type PoolSpend, spendOf } from './evaluate';

/** One participant as the budgets see them: eligibility, base, manager at launch, proposal figures. */
export interface BudgetPerson {
  participantId: string;
  personId: string;
  managerId: string | null;
  eligible: boolean;
  baseMinor: number | null;
  currency: string | null;
  state: ProposalState | null;
  meritNewBaseMinor: number | null;
  promotionNewBaseMinor: number | null;
  marketMinor: number | null;
  bonusMinor: number | null;
}

export interface PoolTree {
  pool: BudgetPool;
  /** Budget and submitted spend, own and subtree, per manager. */
  figures: Map<string, ManagerBudget>;
  /** Draft spend (live, not yet submitted), own and subtree, per manager. */
  draft: Map<string, { own: number; subtree: number }>;
}

export interface BudgetTree {
  /** Each manager's manager at launch (null at a top). */
  parents: Map<string, string | null>;
  pools: PoolTree[];
}

/**
 * A top-down amount shared among the managers by the eligible base of their direct reports (in the
 * planning currency, exactly), largest remainder first, so the shares add up to the amount to the
 * minor unit. Ties go to the manager id first in sort order, so the split is reproducible.
 */
export function allocateTopDown(amountMinor: number, bases: Map<string, Rational>): Map<string, number> {
  const total = [...bases.values()].reduce(add, ZERO);
  const shares = new Map<string, number>();
  if (compare(total, ZERO) <= 0) {
    for (const id of bases.keys()) shares.set(id, 0);
    return shares;
  }
  const exact = [...bases.entries()].map(([id, base]) => {
    const share = div(mul(fromInteger(amountMinor), base), total);
    const floor = roundToInteger(share, 'floor');
    return { id, floor, rest: sub(share, fromInteger(Number(floor))) };
  });
  let left = BigInt(amountMinor) - exact.reduce((sum, item) => sum + item.floor, 0n);
  const order = [...exact].sort(
    (a, b) => compare(b.rest, a.rest) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const item of order) {
    const extra = left > 0n ? 1n : 0n;
    left -= extra;
    shares.set(item.id, Number(item.floor + extra));
  }
  return shares;
}

/**
 * Every pool's budget tree of a cycle from its launch snapshot: each manager's own budget over their
 * direct reports (bottom-up: Σ eligible base × %, converted at the frozen rates; top-down: the
 * cycle's amount shared by eligible base), own spend from their direct reports' submitted (and,
 * apart, draft) proposals converted the same way, rolled up the snapshot's manager tree.
 */
export function budgetTree(
  people: readonly BudgetPerson[],
  config: BudgetConfig,
  planningCurrency: string,
  fx: FxTable,
): BudgetTree {
  const byPerson = new Map(people.map((person) => [person.personId, person]));
  const managers = new Set<string>();
  for (const person of people) if (person.managerId) managers.add(person.managerId);
  const parents = new Map<string, string | null>();
  for (const id of managers) {
    const above = byPerson.get(id)?.managerId ?? null;
    parents.set(id, above && managers.has(above) ? above : null);
  }
  const withPay = people.filter(
    (person): person is BudgetPerson & { managerId: string; baseMinor: number; currency: string } =>
      person.managerId !== null && person.baseMinor !== null && person.currency !== null,
  );
  const submitted = new Map<string, Map<BudgetPool, Money[]>>();
  const drafts = new Map<string, Map<BudgetPool, Money[]>>();
  for (const person of withPay) {
    if (!person.state) continue;
    // Submitted, sent back (to be changed, still meant) and approved proposals spend the budget.
    const target = person.state === 'draft' ? drafts : submitted;
    const pools = target.get(person.managerId) ?? new Map<BudgetPool, Money[]>();
    target.set(person.managerId, pools);
    const spend: PoolSpend = spendOf(person.baseMinor, person);
    for (const pool of budgetPools) {
      if (spend[pool] === 0) continue;
      const list = pools.get(pool) ?? [];
      pools.set(pool, list);
      list.push({ minor: spend[pool], currency: person.currency });
    }
  }
  const spendIn = (source: typeof submitted, manager: string, pool: BudgetPool) =>
    sumInCurrency(source.get(manager)?.get(pool) ?? [], planningCurrency, fx);

  const pools: PoolTree[] = [];
  for (const pool of budgetPools) {
    const rule = config[pool];
    if (!rule) continue;
    const budgets =
      rule.kind === 'bottom_up'
        ? bottomUpBudgetsByManager(
            withPay.map((person) => ({ ...person, eligible: person.eligible })),
            rule.percent,
            planningCurrency,
            fx,
          )
        : allocateTopDown(rule.amountMinor, eligibleBases(withPay, managers, planningCurrency, fx));
    const ids = [...managers];
    const figures = rollUpBudgets(
      ids.map((managerId) => ({
        managerId,
        parentManagerId: parents.get(managerId) ?? null,
        ownBudgetMinor: budgets.get(managerId) ?? 0,
        ownSpendMinor: spendIn(submitted, managerId, pool),
      })),
    );
    const draftRolled = rollUpBudgets(
      ids.map((managerId) => ({
        managerId,
        parentManagerId: parents.get(managerId) ?? null,
        ownBudgetMinor: 0,
        ownSpendMinor: spendIn(drafts, managerId, pool),
      })),
    );
    const draft = new Map(
      [...draftRolled].map(([id, rolled]) => [id, { own: rolled.own.spend, subtree: rolled.subtree.spend }]),
    );
    pools.push({ pool, figures, draft });
  }
  return { parents, pools };
}

function eligibleBases(
  people: readonly (BudgetPerson & { managerId: string; baseMinor: number; currency: string })[],
  managers: Set<string>,
  planningCurrency: string,
  fx: FxTable,
) {
  const amounts = new Map<string, Money[]>([...managers].map((id) => [id, []]));
  for (const person of people)
    if (person.eligible)
      amounts.get(person.managerId)?.push({ minor: person.baseMinor, currency: person.currency });
  return new Map([...amounts].map(([id, list]) => [id, sumExact(list, planningCurrency, fx)]));
}

/** The managers from `personId` up to the top of the snapshot tree. */
export function chainUp(parents: Map<string, string | null>, managerId: string | null): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let current = managerId;
  while (current && parents.has(current) && !seen.has(current)) {
    chain.push(current);
    seen.add(current);
    current = parents.get(current) ?? null;
  }
  return chain;
}

/**
 * `budgetTree` for a route: totals the core cannot hold exactly (beyond the safe integer range) or
 * a currency the frozen rates miss answer 409 with the core's code, never a 500.
 */
export function budgetTreeOrRefuse(...args: Parameters<typeof budgetTree>): BudgetTree {
  try {
    return budgetTree(...args);
  } catch (error) {
    if (!isCompensationError(error)) throw error;
    throw new AppError('invalid_state', { code: error.code, params: error.params });
  }
}
