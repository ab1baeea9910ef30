import { asc, eq } from 'drizzle-orm';
import type { ProposalEventKind } from '../../../../contracts/compensation/proposalStates';
import type { CompProposalEvent } from '../../../../contracts/compensation/proposals';
import { people } from '../../../org/tables';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { compProposalEvents } from './tables';

export interface ProposalEventInput {
  proposalId: string;
  kind: ProposalEventKind;
  note?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Adds steps to proposals' approval histories, one statement for any number of them. */
export async function recordProposalEvents(db: Db, actor: Actor, events: readonly ProposalEventInput[]) {
  if (events.length === 0) return;
  await db.insert(compProposalEvents).values(
    events.map((event) => ({
      organizationId: actor.organizationId,
      proposalId: event.proposalId,
      kind: event.kind,
      actorAccountId: actor.accountId,
      actorPersonId: actor.personId,
      note: event.note ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
    })),
  );
}

/** More steps than a proposal takes in any real cycle; the history is not paginated. */
const HISTORY_LIMIT = 200;

/** A proposal's approval history, oldest first, with the name of whoever acted. */
export async function proposalHistory(db: Db, proposalId: string): Promise<CompProposalEvent[]> {
  const e = compProposalEvents;
  const rows = await db
    .select({ event: e, givenName: people.givenName, familyName: people.familyName })
    .from(e)
    .leftJoin(people, eq(people.id, e.actorPersonId))
    .where(eq(e.proposalId, proposalId))
    .orderBy(asc(e.createdAt), asc(e.id))
    .limit(HISTORY_LIMIT);
  return rows.map(({ event, givenName, familyName }) => ({
    id: event.id,
    kind: event.kind,
    actorPersonId: event.actorPersonId,
    actorName: givenName !== null && familyName !== null ? `${givenName} ${familyName}` : null,
    approvalNote: event.note,
    before: event.before ?? null,
    after: event.after ?? null,
    at: event.createdAt.toISOString(),
  }));
}
