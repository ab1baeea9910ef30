import { inArray, sql } from 'drizzle-orm';
import type { BudgetPool } from '../../../../../contracts/compensation';
import { minorToDecimal, overBudgetOutcome } from '../../../../../contracts/compensation';
import { issue } from '../../../../../contracts/issues';
import { recordAuditEvents } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { AppError, notFound, validationFailed } from '../../../../platform/errors/appError';
import { overBudgetPolicyOf } from '../../cycles/queries';
import { proposalAccess } from '../access';
import { type BudgetPerson, budgetTreeOrRefuse, chainUp } from '../budgets';
import { recordProposalEvents } from '../events';
import { chainApprovers } from '../policy';
import { budgetSource, findCycleOf, snapshotChains } from '../queries';
import { compProposals } from '../tables';

export interface OverBudgetWarning {
  code: 'compProposalOverBudget';
  level: 'warning';
  params: Record<string, string | number>;
}

interface Overrun {
  pool: BudgetPool;
  managerId: string;
  scope: 'own' | 'subtree';
  remainingMinor: number;
}

/**
 * Where a submission takes a budget over: for every manager up the snapshot chain of a submitted
 * person, each pool whose own or subtree spend this submission raises and whose remainder ends
 * below zero. A pool already over before and not touched now is not this submission's doing.
 */
function overruns(
  before: ReturnType<typeof budgetTreeOrRefuse>,
  after: ReturnType<typeof budgetTreeOrRefuse>,
  managers: Set<string>,
) {
  const found: Overrun[] = [];
  for (const [index, tree] of after.pools.entries()) {
    const previous = before.pools[index]!;
    for (const managerId of managers) {
      const now = tree.figures.get(managerId);
      const then = previous.figures.get(managerId);
      if (!now || !then) continue;
      for (const scope of ['own', 'subtree'] as const) {
        if (now[scope].spend > then[scope].spend && now[scope].remaining < 0)
          found.push({ pool: tree.pool, managerId, scope, remainingMinor: now[scope].remaining });
      }
    }
  }
  return found;
}

/**
 * Puts submitted proposals on their way to approval: each gets its chain of approvers from the
 * launch snapshot (policy `chainApprovers`, to the cycle's approval depth) and waits for the first
 * one — or straight for the approval team and HR when the chain is empty. Proposals with the same
 * chain are written together, so a team submitted at once is a few statements, not one per person.
 */
async function routeToApprovers(
  tx: Db,
  options: { actor: Actor; cycle: { id: string; approvalDepth: number }; proposalOf: Map<string, string> },
) {
  const { actor, cycle, proposalOf } = options;
  const chains = await snapshotChains(tx, cycle.id, [...proposalOf.keys()]);
  const byChain = new Map<string, { approvers: string[]; proposalIds: string[] }>();
  for (const [participantId, proposalId] of proposalOf) {
    const approvers = chainApprovers(chains.get(participantId) ?? [], cycle.approvalDepth, actor.personId);
    const key = approvers.join(',');
    const group = byChain.get(key) ?? { approvers, proposalIds: [] };
    group.proposalIds.push(proposalId);
    byChain.set(key, group);
  }
  for (const { approvers, proposalIds } of byChain.values()) {
    await tx
      .update(compProposals)
      .set({
        state: 'submitted',
        submittedAt: sql`now()`,
        submittedByAccountId: actor.accountId,
        approvalChain: approvers,
        approvalStep: 0,
        awaitingPersonId: approvers[0] ?? null,
        returnedReason: null,
        version: sql`${compProposals.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(inArray(compProposals.id, proposalIds));
  }
  const ids = [...proposalOf.values()];
  await recordProposalEvents(
    tx,
    actor,
    ids.map((proposalId) => ({ proposalId, kind: 'submitted' as const, after: { state: 'submitted' } })),
  );
  await recordAuditEvents(
    tx,
    actor.organizationId,
    ids.map((targetId) => ({
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_proposal.submitted',
      targetType: 'comp_proposal',
      targetId,
      after: { state: 'submitted' },
    })),
  );
}

/**
 * Submits a set of draft (or sent-back) proposals of one cycle into the budget, all or nothing. Each passes the
 * proposal guard (subtree, planning, version). The budgets are computed before and after from the
 * launch snapshot; a pool taken over its own or subtree budget warns (the answer lists it) or, under
 * the organisation's 'block' policy, refuses the whole set (409, naming the pool and the remainder).
 * The cycle row is locked for the check, so two submissions cannot both spend the last of a budget.
 * Each then waits for its first approver (`routeToApprovers`).
 */
export async function submitProposals(
  db: Db,
  options: { actor: Actor; cycleId: string; items: { participantId: string; version: number }[] },
): Promise<{ submitted: number; warnings: OverBudgetWarning[] }> {
  const { actor, cycleId, items } = options;
  const ids = items.map((item) => item.participantId);
  if (new Set(ids).size !== ids.length) throw validationFailed({ items: issue('compProposalDuplicate') });
  return inTransaction(db, async (tx) => {
    const cycle = await findCycleOf(tx, actor.organizationId, cycleId, true);
    if (!cycle) throw notFound('Compensation cycle');
    const proposalIds: string[] = [];
    const proposalOf = new Map<string, string>();
    for (const item of items) {
      const { row } = await proposalAccess.lockFor(tx, actor, item.participantId, 'submit', item.version);
      if (row.cycle.id !== cycleId || !row.proposal) throw notFound('Proposal');
      if (row.proposal.state === 'submitted')
        throw new AppError('invalid_state', issue('compProposalClosed'));
      proposalIds.push(row.proposal.id);
      proposalOf.set(item.participantId, row.proposal.id);
    }
    const source: BudgetPerson[] = (await budgetSource(tx, cycleId)).map((row) => ({
      ...row,
      eligible: row.eligibility === 'eligible',
    }));
    const submitting = new Set(ids);
    const afterSource = source.map((row) =>
      submitting.has(row.participantId) ? { ...row, state: 'submitted' as const } : row,
    );
    const before = budgetTreeOrRefuse(source, cycle.budget, cycle.planningCurrency, cycle.fxTable);
    const after = budgetTreeOrRefuse(afterSource, cycle.budget, cycle.planningCurrency, cycle.fxTable);
    const managers = new Set(
      source
        .filter((row) => submitting.has(row.participantId))
        .flatMap((row) => chainUp(after.parents, row.managerId)),
    );
    const found = overruns(before, after, managers);
    const policy = await overBudgetPolicyOf(tx, actor.organizationId);
    const params = (overrun: Overrun) => ({
      pool: overrun.pool,
      managerId: overrun.managerId,
      scope: overrun.scope,
      remaining: minorToDecimal(overrun.remainingMinor, cycle.planningCurrency),
      remainingMinor: overrun.remainingMinor,
      currency: cycle.planningCurrency,
    });
    const first = found[0];
    if (first && overBudgetOutcome(policy, first.remainingMinor) === 'block')
      throw new AppError('invalid_state', issue('compProposalOverBudget', params(first)));
    await routeToApprovers(tx, { actor, cycle, proposalOf });
    const warnings = found.map(
      (overrun): OverBudgetWarning => ({
        code: 'compProposalOverBudget',
        level: 'warning',
        params: params(overrun),
      }),
    );
    return { submitted: proposalIds.length, warnings };
  });
}
