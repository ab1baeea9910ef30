import type { CompProposal, CompProposalListQuery } from '../../../../contracts/compensation/proposals';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { factsOf, logProposalListAccess, type proposalListAccess } from './access';
import { decidesFinally, proposalPolicy } from './policy';
import { presentProposal } from './present';
import { listPlanned } from './queries';

type GridAccess = Awaited<ReturnType<typeof proposalListAccess>>;

/**
 * One page of the planning grid as the caller sees it (the screen's read and its exports share it):
 * the caller's reach, each row presented with the caller's abilities, each listed person's read of
 * their compensation written to their access log.
 */
export async function proposalGridPage(
  db: Db,
  actor: Actor,
  { cycle, reach }: GridAccess,
  query: Omit<CompProposalListQuery, 'limit' | 'cursor'> & { limit: number; cursor?: string },
): Promise<{ items: CompProposal[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await listPlanned(db, {
    cycle,
    viewerPersonId: actor.personId,
    reach,
    finalDecider: decidesFinally(actor),
    ...query,
  });
  await logProposalListAccess(
    db,
    actor,
    rows.map((row) => row.participant.personId),
  );
  // Every listed row is in the caller's reach (relation 'subtree' or, for HR, at least 'outside').
  const relation = reach === 'subtree' ? ('subtree' as const) : ('outside' as const);
  const items = rows.map((row) => presentProposal(row, proposalPolicy(actor, factsOf(row), relation)));
  return { items, nextCursor };
}
