import { and, asc, eq, gt, ilike, inArray, ne, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { type directoryQuery, type EmploymentStatus, employmentStatus } from '../../contracts/org';
import { accounts } from '../platform/auth/tables';
import { type Db, queryRows } from '../platform/db/client';
import { managementChain } from '../platform/policy/managementChain';
import { departments, levels, people, reportingLines } from './tables';

const manager = alias(people, 'manager');

// Written out in full: Drizzle leaves ${people.id} unqualified in a single-table select, and inside
// this subquery a bare "id" would mean r.id.
const directReportCount =
  sql<number>`(SELECT count(*) FROM people r WHERE r.manager_id = "people"."id" AND r.status <> 'terminated')`.mapWith(
    Number,
  );

const personColumns = {
  person: people,
  level: { id: levels.id, code: levels.code, name: levels.name },
  department: { id: departments.id, name: departments.name },
};

export type PersonRow = Awaited<ReturnType<typeof findPerson>> & {};

/** A person with level, department, manager and account facts; `forUpdate` locks the person row. */
export async function findPerson(db: Db, organizationId: string, personId: string, forUpdate = false) {
  const query = db
    .select({
      ...personColumns,
      manager: {
        id: manager.id,
        givenName: manager.givenName,
        familyName: manager.familyName,
        jobTitle: manager.jobTitle,
      },
      directReportCount,
      account: {
        id: accounts.id,
        roles: accounts.roles,
        hasPassword: sql<boolean>`${accounts.passwordHash} IS NOT NULL`,
      },
    })
    .from(people)
    .leftJoin(levels, eq(levels.id, people.levelId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(manager, eq(manager.id, people.managerId))
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: people }) : await query;
  return row ?? null;
}

/**
 * A page of the directory. `reach` is the caller's `directoryReach`: the employment statuses they may
 * read; a status filter outside it is ignored rather than answered with nothing.
 */
export async function listDirectory(
  db: Db,
  organizationId: string,
  query: z.output<typeof directoryQuery>,
  reach: readonly EmploymentStatus[],
) {
  const conditions: SQL[] = [eq(people.organizationId, organizationId)];
  if (query.status && reach.includes(query.status)) conditions.push(eq(people.status, query.status));
  const hidden = employmentStatus.options.filter((status) => !reach.includes(status));
  if (hidden.length > 0) conditions.push(notInArray(people.status, hidden));
  if (query.departmentId) conditions.push(eq(people.departmentId, query.departmentId));
  if (query.levelId) conditions.push(eq(people.levelId, query.levelId));
  if (query.q) conditions.push(searchCondition(query.q));
  const where = and(...conditions)!;
  const offset = (query.page - 1) * query.pageSize;
  if (query.q) return searchDirectory(db, where, query.pageSize, offset);
  // Ids first (the name index serves the order and the offset), then the page's rows with their joins:
  // deep pages stay cheap because only one page of rows is ever joined.
  const [ids, [count]] = await Promise.all([
    db
      .select({ id: people.id })
      .from(people)
      .where(where)
      .orderBy(...directoryOrder)
      .limit(query.pageSize)
      .offset(offset),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(people)
      .where(where),
  ]);
  return {
    rows: await rowsByIds(
      db,
      ids.map((r) => r.id),
    ),
    total: count?.total ?? 0,
  };
}

async function rowsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return directoryRows(db)
    .where(inArray(people.id, ids))
    .orderBy(...directoryOrder);
}

const SHORT_QUERY = 3;

/**
 * Three letters or more match anywhere in the name, email or title (trigram indexes). Shorter queries
 * match the start of the given or family name instead: "an" then finds Ana and Anders, not every name
 * containing "an", and the prefix indexes answer it without reading every person.
 */
function searchCondition(q: string): SQL {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  if (q.length < SHORT_QUERY) {
    const prefix = `${escaped.toLowerCase()}%`;
    return or(
      sql`lower(${people.givenName}) LIKE ${prefix}`,
      sql`lower(${people.familyName}) LIKE ${prefix}`,
    )!;
  }
  const pattern = `%${escaped}%`;
  return or(
    ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, pattern),
    ilike(people.email, pattern),
    ilike(people.jobTitle, pattern),
  )!;
}

const directoryOrder = [asc(people.familyName), asc(people.givenName), asc(people.id)];
const directoryRows = (db: Db) =>
  db
    .select(personColumns)
    .from(people)
    .leftJoin(levels, eq(levels.id, people.levelId))
    .leftJoin(departments, eq(departments.id, people.departmentId));

