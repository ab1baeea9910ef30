import type { CompBudgetView } from '../../../../contracts/compensation/proposals';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { overBudgetPolicyOf } from '../cycles/queries';
import type { compCycles } from '../cycles/tables';
import { type BudgetPerson, budgetTreeOrRefuse } from './budgets';
import { budgetSource, namesOf } from './queries';

/** The managers whose budgets the caller sees: every one (HR), else themselves and those below them. */
function visibleManagers(parents: Map<string, string | null>, viewer: string | null, everyone: boolean) {
  if (everyone) return [...parents.keys()];
  if (!viewer || !parents.has(viewer)) return [];
  const children = new Map<string, string[]>();
  for (const [id, parent] of parents) if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  const seen = [viewer];
  for (let index = 0; index < seen.length; index++)
    for (const child of children.get(seen[index]!) ?? []) if (!seen.includes(child)) seen.push(child);
  return seen;
}

/**
 * A cycle's budgets as the caller may see them: their own and subtree figures per pool first, then
 * every manager below them (HR: every manager), in the planning currency's minor units. Budgets
 * and spend are totals over groups of people, so reading them lands on no one's access log.
 */
export async function budgetViewFor(
  db: Db,
  actor: Actor,
  cycle: typeof compCycles.$inferSelect,
  reach: 'all' | 'subtree',
): Promise<CompBudgetView> {
  // A manager's figures depend only on the people below them — unless a pool is top-down, whose
  // shares are split over every manager of the cycle. Reading just the subtree keeps a manager's
  // grid as fast in a cycle of 10,000 as in one of 500 (bench comp-grid).
  const topDown = Object.values(cycle.budget).some((rule) => rule?.kind === 'top_down');
  const subtreeOf = reach === 'subtree' && !topDown && actor.personId ? actor.personId : undefined;
  const source: BudgetPerson[] = (await budgetSource(db, cycle.id, subtreeOf)).map((row) => ({
    ...row,
    eligible: row.eligibility === 'eligible',
  }));
  const tree = budgetTreeOrRefuse(source, cycle.budget, cycle.planningCurrency, cycle.fxTable);
  const ids = visibleManagers(tree.parents, actor.personId, reach === 'all');
  const [names, overBudgetPolicy] = await Promise.all([
    namesOf(db, actor.organizationId, ids),
    overBudgetPolicyOf(db, actor.organizationId),
  ]);
  return {
    cycleId: cycle.id,
    currency: cycle.planningCurrency,
    overBudgetPolicy,
    managers: ids.map((managerId) => ({
      managerId,
      givenName: names.get(managerId)?.givenName ?? '',
      familyName: names.get(managerId)?.familyName ?? '',
      parentManagerId: tree.parents.get(managerId) ?? null,
      pools: tree.pools.map((pool) => {
        const figures = pool.figures.get(managerId)!;
        const draft = pool.draft.get(managerId)!;
        return {
          pool: pool.pool,
          own: figures.own,
          subtree: figures.subtree,
          draftOwn: draft.own,
          draftSubtree: draft.subtree,
        };
      }),
    })),
  };
}
