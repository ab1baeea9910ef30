import { compensationCodes } from './codes';
import { CompensationError, type CompensationIssue, issueOf } from './errors';
import { assertMinor, minorToDecimal } from './money';

/** One manager's own pool (for their direct reports) and what their submitted proposals spend of it. */
export interface BudgetNode {
  managerId: string;
  /** The manager above in the budget tree; null (or absent) for a top of the tree. */
  parentManagerId?: string | null;
  ownBudgetMinor: number;
  ownSpendMinor: number;
}

export interface BudgetFigures {
  budget: number;
  spend: number;
  remaining: number;
}

/** `own`: the manager's direct pool; `subtree`: their pool plus every manager's below them. */
export interface ManagerBudget {
  own: BudgetFigures;
  subtree: BudgetFigures;
}

function safeSum(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum))
    throw new CompensationError(compensationCodes.amountUnsafe, { field: 'budget' });
  return sum;
}

const figures = (budget: number, spend: number): BudgetFigures => ({
  budget,
  spend,
  remaining: safeSum(budget, -spend),
});

/**
 * Own and subtree figures for every manager of the tree, in one bottom-up pass (children before
 * parents, by counting each manager's open children): O(n), no recursion, so a 10,000-deep chain is
 * as fine as a flat team. Refuses a repeated manager, a parent not in the list, and a cycle.
 */
export function rollUpBudgets(nodes: readonly BudgetNode[]): Map<string, ManagerBudget> {
  const index = new Map<string, number>();
  for (const [position, node] of nodes.entries()) {
    if (index.has(node.managerId)) {
      throw new CompensationError(compensationCodes.budgetManagerDuplicate, { managerId: node.managerId });
    }
    index.set(node.managerId, position);
  }
  const parent = new Int32Array(nodes.length).fill(-1);
  const openChildren = new Int32Array(nodes.length);
  const budget = new Array<number>(nodes.length);
  const spend = new Array<number>(nodes.length);
  for (const [position, node] of nodes.entries()) {
    budget[position] = assertMinor(node.ownBudgetMinor, 'budget');
    spend[position] = assertMinor(node.ownSpendMinor, 'spend');
    if (node.parentManagerId == null) continue;
    const above = index.get(node.parentManagerId);
    if (above === undefined) {
      const params = { managerId: node.managerId, parentManagerId: node.parentManagerId };
      throw new CompensationError(compensationCodes.budgetParentUnknown, params);
    }
    parent[position] = above;
    openChildren[above] = (openChildren[above] ?? 0) + 1;
  }

  const ready: number[] = [];
  for (let position = 0; position < nodes.length; position++)
    if (openChildren[position] === 0) ready.push(position);
  let done = 0;
  while (ready.length > 0) {
    const position = ready.pop() as number;
    done++;
    const above = parent[position] as number;
    if (above < 0) continue;
    budget[above] = safeSum(budget[above] as number, budget[position] as number);
    spend[above] = safeSum(spend[above] as number, spend[position] as number);
    openChildren[above] = (openChildren[above] as number) - 1;
    if (openChildren[above] === 0) ready.push(above);
  }
  if (done < nodes.length) {
    const stuck = nodes.find((_, position) => (openChildren[position] as number) > 0);
    throw new CompensationError(compensationCodes.budgetTreeCycle, { managerId: stuck?.managerId ?? '' });
  }

  const result = new Map<string, ManagerBudget>();
  for (const [position, node] of nodes.entries()) {
    result.set(node.managerId, {
      own: figures(node.ownBudgetMinor, node.ownSpendMinor),
      subtree: figures(budget[position] as number, spend[position] as number),
    });
  }
  return result;
}

/** The organisation's setting for spending past the budget. */
export type OverBudgetPolicy = 'warn' | 'block';
export type OverBudgetOutcome = 'ok' | 'warn' | 'block';

/** What a proposal that would leave `remainingAfterMinor` meets: ok at zero or above, else the policy. */
export function overBudgetOutcome(policy: OverBudgetPolicy, remainingAfterMinor: number): OverBudgetOutcome {
  return assertMinor(remainingAfterMinor, 'remaining') >= 0 ? 'ok' : policy;
}

/** The outcome as an issue: a warning to show, or an error that refuses the proposal. */
export function overBudgetIssues(
  policy: OverBudgetPolicy,
  remainingAfterMinor: number,
  currency: string,
): CompensationIssue[] {
  const outcome = overBudgetOutcome(policy, remainingAfterMinor);
  if (outcome === 'ok') return [];
  const params = { over: minorToDecimal(-remainingAfterMinor, currency), currency };
  return outcome === 'warn'
    ? [issueOf(compensationCodes.overBudget, 'warning', params)]
    : [issueOf(compensationCodes.overBudgetBlocked, 'error', params)];
}
