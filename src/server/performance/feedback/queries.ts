import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { FeedbackVisibility } from '../../../contracts/feedback';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { peopleRefs } from '../oneOnOnes/queries';
import { feedbackItems, feedbackRequests } from './tables';

export type FeedbackRow = typeof feedbackItems.$inferSelect;
export type FeedbackRequestRow = typeof feedbackRequests.$inferSelect;

async function pageOfItems(db: Db, where: SQL, page: number, pageSize: number) {
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(feedbackItems)
      .where(where)
      .orderBy(desc(feedbackItems.createdAt), desc(feedbackItems.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(feedbackItems)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export const listReceived = (db: Db, actor: Actor, page: number, pageSize: number) =>
  pageOfItems(
    db,
    and(
      eq(feedbackItems.organizationId, actor.organizationId),
      eq(feedbackItems.recipientId, actor.personId ?? ''),
    )!,
    page,
    pageSize,
  );

export const listGiven = (db: Db, actor: Actor, page: number, pageSize: number) =>
  pageOfItems(
    db,
    and(
      eq(feedbackItems.organizationId, actor.organizationId),
      eq(feedbackItems.writerId, actor.personId ?? ''),
    )!,
    page,
    pageSize,
  );

export const listPraiseFeed = (db: Db, organizationId: string, page: number, pageSize: number) =>
  pageOfItems(
    db,
    and(eq(feedbackItems.organizationId, organizationId), eq(feedbackItems.visibility, 'public'))!,
    page,
    pageSize,
  );

/** Feedback about a person: the visibilities the policy allows, plus anything the caller wrote. */
export function listAbout(
  db: Db,
  actor: Actor,
  subjectId: string,
  visibilities: FeedbackVisibility[],
  page: number,
  pageSize: number,
) {
  const reach: SQL[] = [];
  if (visibilities.length > 0) reach.push(inArray(feedbackItems.visibility, visibilities));
  if (actor.personId) reach.push(eq(feedbackItems.writerId, actor.personId));
  if (reach.length === 0) return Promise.resolve({ rows: [], total: 0 });
  return pageOfItems(
    db,
    and(
      eq(feedbackItems.organizationId, actor.organizationId),
      eq(feedbackItems.recipientId, subjectId),
      or(...reach),
    )!,
    page,
    pageSize,
  );
}

export async function findFeedback(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(feedbackItems)
    .where(and(eq(feedbackItems.id, id), eq(feedbackItems.organizationId, organizationId)));
  return row ?? null;
}

export async function findRequest(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(feedbackRequests)
    .where(and(eq(feedbackRequests.id, id), eq(feedbackRequests.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function listRequests(
  db: Db,
  actor: Actor,
  options: {
    direction: 'incoming' | 'outgoing';
    status?: FeedbackRequestRow['status'];
    page: number;
    pageSize: number;
  },
) {
  const who = options.direction === 'incoming' ? feedbackRequests.responderId : feedbackRequests.requesterId;
  const where = and(
    eq(feedbackRequests.organizationId, actor.organizationId),
    eq(who, actor.personId ?? ''),
    options.status ? eq(feedbackRequests.status, options.status) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(feedbackRequests)
      .where(where)
      // Open requests first: they are the ones waiting for someone.
      .orderBy(
        sql`(${feedbackRequests.status} = 'open') DESC`,
        desc(feedbackRequests.createdAt),
        desc(feedbackRequests.id),
      )
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(feedbackRequests)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Questions of the requests a page of items answers, in one query. */
export async function questionsOf(db: Db, rows: FeedbackRow[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.requestId ? [r.requestId] : [])))];
  if (ids.length === 0) return new Map<string, string>();
  const found = await db
    .select({ id: feedbackRequests.id, question: feedbackRequests.question })
    .from(feedbackRequests)
    .where(inArray(feedbackRequests.id, ids));
  return new Map(found.map((r) => [r.id, r.question]));
}

export { peopleRefs };
