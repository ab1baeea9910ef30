import { and, eq, sql } from 'drizzle-orm';
import type { TalentBoard, TalentDistribution, TalentHistory } from '../../../contracts/talent';
import { people } from '../../org/tables';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { logBoardReads, memberKey, readableHistory, talentMemberAccess, talentSessionAccess } from './access';
import type { TalentSessionRelation } from './policy';
import { presentBoardMember, presentCard, presentSession } from './present';
import {
  boardRows,
  countMembers,
  departmentName,
  memberHistory,
  namesOf,
  offersFromSession,
  type TalentSessionRow,
  talentSharedAspirations,
} from './queries';
import { effectiveBox } from './rules';

/** Sessions as presented, with their participants' names, population label and size. */
export async function presentSessions(
  db: Db,
  actor: Actor,
  items: { row: TalentSessionRow; relation: TalentSessionRelation }[],
) {
  const counts = await countMembers(
    db,
    items.map((item) => item.row.id),
  );
  const names = await namesOf(
    db,
    items.flatMap(({ row, relation }) => [
      row.facilitatorId,
      ...relation.designatedPersonIds,
      row.populationKind === 'manager_subtree' ? row.populationRefId : null,
    ]),
  );
  const result = [];
  for (const { row, relation } of items) {
    const populationLabel =
      row.populationKind === 'department' && row.populationRefId
        ? await departmentName(db, row.organizationId, row.populationRefId)
        : row.populationKind === 'manager_subtree' && row.populationRefId
          ? (names.get(row.populationRefId) ?? null)
          : null;
    const participantIds = relation.designatedPersonIds.filter((id) => id !== row.facilitatorId);
    result.push(
      presentSession(actor, row, relation, {
        participantIds,
        names,
        populationLabel,
        memberCount: counts.get(row.id) ?? 0,
      }),
    );
  }
  return result;
}

export async function sessionView(db: Db, actor: Actor, id: string) {
  const { row, relation } = await talentSessionAccess.readFor(db, actor, id);
  const [session] = await presentSessions(db, actor, [{ row, relation }]);
  return session!;
}

/**
 * The 9-box of a session: every member the caller may see (not themselves), counts per box and
 * the unplaced; one access-log row per person shown, written in one insert.
 */
export async function boardView(db: Db, actor: Actor, id: string): Promise<TalentBoard> {
  const { row, relation } = await talentSessionAccess.readFor(db, actor, id);
  const rows = await logBoardReads(
    db,
    actor,
    { id: row.id, designatedPersonIds: relation.designatedPersonIds },
    await boardRows(db, row.id),
    'talent review 9-box',
  );
  const counts = Array.from({ length: 9 }, () => 0);
  let unplaced = 0;
  const members = rows.map(presentBoardMember);
  for (const member of members) {
    if (member.box === null) unplaced++;
    else counts[member.box - 1]!++;
  }
  return {
    sessionId: row.id,
    state: row.state,
    boxLabels: row.boxLabels ?? Array.from({ length: 9 }, () => null),
    counts,
    unplaced,
    members,
  };
}

/** Counts per box per manager (at the time the population was taken), to spot a manager's bias. */
export async function distributionView(db: Db, actor: Actor, id: string): Promise<TalentDistribution> {
  const { row, relation } = await talentSessionAccess.readFor(db, actor, id);
  const rows = await logBoardReads(
    db,
    actor,
    { id: row.id, designatedPersonIds: relation.designatedPersonIds },
    await boardRows(db, row.id),
    'talent review distribution',
  );
  const byManager = new Map<
    string,
    { managerId: string | null; name: string | null; counts: number[]; unplaced: number }
  >();
  for (const member of rows) {
    const key = member.managerId ?? '';
    const entry = byManager.get(key) ?? {
      managerId: member.managerId,
      name: member.managerGivenName ? `${member.managerGivenName} ${member.managerFamilyName}` : null,
      counts: Array.from({ length: 9 }, () => 0),
      unplaced: 0,
    };
    const box = effectiveBox(member);
    if (box === null) entry.unplaced++;
    else entry.counts[box - 1]!++;
    byManager.set(key, entry);
  }
  const managers = [...byManager.values()]
    .map((entry) => ({
      manager: entry.managerId && entry.name ? { id: entry.managerId, displayName: entry.name } : null,
      counts: entry.counts,
      unplaced: entry.unplaced,
      total: entry.counts.reduce((a, b) => a + b, 0) + entry.unplaced,
    }))
    .sort((a, b) => (a.manager?.displayName ?? '').localeCompare(b.manager?.displayName ?? ''));
  return { sessionId: row.id, managers };
}

/** One person's card in a session (logged for them); what they shared for talent reviews, and offers. */
export async function cardView(db: Db, actor: Actor, sessionId: string, personId: string) {
  const { row, relation } = await talentMemberAccess.readFor(db, actor, memberKey(sessionId, personId));
  const [person] = await db
    .select({ givenName: people.givenName, familyName: people.familyName, jobTitle: people.jobTitle })
    .from(people)
    .where(eq(people.id, row.personId));
  const names = await namesOf(db, [row.managerId, row.assessedBy, row.overriddenBy]);
  return presentCard(actor, row, relation, {
    person: { displayName: `${person!.givenName} ${person!.familyName}`, jobTitle: person!.jobTitle },
    names,
    sharedAspirations: await talentSharedAspirations(db, row.organizationId, row.personId),
    offers: await offersFromSession(db, row.sessionId, row.personId),
  });
}

/** A person's box over the sessions the caller reads; none readable (or themselves) answers 404. */
export async function historyView(db: Db, actor: Actor, personId: string): Promise<TalentHistory> {
  const [person] = await db
    .select({ n: sql<number>`1` })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, actor.organizationId)));
  if (!person || actor.personId === personId) throw notFound('Person');
  const rows = await readableHistory(
    db,
    actor,
    personId,
    await memberHistory(db, actor.organizationId, personId),
  );
  if (rows.length === 0) throw notFound('Person');
  return {
    personId,
    items: rows.map((row) => ({
      sessionId: row.sessionId,
      sessionName: row.sessionName,
      state: row.state,
      endsOn: row.endsOn,
      box: effectiveBox(row),
      performance: row.performanceBand,
      potential: row.potentialBand,
      overridden: row.overrideBox !== null,
    })),
  };
}
