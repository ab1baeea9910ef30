import { and, asc, desc, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { type PersonRef, peopleRefs } from '../../org/peopleRefs';
import { departments, people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { queryRows } from '../../platform/db/client';
import {
  careerConversationActions,
  careerConversationNotes,
  careerConversations,
  careerQuestions,
} from './tables';

export type ConversationRow = typeof careerConversations.$inferSelect;
export type NoteRow = typeof careerConversationNotes.$inferSelect;
export type QuestionRow = typeof careerQuestions.$inferSelect;

export async function findConversation(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(careerConversations)
    .where(and(eq(careerConversations.id, id), eq(careerConversations.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Conversations the person takes part in, on either side: scheduled ones first (soonest first), then the rest newest first. */
export async function listConversationsOf(
  db: Db,
  options: {
    organizationId: string;
    personId: string;
    status?: ConversationRow['status'];
    page: number;
    pageSize: number;
  },
) {
  const where = and(
    eq(careerConversations.organizationId, options.organizationId),
    or(
      eq(careerConversations.employeeId, options.personId),
      eq(careerConversations.managerId, options.personId),
    ),
    options.status ? eq(careerConversations.status, options.status) : undefined,
  ) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(careerConversations)
      .where(where)
      .orderBy(
        sql`(${careerConversations.status} = 'scheduled') DESC`,
        sql`CASE WHEN ${careerConversations.status} = 'scheduled' THEN ${careerConversations.scheduledAt} END ASC`,
        desc(careerConversations.scheduledAt),
        desc(careerConversations.id),
      )
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(careerConversations)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export function notesOf(db: Db, conversationId: string) {
  return db
    .select()
    .from(careerConversationNotes)
    .where(eq(careerConversationNotes.conversationId, conversationId))
    .orderBy(asc(careerConversationNotes.createdAt), asc(careerConversationNotes.id));
}

/** The agreed actions of a conversation, in the order they were written. */
export function agreedActionsOf(db: Db, conversationId: string) {
  return db
    .select()
    .from(careerConversationActions)
    .where(eq(careerConversationActions.conversationId, conversationId))
    .orderBy(asc(careerConversationActions.createdAt), asc(careerConversationActions.id));
}

/** A note of one conversation, with that conversation, in the organisation; `forUpdate` locks the note. */
export async function findNoteIn(
  db: Db,
  organizationId: string,
  conversationId: string,
  noteId: string,
  forUpdate = false,
) {
  const query = db
    .select({ note: careerConversationNotes, conversation: careerConversations })
    .from(careerConversationNotes)
    .innerJoin(careerConversations, eq(careerConversations.id, careerConversationNotes.conversationId))
    .where(
      and(
        eq(careerConversationNotes.id, noteId),
        eq(careerConversationNotes.conversationId, conversationId),
        eq(careerConversations.organizationId, organizationId),
      ),
    );
  const [row] = forUpdate ? await query.for('update', { of: careerConversationNotes }) : await query;
  return row ?? null;
}

/** The organisation's question bank in order; retired questions last, only when asked for. */
export async function listQuestions(
  db: Db,
  organizationId: string,
  options: { includeRetired: boolean; page: number; pageSize: number },
) {
  const where = and(
    eq(careerQuestions.organizationId, organizationId),
    options.includeRetired ? undefined : isNull(careerQuestions.retiredAt),
  ) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(careerQuestions)
      .where(where)
      .orderBy(
        sql`(${careerQuestions.retiredAt} IS NULL) DESC`,
        asc(careerQuestions.position),
        asc(careerQuestions.id),
      )
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(careerQuestions)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export function activeQuestions(db: Db, organizationId: string) {
  return db
    .select()
    .from(careerQuestions)
    .where(and(eq(careerQuestions.organizationId, organizationId), isNull(careerQuestions.retiredAt)))
    .orderBy(asc(careerQuestions.position), asc(careerQuestions.id));
}

export async function findQuestion(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(careerQuestions)
    .where(and(eq(careerQuestions.id, id), eq(careerQuestions.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function personBasics(db: Db, organizationId: string, personId: string) {
  const [row] = await db
    .select({
      id: people.id,
      managerId: people.managerId,
      hireDate: people.hireDate,
      status: people.status,
      email: people.email,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, organizationId)));
  return row ?? null;
}

export interface CadenceFact {
  lastHeldAt: Date | null;
  next: ConversationRow | null;
  /** Since when the person reports to their current manager (the current line's start), if known. */
  managerSince: string | null;
}

/**
 * Per person: the last held conversation, the next scheduled one (with `managerId`, when given) and
 * since when they report to their current manager.
 */
export async function cadenceFacts(db: Db, personIds: string[], managerId?: string) {
  if (personIds.length === 0) return new Map<string, CadenceFact>();
  const [held, upcoming, lines] = await Promise.all([
    db
      .select({
        employeeId: careerConversations.employeeId,
        last: sql<string | null>`max(${careerConversations.completedAt})`,
      })
      .from(careerConversations)
      .where(
        and(inArray(careerConversations.employeeId, personIds), eq(careerConversations.status, 'completed')),
      )
      .groupBy(careerConversations.employeeId),
    db
      .selectDistinctOn([careerConversations.employeeId])
      .from(careerConversations)
      .where(
        and(
          inArray(careerConversations.employeeId, personIds),
          eq(careerConversations.status, 'scheduled'),
          managerId ? eq(careerConversations.managerId, managerId) : undefined,
        ),
      )
      .orderBy(careerConversations.employeeId, asc(careerConversations.scheduledAt)),
    queryRows<{ person_id: string; since: string }>(
      db,
      sql`SELECT DISTINCT ON (l.person_id) l.person_id, l.valid_from::text AS since
            FROM reporting_lines l
            JOIN people p ON p.id = l.person_id AND p.manager_id = l.manager_id
           WHERE l.person_id IN (${sql.join(
             personIds.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})
           ORDER BY l.person_id, l.valid_from DESC`,
    ),
  ]);
  const lastBy = new Map(held.map((row) => [row.employeeId, row.last ? new Date(row.last) : null]));
  const nextBy = new Map(upcoming.map((row) => [row.employeeId, row]));
  const sinceBy = new Map(lines.map((row) => [row.person_id, row.since.slice(0, 10)]));
  return new Map<string, CadenceFact>(
    personIds.map((id) => [
      id,
      {
        lastHeldAt: lastBy.get(id) ?? null,
        next: nextBy.get(id) ?? null,
        managerSince: sinceBy.get(id) ?? null,
      },
    ]),
  );
}

/** A manager's current direct reports, by name. */
export async function directReports(
  db: Db,
  organizationId: string,
  managerId: string,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(people.organizationId, organizationId),
    eq(people.managerId, managerId),
    ne(people.status, 'terminated'),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        jobTitle: people.jobTitle,
        hireDate: people.hireDate,
      })
      .from(people)
      .where(where)
      .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(people)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/**
 * HR coverage (cross-part contract 3): per department, current people and how many of them held a
 * career conversation in the last six months. Counts only; no conversation is read.
 */
export async function coverageByDepartment(db: Db, organizationId: string, page: number, pageSize: number) {
  const rows = await queryRows<{
    department_id: string | null;
    department_name: string | null;
    people: number;
    with_conversation: number;
  }>(
    db,
    sql`
    SELECT p.department_id, d.name AS department_name, count(*)::int AS people,
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM ${careerConversations} c
              WHERE c.employee_id = p.id AND c.status = 'completed'
                AND c.completed_at >= now() - interval '6 months'))::int AS with_conversation
      FROM ${people} p LEFT JOIN ${departments} d ON d.id = p.department_id
     WHERE p.organization_id = ${organizationId} AND p.status <> 'terminated'
     GROUP BY p.department_id, d.name
     ORDER BY d.name NULLS LAST, p.department_id`,
  );
  const all = rows.map((row) => ({
    departmentId: row.department_id,
    departmentName: row.department_name ?? '',
    people: Number(row.people),
    withConversation: Number(row.with_conversation),
  }));
  return {
    items: all.slice((page - 1) * pageSize, page * pageSize),
    total: all.length,
    totals: {
      people: all.reduce((sum, row) => sum + row.people, 0),
      withConversation: all.reduce((sum, row) => sum + row.withConversation, 0),
    },
  };
}

export { type PersonRef, peopleRefs };
