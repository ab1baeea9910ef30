import { and, asc, count, desc, eq, exists, gte, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  engagementSurveyHeldAnswers,
  engagementSurveyParticipants,
  engagementSurveyQuestions,
  engagementSurveyResponses,
  engagementSurveyRounds,
  engagementSurveys,
  engagementTeamActions,
} from './tables';

export type SurveyRow = typeof engagementSurveys.$inferSelect;
export type QuestionRow = typeof engagementSurveyQuestions.$inferSelect;
export type RoundRow = typeof engagementSurveyRounds.$inferSelect;
export type TeamActionRow = typeof engagementTeamActions.$inferSelect;

export async function findSurvey(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(engagementSurveys)
    .where(and(eq(engagementSurveys.id, id), eq(engagementSurveys.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findRound(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(engagementSurveyRounds)
    .where(and(eq(engagementSurveyRounds.id, id), eq(engagementSurveyRounds.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export function questionsOf(db: Db, surveyId: string): Promise<QuestionRow[]> {
  return db
    .select()
    .from(engagementSurveyQuestions)
    .where(eq(engagementSurveyQuestions.surveyId, surveyId))
    .orderBy(asc(engagementSurveyQuestions.position));
}

/**
 * Whether any answer of any round of the survey exists, released or still held for release: the
 * anonymity rules are then locked.
 */
export async function surveyHasResponses(db: Db, surveyId: string): Promise<boolean> {
  const [row] = await db
    .select({ found: sql<boolean>`true` })
    .from(engagementSurveyRounds)
    .where(
      and(
        eq(engagementSurveyRounds.surveyId, surveyId),
        or(
          exists(
            db
              .select({ one: sql`1` })
              .from(engagementSurveyResponses)
              .where(eq(engagementSurveyResponses.roundId, engagementSurveyRounds.id)),
          ),
          exists(
            db
              .select({ one: sql`1` })
              .from(engagementSurveyHeldAnswers)
              .where(eq(engagementSurveyHeldAnswers.roundId, engagementSurveyRounds.id)),
          ),
        ),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function roundCountOf(db: Db, surveyId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(engagementSurveyRounds)
    .where(eq(engagementSurveyRounds.surveyId, surveyId));
  return Number(row?.n ?? 0);
}

export async function listSurveys(
  db: Db,
  options: { organizationId: string; page: number; pageSize: number },
) {
  const where = eq(engagementSurveys.organizationId, options.organizationId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(engagementSurveys)
      .where(where)
      .orderBy(desc(engagementSurveys.createdAt), desc(engagementSurveys.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(engagementSurveys).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function listRounds(db: Db, options: { surveyId: string; page: number; pageSize: number }) {
  const where = eq(engagementSurveyRounds.surveyId, options.surveyId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(engagementSurveyRounds)
      .where(where)
      .orderBy(desc(engagementSurveyRounds.roundNumber))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(engagementSurveyRounds).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** How many were invited to a round, and how many answered, within a scope (a manager's subtree). */
export async function participationOf(db: Db, roundId: string, managerId: string | null) {
  const [row] = await db
    .select({
      invited: count(),
      responded: sql<number>`count(*) FILTER (WHERE ${engagementSurveyParticipants.responded})`.mapWith(
        Number,
      ),
    })
    .from(engagementSurveyParticipants)
    .where(
      and(
        eq(engagementSurveyParticipants.roundId, roundId),
        managerId
          ? sql`${engagementSurveyParticipants.snapshotManagerChain} @> ARRAY[${managerId}::uuid]`
          : undefined,
      ),
    );
  return { invited: Number(row?.invited ?? 0), responded: row?.responded ?? 0 };
}

/** Whether the launch-day snapshot of the round puts anyone under the person. */
export async function managesInRound(db: Db, roundId: string, personId: string | null): Promise<boolean> {
  if (!personId) return false;
  const [row] = await db
    .select({ one: sql`1` })
    .from(engagementSurveyParticipants)
    .where(
      and(
        eq(engagementSurveyParticipants.roundId, roundId),
        sql`${engagementSurveyParticipants.snapshotManagerChain} @> ARRAY[${personId}::uuid]`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The closed round of the same survey just before this one, for trends. */
export async function previousClosedRound(db: Db, round: RoundRow) {
  const [row] = await db
    .select()
    .from(engagementSurveyRounds)
    .where(
      and(
        eq(engagementSurveyRounds.surveyId, round.surveyId),
        eq(engagementSurveyRounds.closed, true),
        sql`${engagementSurveyRounds.roundNumber} < ${round.roundNumber}`,
      ),
    )
    .orderBy(desc(engagementSurveyRounds.roundNumber))
    .limit(1);
  return row ?? null;
}

export async function findTeamAction(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(engagementTeamActions)
    .where(and(eq(engagementTeamActions.id, id), eq(engagementTeamActions.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Team actions; `teamOf` keeps to one manager's team (the reach of a manager who is not HR). */
export async function listTeamActions(
  db: Db,
  options: {
    organizationId: string;
    teamKind?: 'manager' | 'department';
    teamId?: string;
    page: number;
    pageSize: number;
  },
) {
  const where = and(
    eq(engagementTeamActions.organizationId, options.organizationId),
    options.teamKind ? eq(engagementTeamActions.teamKind, options.teamKind) : undefined,
    options.teamId ? eq(engagementTeamActions.teamId, options.teamId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(engagementTeamActions)
      .where(where)
      .orderBy(
        asc(engagementTeamActions.status),
        desc(engagementTeamActions.updatedAt),
        desc(engagementTeamActions.id),
      )
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(engagementTeamActions).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** People invited to a pulse in the seven days up to `today` (the fatigue guard's list). */
export async function recentlyInvited(db: Db, organizationId: string, since: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ personId: engagementSurveyParticipants.personId })
    .from(engagementSurveyParticipants)
    .where(
      and(
        eq(engagementSurveyParticipants.organizationId, organizationId),
        gte(engagementSurveyParticipants.invitedOn, since),
      ),
    );
  return new Set(rows.map((r) => r.personId));
}

/** Invited people per round (whole round), for presenting rounds in lists. */
export async function invitedCounts(db: Db, roundIds: string[]): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db
    .select({ roundId: engagementSurveyParticipants.roundId, n: count() })
    .from(engagementSurveyParticipants)
    .where(inArray(engagementSurveyParticipants.roundId, roundIds))
    .groupBy(engagementSurveyParticipants.roundId);
  return new Map(rows.map((r) => [r.roundId, Number(r.n)]));
}

/** Rounds the caller may report on: all of the organisation (HR) or those whose snapshot puts people under them. */
export async function listReportableRounds(
  db: Db,
  options: { organizationId: string; managerId: string | null; page: number; pageSize: number },
) {
  const where = and(
    eq(engagementSurveyRounds.organizationId, options.organizationId),
    options.managerId
      ? sql`EXISTS (SELECT 1 FROM ${engagementSurveyParticipants} WHERE ${engagementSurveyParticipants.roundId} = ${engagementSurveyRounds.id} AND ${engagementSurveyParticipants.snapshotManagerChain} @> ARRAY[${options.managerId}::uuid])`
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ round: engagementSurveyRounds, survey: engagementSurveys })
      .from(engagementSurveyRounds)
      .innerJoin(engagementSurveys, eq(engagementSurveys.id, engagementSurveyRounds.surveyId))
      .where(where)
      .orderBy(desc(engagementSurveyRounds.opensOn), desc(engagementSurveyRounds.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(engagementSurveyRounds).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The caller's invitations to open rounds they have not answered yet. */
export async function listOpenInvitations(
  db: Db,
  options: { organizationId: string; personId: string; today: string; page: number; pageSize: number },
) {
  const where = and(
    eq(engagementSurveyParticipants.organizationId, options.organizationId),
    eq(engagementSurveyParticipants.personId, options.personId),
    eq(engagementSurveyParticipants.responded, false),
    eq(engagementSurveyRounds.closed, false),
    gte(engagementSurveyRounds.closesOn, options.today),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ round: engagementSurveyRounds, surveyName: engagementSurveys.name })
      .from(engagementSurveyParticipants)
      .innerJoin(engagementSurveyRounds, eq(engagementSurveyRounds.id, engagementSurveyParticipants.roundId))
      .innerJoin(engagementSurveys, eq(engagementSurveys.id, engagementSurveyRounds.surveyId))
      .where(where)
      .orderBy(asc(engagementSurveyRounds.closesOn), asc(engagementSurveyRounds.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ n: count() })
      .from(engagementSurveyParticipants)
      .innerJoin(engagementSurveyRounds, eq(engagementSurveyRounds.id, engagementSurveyParticipants.roundId))
      .where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
