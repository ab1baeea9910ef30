import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import type { TalentBand, TalentPopulationKind } from '../../../contracts/talent';
import { departments, people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { queryRows } from '../../platform/db/client';
import { aspirations } from '../aspirations/tables';
import { developmentOffers } from '../plans/offers/tables';
import { talentReviewMembers, talentReviewParticipants, talentReviewSessions } from './tables';

export type TalentSessionRow = typeof talentReviewSessions.$inferSelect;
export type TalentMemberRow = typeof talentReviewMembers.$inferSelect;

export async function findTalentSession(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(talentReviewSessions)
    .where(and(eq(talentReviewSessions.id, id), eq(talentReviewSessions.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The people designated for each session: its participants and its facilitator. */
export async function designatedFor(db: Db, sessions: Pick<TalentSessionRow, 'id' | 'facilitatorId'>[]) {
  const byId = new Map(sessions.map((s) => [s.id, s.facilitatorId ? [s.facilitatorId] : []]));
  if (sessions.length === 0) return byId;
  const rows = await db
    .select()
    .from(talentReviewParticipants)
    .where(inArray(talentReviewParticipants.sessionId, [...byId.keys()]));
  for (const row of rows) byId.get(row.sessionId)?.push(row.personId);
  return byId;
}

/** Session ids the person takes part in (or facilitates). */
export function sessionsOfPersonSql(organizationId: string, personId: string | null): SQL {
  return sql`(${talentReviewSessions.organizationId} = ${organizationId} AND (
      ${talentReviewSessions.facilitatorId} = ${personId}
      OR ${talentReviewSessions.id} IN (SELECT session_id FROM talent_review_participants WHERE person_id = ${personId})))`;
}

/** Sessions newest first: all of the organisation's (`everything`) or the ones the person is designated for. */
export async function listTalentSessions(
  db: Db,
  options: {
    organizationId: string;
    personId: string | null;
    everything: boolean;
    state?: TalentSessionRow['state'];
    page: number;
    pageSize: number;
  },
) {
  const where = and(
    eq(talentReviewSessions.organizationId, options.organizationId),
    options.everything ? undefined : sessionsOfPersonSql(options.organizationId, options.personId),
    options.state ? eq(talentReviewSessions.state, options.state) : undefined,
  ) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(talentReviewSessions)
      .where(where)
      .orderBy(desc(talentReviewSessions.createdAt), desc(talentReviewSessions.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(talentReviewSessions)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function countMembers(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ sessionId: talentReviewMembers.sessionId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(talentReviewMembers)
    .where(inArray(talentReviewMembers.sessionId, sessionIds))
    .groupBy(talentReviewMembers.sessionId);
  return new Map(rows.map((row) => [row.sessionId, row.n]));
}

/** Display names of people by id (facilitators, participants, managers, assessors). */
export async function namesOf(db: Db, ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(inArray(people.id, unique));
  return new Map(rows.map((row) => [row.id, `${row.givenName} ${row.familyName}`]));
}

export async function departmentName(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select({ name: departments.name })
    .from(departments)
    .where(and(eq(departments.id, id), eq(departments.organizationId, organizationId)));
  return row?.name ?? null;
}

/** Current (not terminated) people of the organisation among `ids`. */
export async function currentPeople(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        inArray(people.id, ids),
        ne(people.status, 'terminated'),
      ),
    );
}

/**
 * A population resolved to people now (the session keeps this snapshot): everyone current in the
 * organisation, in a department, or below a manager (their whole subtree, not the manager).
 */
export async function resolvePopulation(
  db: Db,
  organizationId: string,
  kind: TalentPopulationKind,
  refId: string | null,
): Promise<{ id: string; managerId: string | null }[]> {
  if (kind === 'manager_subtree') {
    return queryRows<{ id: string; managerId: string | null }>(
      db,
      sql`WITH RECURSIVE subtree(id, manager_id, status, depth) AS (
            SELECT id, manager_id, status, 1 FROM people WHERE organization_id = ${organizationId} AND manager_id = ${refId}
            UNION ALL
            SELECT p.id, p.manager_id, p.status, s.depth + 1 FROM people p JOIN subtree s ON p.manager_id = s.id
             WHERE s.depth < 32 AND p.organization_id = ${organizationId}
          )
          SELECT DISTINCT id, manager_id AS "managerId" FROM subtree WHERE status <> 'terminated'`,
    );
  }
  return db
    .select({ id: people.id, managerId: people.managerId })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        ne(people.status, 'terminated'),
        kind === 'department' && refId ? eq(people.departmentId, refId) : undefined,
      ),
    );
}

const manager = aliasedTable(people, 'manager');

export interface BoardRow {
  personId: string;
  givenName: string;
  familyName: string;
  jobTitle: string;
  managerId: string | null;
  managerGivenName: string | null;
  managerFamilyName: string | null;
  performanceBand: TalentBand | null;
  potentialBand: TalentBand | null;
  overrideBox: number | null;
}

/** A session's members with what the board shows, ordered by name. */
export async function boardRows(db: Db, sessionId: string): Promise<BoardRow[]> {
  return db
    .select({
      personId: talentReviewMembers.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      jobTitle: people.jobTitle,
      managerId: talentReviewMembers.managerId,
      managerGivenName: manager.givenName,
      managerFamilyName: manager.familyName,
      performanceBand: talentReviewMembers.performanceBand,
      potentialBand: talentReviewMembers.potentialBand,
      overrideBox: talentReviewMembers.overrideBox,
    })
    .from(talentReviewMembers)
    .innerJoin(people, eq(people.id, talentReviewMembers.personId))
    .leftJoin(manager, eq(manager.id, talentReviewMembers.managerId))
    .where(eq(talentReviewMembers.sessionId, sessionId))
    .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id));
}

/** One member with its session's facts, for the member guard; `forUpdate` locks the member row. */
export async function findMember(db: Db, organizationId: string, key: string, forUpdate = false) {
  const [sessionId, personId] = key.split('/');
  if (!sessionId || !personId) return null;
  const memberQuery = db
    .select()
    .from(talentReviewMembers)
    .where(
      and(
        eq(talentReviewMembers.organizationId, organizationId),
        eq(talentReviewMembers.sessionId, sessionId),
        eq(talentReviewMembers.personId, personId),
      ),
    );
  const [member] = forUpdate ? await memberQuery.for('update') : await memberQuery;
  if (!member) return null;
  const session = await findTalentSession(db, organizationId, sessionId);
  if (!session) return null;
  return {
    ...member,
    state: session.state,
    facilitatorId: session.facilitatorId,
    sessionName: session.name,
    boxLabels: session.boxLabels,
  };
}
export type GuardedMemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

/** The person's aspirations they shared with talent reviews, newest first. */
export async function talentSharedAspirations(db: Db, organizationId: string, personId: string) {
  return db
    .select({
      id: aspirations.id,
      kind: aspirations.kind,
      horizon: aspirations.horizon,
      aspirationText: aspirations.aspirationText,
    })
    .from(aspirations)
    .where(
      and(
        eq(aspirations.organizationId, organizationId),
        eq(aspirations.ownerId, personId),
        eq(aspirations.sharedWithTalentReview, true),
      ),
    )
    .orderBy(desc(aspirations.updatedAt), desc(aspirations.id));
}

/** Offers made to the person from this session. */
export async function offersFromSession(db: Db, sessionId: string, personId: string) {
  return db
    .select({
      id: developmentOffers.id,
      kind: developmentOffers.kind,
      title: developmentOffers.title,
      state: developmentOffers.state,
      createdAt: developmentOffers.createdAt,
    })
    .from(developmentOffers)
    .where(and(eq(developmentOffers.sourceSessionId, sessionId), eq(developmentOffers.personId, personId)))
    .orderBy(desc(developmentOffers.createdAt));
}

/** Every session row of a person, with the session's facts, newest session first. */
export async function memberHistory(db: Db, organizationId: string, personId: string) {
  return db
    .select({
      sessionId: talentReviewSessions.id,
      sessionName: talentReviewSessions.name,
      state: talentReviewSessions.state,
      endsOn: talentReviewSessions.endsOn,
      facilitatorId: talentReviewSessions.facilitatorId,
      performanceBand: talentReviewMembers.performanceBand,
      potentialBand: talentReviewMembers.potentialBand,
      overrideBox: talentReviewMembers.overrideBox,
    })
    .from(talentReviewMembers)
    .innerJoin(talentReviewSessions, eq(talentReviewSessions.id, talentReviewMembers.sessionId))
    .where(
      and(
        eq(talentReviewMembers.organizationId, organizationId),
        eq(talentReviewMembers.personId, personId),
        isNotNull(talentReviewSessions.id),
      ),
    )
    .orderBy(desc(talentReviewSessions.endsOn), desc(talentReviewSessions.createdAt));
}