/**
 * Search collects the matches once (the trigram indexes find them), then sorts and counts that set.
 * Without the materialised step the planner walks the name index and tests every row.
 */
async function searchDirectory(db: Db, where: SQL, limit: number, offset: number) {
  const page = await queryRows<{ id: string; total: number }>(
    db,
    sql`WITH matches AS MATERIALIZED (
          SELECT ${people.id} AS id, ${people.familyName} AS family_name, ${people.givenName} AS given_name
            FROM ${people} WHERE ${where})
        SELECT id, (SELECT count(*) FROM matches)::int AS total FROM matches
         ORDER BY family_name, given_name, id LIMIT ${limit} OFFSET ${offset}`,
  );
  if (page.length === 0) {
    const [count] = await queryRows<{ total: number }>(
      db,
      sql`SELECT count(*)::int AS total FROM ${people} WHERE ${where}`,
    );
    return { rows: [], total: Number(count?.total ?? 0) };
  }
  return {
    rows: await rowsByIds(
      db,
      page.map((p) => p.id),
    ),
    total: Number(page[0]!.total),
  };
}

const chartColumns = {
  id: people.id,
  givenName: people.givenName,
  familyName: people.familyName,
  jobTitle: people.jobTitle,
  status: people.status,
  department: departments.name,
  directReportCount,
};

export async function orgChartRoots(db: Db, organizationId: string) {
  return db
    .select(chartColumns)
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(
      and(
        eq(people.organizationId, organizationId),
        sql`${people.managerId} IS NULL`,
        ne(people.status, 'terminated'),
      ),
    )
    .orderBy(asc(people.familyName), asc(people.id))
    .limit(50);
}

/** Direct reports in pages; the cursor is the last row's "family name|id" so pages never drift. */
export async function orgChartChildren(
  db: Db,
  organizationId: string,
  managerId: string,
  cursor: string | null,
  limit: number,
) {
  const conditions: SQL[] = [
    eq(people.organizationId, organizationId),
    eq(people.managerId, managerId),
    ne(people.status, 'terminated'),
  ];
  if (cursor) {
    const [familyName = '', id = ''] = decodeCursor(cursor);
    conditions.push(
      or(gt(people.familyName, familyName), and(eq(people.familyName, familyName), gt(people.id, id)))!,
    );
  }
  const rows = await db
    .select(chartColumns)
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(and(...conditions))
    .orderBy(asc(people.familyName), asc(people.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > limit && last ? encodeCursor([last.familyName, last.id]) : null,
  };
}

export function encodeCursor(parts: string[]) {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}
export function decodeCursor(cursor: string): string[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** Root … person, following current managers upward. */
export async function orgChartPath(db: Db, organizationId: string, personId: string) {
  const chain = await managementChain(db, organizationId, personId);
  const ids = chain.map((link) => link.id).reverse();
  if (ids.length === 0) return [];
  const nodes = await db
    .select(chartColumns)
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, ids)));
  const byId = new Map(nodes.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}

export async function reportingHistory(db: Db, organizationId: string, personId: string) {
  return db
    .select({
      id: reportingLines.id,
      validFrom: reportingLines.validFrom,
      validTo: reportingLines.validTo,
      manager: { id: manager.id, givenName: manager.givenName, familyName: manager.familyName },
    })
    .from(reportingLines)
    .leftJoin(manager, eq(manager.id, reportingLines.managerId))
    .where(and(eq(reportingLines.organizationId, organizationId), eq(reportingLines.personId, personId)))
    .orderBy(sql`${reportingLines.validFrom} DESC`, sql`${reportingLines.createdAt} DESC`);
}

/** "Who managed this person on date D" — the reporting line whose [validFrom, validTo) holds D. */
export async function managerOn(db: Db, organizationId: string, personId: string, date: string) {
  const [row] = await db
    .select({ managerId: reportingLines.managerId })
    .from(reportingLines)
    .where(
      and(
        eq(reportingLines.organizationId, organizationId),
        eq(reportingLines.personId, personId),
        sql`${reportingLines.validFrom} <= ${date}::date`,
        sql`(${reportingLines.validTo} IS NULL OR ${reportingLines.validTo} > ${date}::date)`,
      ),
    )
    .orderBy(sql`${reportingLines.validFrom} DESC`)
    .limit(1);
  return row?.managerId ?? null;
}
