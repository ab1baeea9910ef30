import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { ProposalState } from '../../../../contracts/compensation/proposalStates';
import { issue } from '../../../../contracts/issues';
import { organizations, people } from '../../../org/tables';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { queryRows } from '../../../platform/db/client';
import { validationFailed } from '../../../platform/errors/appError';
import { decodeCursor, encodeCursor, isUuid } from '../../../platform/http/cursor';
import { MAX_CHAIN_DEPTH } from '../../../platform/policy/managementChain';
import { compCycleParticipants, compCycles } from '../cycles/tables';
import { compBands } from '../payData/tables';
import type { ProposalRelation } from './policy';
import { compProposals } from './tables';

export type ProposalRow = typeof compProposals.$inferSelect;
type ParticipantRow = typeof compCycleParticipants.$inferSelect;

/** A participant with the name, their cycle's set-up and their proposal (null before the first save). */
export interface PlannedParticipant {
  participant: ParticipantRow;
  givenName: string;
  familyName: string;
  cycle: typeof compCycles.$inferSelect;
  proposal: ProposalRow | null;
}

const plannedColumns = {
  participant: compCycleParticipants,
  givenName: people.givenName,
  familyName: people.familyName,
  cycle: compCycles,
  proposal: compProposals,
};

/**
 * A participant of a cycle of the organisation, as the proposal guard loads it. A change locks the
 * participant row: the proposal may not exist yet, and two first saves must not both insert.
 */
export async function findPlanned(
  db: Db,
  organizationId: string,
  participantId: string,
  forUpdate = false,
): Promise<PlannedParticipant | null> {
  const query = db
    .select(plannedColumns)
    .from(compCycleParticipants)
    .innerJoin(people, eq(people.id, compCycleParticipants.personId))
    .innerJoin(compCycles, eq(compCycles.id, compCycleParticipants.cycleId))
    .leftJoin(compProposals, eq(compProposals.participantId, compCycleParticipants.id))
    .where(
      and(
        eq(compCycleParticipants.id, participantId),
        eq(compCycleParticipants.organizationId, organizationId),
      ),
    );
  const [row] = forUpdate ? await query.for('update', { of: compCycleParticipants }) : await query;
  return row ?? null;
}

/**
 * The caller's relation to a participant by the snapshot chain: walks up the cycle's participants
 * from the person's manager at launch until it meets the caller (or the top, or the depth limit).
 */
export async function snapshotRelation(
  db: Db,
  actor: Actor,
  row: PlannedParticipant,
): Promise<ProposalRelation> {
  const { participant } = row;
  if (participant.personId === actor.personId) return 'self';
  if (!actor.personId || !participant.managerId) return 'outside';
  const [found] = await queryRows<{ above: boolean | null }>(
    db,
    sql`WITH RECURSIVE chain(manager_id, depth) AS (
          SELECT ${participant.managerId}::uuid, 1
          UNION ALL
          SELECT p.manager_id, c.depth + 1 FROM comp_cycle_participants p
            JOIN chain c ON p.person_id = c.manager_id AND p.cycle_id = ${participant.cycleId}
           WHERE c.depth < ${MAX_CHAIN_DEPTH} AND c.manager_id IS DISTINCT FROM ${actor.personId}
             AND p.manager_id IS NOT NULL
        )
        SELECT bool_or(manager_id = ${actor.personId}) AS above FROM chain`,
  );
  return found?.above ? 'subtree' : 'outside';
}

/** Person ids in the caller's snapshot subtree of a cycle (not the caller), as SQL for a filter. */
export const subtreeSql = (cycleId: string, managerId: string) => sql`(
  WITH RECURSIVE sub(person_id, depth) AS (
    SELECT person_id, 1 FROM comp_cycle_participants WHERE cycle_id = ${cycleId} AND manager_id = ${managerId}
    UNION
    SELECT p.person_id, s.depth + 1 FROM comp_cycle_participants p
      JOIN sub s ON p.manager_id = s.person_id
     WHERE p.cycle_id = ${cycleId} AND s.depth < ${MAX_CHAIN_DEPTH}
  )
  SELECT person_id FROM sub WHERE person_id <> ${managerId})`;

/** Submitted proposals whose turn is the viewer's: named in the chain, or past it for the final deciders. */
function awaitingSql(viewer: string | null, finalDecider: boolean): SQL {
  const q = compProposals;
  const mine = viewer ? sql`${q.awaitingPersonId} = ${viewer}` : sql`false`;
  const final = finalDecider ? sql`${q.awaitingPersonId} IS NULL` : sql`false`;
  return sql`(${q.state} = 'submitted' AND (${mine} OR ${final}))`;
}

/**
 * The snapshot chain above each of some participants, nearest first ([manager, their manager, …]),
 * in one statement: what a submission's approvers are taken from.
 */
