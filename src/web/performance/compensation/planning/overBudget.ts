import type { BudgetPool } from '../../../../contracts/compensation/budgetPools';

/** An over-budget finding of a submission, as the server names it (issue `compProposalOverBudget`). */
export interface OverBudget {
  pool: BudgetPool;
  managerId: string;
  scope: 'own' | 'subtree';
  remainingMinor: number;
  currency: string;
}

const pools = new Set(['merit', 'promotion', 'market', 'bonus']);

/** The finding in an issue's params, or null when they are not one (an older or other issue). */
export function overBudgetOf(params: Record<string, unknown> | undefined): OverBudget | null {
  if (!params) return null;
  const { pool, managerId, scope, remainingMinor, currency } = params;
  if (typeof pool !== 'string' || !pools.has(pool)) return null;
  if (typeof managerId !== 'string' || (scope !== 'own' && scope !== 'subtree')) return null;
  if (typeof remainingMinor !== 'number' || typeof currency !== 'string') return null;
  return { pool: pool as BudgetPool, managerId, scope, remainingMinor, currency };
}
