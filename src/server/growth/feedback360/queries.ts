import { and, asc, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnonymousGroup, RaterGroup } from '../../../contracts/feedback360';
import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { buildReport, othersByName, type ReportBody } from './report';
import {
  feedback360Answers,
  feedback360Comments,
  feedback360Nominations,
  feedback360Questions,
  feedback360Requests,
  feedback360Responses,
  feedback360Tasks,
} from './tables';

export type Request360Row = typeof feedback360Requests.$inferSelect;
export type Task360Row = typeof feedback360Tasks.$inferSelect;

export async function findRequest(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(feedback360Requests)
    .where(and(eq(feedback360Requests.id, id), eq(feedback360Requests.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findTask(db: Db, organizationId: string, taskId: string, forUpdate = false) {
  const query = db
    .select({ task: feedback360Tasks, request: feedback360Requests })
    .from(feedback360Tasks)
    .innerJoin(feedback360Requests, eq(feedback360Requests.id, feedback360Tasks.requestId))
    .where(and(eq(feedback360Tasks.id, taskId), eq(feedback360Requests.organizationId, organizationId)));
  // Locked together with its request, so a threshold change or the closing job waits for the answer.
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export interface NameRef {
  displayName: string;
  jobTitle: string;
}

/** Names and titles of people, keyed by id (the ids stay on the server). */
export async function namesOf(db: Db, organizationId: string, ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map<string, NameRef>();
  const rows = await db
    .select({ id: people.id, g: people.givenName, f: people.familyName, jobTitle: people.jobTitle })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, unique)));
  return new Map(rows.map((r) => [r.id, { displayName: `${r.g} ${r.f}`, jobTitle: r.jobTitle }]));
}

async function pageOfRequests(db: Db, where: SQL, page: number, pageSize: number) {
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(feedback360Requests)
      .where(where)
      .orderBy(desc(feedback360Requests.createdAt), desc(feedback360Requests.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(feedback360Requests)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export const listOwnRequests = (
  db: Db,
  organizationId: string,
  personId: string,
  page: number,
  size: number,
) =>
  pageOfRequests(
    db,
    and(eq(feedback360Requests.organizationId, organizationId), eq(feedback360Requests.subjectId, personId))!,
    page,
    size,
  );

/** 360s the caller coaches, once there is something to read (closed or released). */
export const listCoachedRequests = (
  db: Db,
  organizationId: string,
  personId: string,
  page: number,
  size: number,
) =>
  pageOfRequests(
    db,
    and(
      eq(feedback360Requests.organizationId, organizationId),
      eq(feedback360Requests.coachId, personId),
      inArray(feedback360Requests.status, ['closed', 'released']),
    )!,
    page,
    size,
  );

export const listApprovals = (db: Db, organizationId: string, personId: string, page: number, size: number) =>
  pageOfRequests(
    db,
    and(
      eq(feedback360Requests.organizationId, organizationId),
      eq(feedback360Requests.approverId, personId),
      eq(feedback360Requests.status, 'awaiting_approval'),
    )!,
    page,
    size,
  );

/** The caller's rater tasks: pending ones first, then by deadline. */
export async function listTasks(
  db: Db,
  organizationId: string,
  personId: string,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(feedback360Requests.organizationId, organizationId),
    eq(feedback360Tasks.raterId, personId),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({ task: feedback360Tasks, request: feedback360Requests })
      .from(feedback360Tasks)
      .innerJoin(feedback360Requests, eq(feedback360Requests.id, feedback360Tasks.requestId))
      .where(where)
      .orderBy(
        sql`(${feedback360Tasks.status} = 'pending') DESC`,
        asc(feedback360Requests.deadline),
        asc(feedback360Tasks.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(feedback360Tasks)
      .innerJoin(feedback360Requests, eq(feedback360Requests.id, feedback360Tasks.requestId))
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Leadership-program 360s (started by someone other than the subject), for HR's status view. */
export async function listProgramRequests(db: Db, organizationId: string, page: number, pageSize: number) {
  const where = and(
    eq(feedback360Requests.organizationId, organizationId),
    ne(feedback360Requests.programName, ''),
    or(
      sql`${feedback360Requests.requestedById} IS NULL`,
      ne(feedback360Requests.requestedById, feedback360Requests.subjectId),
    ),
  )!;
  const programs = await db
    .select({ name: feedback360Requests.programName })
    .from(feedback360Requests)
    .where(where)
    .groupBy(feedback360Requests.programName)
    .orderBy(asc(feedback360Requests.programName))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [count] = await db
    .select({ total: sql<number>`count(DISTINCT ${feedback360Requests.programName})`.mapWith(Number) })
    .from(feedback360Requests)
    .where(where);
  const names = programs.map((p) => p.name);
  const rows =
    names.length === 0
      ? []
      : await db
          .select()
          .from(feedback360Requests)
          .where(and(where, inArray(feedback360Requests.programName, names)))
          .orderBy(asc(feedback360Requests.createdAt), asc(feedback360Requests.id));
  return { names, rows, total: count?.total ?? 0 };
}

export function questionsOf(db: Db, requestId: string) {
  return db
    .select()
    .from(feedback360Questions)
    .where(eq(feedback360Questions.requestId, requestId))
    .orderBy(asc(feedback360Questions.position));
}

export function nominationsOf(db: Db, requestId: string) {
  return db
    .select({
      id: feedback360Nominations.id,
      personId: feedback360Nominations.personId,
      group: feedback360Nominations.raterGroup,
      status: feedback360Nominations.status,
      givenName: people.givenName,
      familyName: people.familyName,
      jobTitle: people.jobTitle,
    })
    .from(feedback360Nominations)
    .innerJoin(people, eq(people.id, feedback360Nominations.personId))
    .where(eq(feedback360Nominations.requestId, requestId))
    .orderBy(asc(people.givenName), asc(people.familyName), asc(feedback360Nominations.id));
}

/** Invited and answered per group (answered = responses stored; never tied to anyone). */
export async function groupCounts(db: Db, requestId: string) {
  const [invited, answered] = await Promise.all([
    db
      .select({ group: feedback360Tasks.raterGroup, n: sql<number>`count(*)`.mapWith(Number) })
      .from(feedback360Tasks)
      .where(eq(feedback360Tasks.requestId, requestId))
      .groupBy(feedback360Tasks.raterGroup),
    db
      .select({ group: feedback360Responses.raterGroup, n: sql<number>`count(*)`.mapWith(Number) })
      .from(feedback360Responses)
      .where(eq(feedback360Responses.requestId, requestId))
      .groupBy(feedback360Responses.raterGroup),
  ]);
  const toMap = (rows: { group: RaterGroup; n: number }[]) => new Map(rows.map((r) => [r.group, r.n]));
  return { invited: toMap(invited), answered: toMap(answered) };
}

/** Reads the stored answers of one 360 and turns them into the thresholded report body. */
export async function reportBodyOf(
  db: Db,
  request: Request360Row,
  previous: Request360Row | null,
): Promise<ReportBody> {
  const [questions, responses, answers, comments, counts] = await Promise.all([
    questionsOf(db, request.id),
    db
      .select({ id: feedback360Responses.id, group: feedback360Responses.raterGroup })
      .from(feedback360Responses)
      .where(eq(feedback360Responses.requestId, request.id)),
    db
      .select({
        responseId: feedback360Answers.responseId,
        questionId: feedback360Answers.questionId,
        score: feedback360Answers.behaviourScore,
      })
      .from(feedback360Answers)
      .innerJoin(feedback360Responses, eq(feedback360Responses.id, feedback360Answers.responseId))
      .where(eq(feedback360Responses.requestId, request.id)),
    db
      .select({
        group: feedback360Comments.raterGroup,
        kind: feedback360Comments.kind,
        text: feedback360Comments.commentText,
      })
      .from(feedback360Comments)
      .where(eq(feedback360Comments.requestId, request.id))
      .orderBy(asc(feedback360Comments.shuffleKey), asc(feedback360Comments.id)),
    groupCounts(db, request.id),
  ]);
  const scores = new Map<string, Record<string, number | null>>();
  for (const a of answers) {
    const entry = scores.get(a.responseId) ?? {};
    entry[a.questionId] = a.score;
    scores.set(a.responseId, entry);
  }
  return buildReport({
    questions: questions.map((q) => ({
      id: q.id,
      name: q.competencyName,
      description: q.competencyDescription,
    })),
    thresholds: request.anonymityThresholds,
    invitedGroups: [...counts.invited.keys()].filter((g): g is AnonymousGroup => g !== 'self'),
    responses: responses.map((r) => ({ group: r.group, scores: scores.get(r.id) ?? {} })),
    comments,
    previousOthers: previous ? othersByName(await reportBodyOf(db, previous, null)) : null,
    namedManager: request.managerNamed ? await namedManagerOf(db, request) : null,
  });
}

/**
 * The one person in the manager group of a 360 that names the manager (the nomination rules keep it
 * to the subject's manager alone). Anything but exactly one rater there and nobody is named: the
 * group then falls back to the threshold like any other.
 */
async function namedManagerOf(db: Db, request: Request360Row) {
  const raters = await db
    .select({ givenName: people.givenName, familyName: people.familyName, jobTitle: people.jobTitle })
    .from(feedback360Tasks)
    .innerJoin(people, eq(people.id, feedback360Tasks.raterId))
    .where(and(eq(feedback360Tasks.requestId, request.id), eq(feedback360Tasks.raterGroup, 'manager')));
  const [only] = raters;
  return raters.length === 1 && only
    ? { displayName: `${only.givenName} ${only.familyName}`, jobTitle: only.jobTitle }
    : null;
}

/** The subject's most recent earlier 360 that reached them (released), for "change since last". */
export async function previousRequest(db: Db, request: Request360Row) {
  const [row] = await db
    .select()
    .from(feedback360Requests)
    .where(
      and(
        eq(feedback360Requests.subjectId, request.subjectId),
        eq(feedback360Requests.status, 'released'),
        ne(feedback360Requests.id, request.id),
        sql`${feedback360Requests.createdAt} < ${request.createdAt}`,
      ),
    )
    .orderBy(desc(feedback360Requests.createdAt))
    .limit(1);
  return row ?? null;
}