export async function snapshotChains(db: Db, cycleId: string, participantIds: readonly string[]) {
  const chains = new Map<string, string[]>();
  if (participantIds.length === 0) return chains;
  const rows = await queryRows<{ participant_id: string; chain: string[] }>(
    db,
    sql`WITH RECURSIVE chain(participant_id, manager_id, depth) AS (
          SELECT p.id, p.manager_id, 1 FROM comp_cycle_participants p
           WHERE p.cycle_id = ${cycleId} AND p.id = ANY(${sql.param([...participantIds])}::uuid[])
             AND p.manager_id IS NOT NULL
          UNION ALL
          SELECT c.participant_id, up.manager_id, c.depth + 1 FROM chain c
            JOIN comp_cycle_participants up ON up.person_id = c.manager_id AND up.cycle_id = ${cycleId}
           WHERE up.manager_id IS NOT NULL AND c.depth < ${MAX_CHAIN_DEPTH}
        )
        SELECT participant_id, array_agg(manager_id ORDER BY depth) AS chain FROM chain GROUP BY participant_id`,
  );
  for (const row of rows) chains.set(row.participant_id, row.chain);
  return chains;
}

const readCursor = (cursor: string) => {
  const parts = decodeCursor(cursor);
  if (parts.length !== 3 || !isUuid(parts[2]))
    throw validationFailed({ cursor: issue('listPositionInvalid') });
  return parts as [string, string, string];
};

/**
 * One page of a cycle's planning grid in one statement: participants (by name) with their proposal,
 * filtered by the caller's reach — everyone but the caller ('all') or their snapshot subtree.
 */
export async function listPlanned(
  db: Db,
  options: {
    cycle: typeof compCycles.$inferSelect;
    viewerPersonId: string | null;
    reach: 'all' | 'subtree';
    managerId?: string;
    state?: ProposalState | 'none';
    /** 'mine': only submitted proposals waiting for the caller (a chain turn, or the final one). */
    awaiting?: 'mine';
    finalDecider?: boolean;
    limit: number;
    cursor?: string;
  },
): Promise<{ rows: PlannedParticipant[]; nextCursor: string | null }> {
  const p = compCycleParticipants;
  const after = options.cursor ? readCursor(options.cursor) : null;
  const viewer = options.viewerPersonId;
  const filters: (SQL | undefined)[] = [
    eq(p.cycleId, options.cycle.id),
    viewer ? sql`${p.personId} <> ${viewer}` : undefined,
    options.reach === 'subtree'
      ? viewer
        ? sql`${p.personId} IN ${subtreeSql(options.cycle.id, viewer)}`
        : sql`false`
      : undefined,
    options.managerId ? eq(p.managerId, options.managerId) : undefined,
    options.awaiting === 'mine' ? awaitingSql(viewer, options.finalDecider ?? false) : undefined,
    options.state === 'none'
      ? sql`${compProposals.id} IS NULL`
      : options.state
        ? eq(compProposals.state, options.state)
        : undefined,
    after
      ? sql`(${people.familyName}, ${people.givenName}, ${p.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
      : undefined,
  ];
  const rows = await db
    .select({
      participant: p,
      givenName: people.givenName,
      familyName: people.familyName,
      proposal: compProposals,
    })
    .from(p)
    .innerJoin(people, eq(people.id, p.personId))
    .leftJoin(compProposals, eq(compProposals.participantId, p.id))
    .where(and(...filters))
    .orderBy(people.familyName, people.givenName, p.id)
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({ ...row, cycle: options.cycle })),
    nextCursor:
      rows.length > options.limit && last
        ? encodeCursor([last.familyName, last.givenName, last.participant.id])
        : null,
  };
}

/** Whether the caller managed anyone in the cycle at launch (a subtree to plan for). */
export async function managesInCycle(db: Db, cycleId: string, personId: string | null) {
  if (!personId) return false;
  const [row] = await db
    .select({ id: compCycleParticipants.id })
    .from(compCycleParticipants)
    .where(and(eq(compCycleParticipants.cycleId, cycleId), eq(compCycleParticipants.managerId, personId)))
    .limit(1);
  return Boolean(row);
}

/** A cycle of the organisation; `forUpdate` serialises the budget checks of concurrent submissions. */
export async function findCycleOf(db: Db, organizationId: string, cycleId: string, forUpdate = false) {
  const query = db
    .select()
    .from(compCycles)
    .where(and(eq(compCycles.id, cycleId), eq(compCycles.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * Everything a cycle's budgets are computed from: every participant with the proposal's figures —
 * or, with `subtreeOf`, only that manager and the people below them in the snapshot, which is all
 * their own and subtree figures depend on when every pool is bottom-up.
 */
export async function budgetSource(db: Db, cycleId: string, subtreeOf?: string) {
  const p = compCycleParticipants;
  return db
    .select({
      participantId: compCycleParticipants.id,
      personId: compCycleParticipants.personId,
      managerId: compCycleParticipants.managerId,
      eligibility: compCycleParticipants.eligibility,
      baseMinor: compCycleParticipants.baseMinor,
      currency: compCycleParticipants.payCurrency,
      state: compProposals.state,
      meritNewBaseMinor: compProposals.meritNewBaseMinor,
      promotionNewBaseMinor: compProposals.promotionNewBaseMinor,
      marketMinor: compProposals.marketMinor,
      bonusMinor: compProposals.bonusMinor,
    })
    .from(compCycleParticipants)
    .leftJoin(compProposals, eq(compProposals.participantId, compCycleParticipants.id))
    .where(
      and(
        eq(p.cycleId, cycleId),
        subtreeOf
          ? sql`(${p.personId} = ${subtreeOf} OR ${p.personId} IN ${subtreeSql(cycleId, subtreeOf)})`
          : undefined,
      ),
    );
}
export type BudgetSourceRow = Awaited<ReturnType<typeof budgetSource>>[number];

/** The names of managers, for the budget view. */
export async function namesOf(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { givenName: string; familyName: string }>();
  const rows = await db
    .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, [...ids])));
  return new Map(rows.map((row) => [row.id, { givenName: row.givenName, familyName: row.familyName }]));
}

/** A salary band of the organisation (the target of a promotion). */
export async function findBand(db: Db, organizationId: string, bandId: string) {
  const [row] = await db
    .select()
    .from(compBands)
    .where(and(eq(compBands.id, bandId), eq(compBands.organizationId, organizationId)));
  return row ?? null;
}

/**
 * The least increase of a promotion in percent, an organisation setting ("8"); "0" when unset,
 * so the guideline is the new band's minimum alone.
 */
export async function promotionMinIncreaseOf(db: Db, organizationId: string) {
  const [row] = await db
    .select({ value: sql<string | null>`${organizations.settings} ->> 'compPromotionMinIncreasePct'` })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const value = row?.value ?? null;
  return value !== null && /^\d{1,3}(\.\d{1,4})?$/.test(value) ? value : '0';
}

/** More launched cycles than an organisation runs in years; the list is not paginated. */
export const PLANNING_LIST_LIMIT = 100;

/**
 * The launched cycles whose grid the caller may open, newest effective date first: those in a
 * state where `proposalReach` gives them a reach and — unless they reach everyone (HR) — in which
 * they managed someone at launch, the same test `proposalListAccess` applies to one cycle.
 */
export async function listPlanningCycles(
  db: Db,
  options: { organizationId: string; personId: string | null; states: readonly string[]; everyone: boolean },
) {
  if (options.states.length === 0) return [];
  if (!options.everyone && !options.personId) return [];
  const c = compCycles;
  return db
    .select({
      id: c.id,
      name: c.name,
      state: c.state,
      sandbox: c.sandbox,
      planningCurrency: c.planningCurrency,
      effectiveDate: c.effectiveDate,
    })
    .from(c)
    .where(
      and(
        eq(c.organizationId, options.organizationId),
        inArray(c.state, options.states as (typeof c.state._.data)[]),
        options.everyone
          ? undefined
          : sql`EXISTS (SELECT 1 FROM comp_cycle_participants p
                         WHERE p.cycle_id = ${c.id} AND p.manager_id = ${options.personId})`,
      ),
    )
    .orderBy(desc(c.effectiveDate), c.name, c.id)
    .limit(PLANNING_LIST_LIMIT);
}

/**
 * How many submitted proposals of each cycle wait for the caller (the queue's `awaitingSql`), in one
 * statement: a count, so the planning list names no one and reads nobody's pay.
 */
export async function waitingCounts(
  db: Db,
  options: { cycleIds: readonly string[]; viewerPersonId: string | null; finalDecider: boolean },
) {
  const counts = new Map<string, number>();
  if (options.cycleIds.length === 0) return counts;
  const q = compProposals;
  const p = compCycleParticipants;
  const rows = await db
    .select({ cycleId: q.cycleId, count: sql<number>`count(*)::int` })
    .from(q)
    .innerJoin(p, eq(p.id, q.participantId))
    .where(
      and(
        inArray(q.cycleId, [...options.cycleIds]),
        awaitingSql(options.viewerPersonId, options.finalDecider),
        options.viewerPersonId ? sql`${p.personId} <> ${options.viewerPersonId}` : undefined,
      ),
    )
    .groupBy(q.cycleId);
  for (const row of rows) counts.set(row.cycleId, row.count);
  return counts;
}
