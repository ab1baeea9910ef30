import { and, asc, eq, ilike, inArray, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type directoryQuery, type EmploymentStatus, employmentStatus } from '../../contracts/org';
import { type Db, queryRows } from '../platform/db/client';
import { preparedSql } from '../platform/db/prepared';
import { departments, levels, people } from './tables';

/** What a directory row carries: the fields `presentPersonSummary` shows, nothing more. */
export interface DirectoryRow {
  person: {
    id: string;
    givenName: string;
    familyName: string;
    email: string;
    jobTitle: string;
    location: string;
    status: EmploymentStatus;
    managerId: string | null;
  };
  level: { id: string; code: string; name: string } | null;
  department: { id: string; name: string } | null;
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
): Promise<{ rows: DirectoryRow[]; total: number }> {
  const filter: DirectoryFilter = {
    status: query.status && reach.includes(query.status) ? query.status : undefined,
    hidden: employmentStatus.options.filter((status) => !reach.includes(status)),
    departmentId: query.departmentId,
    levelId: query.levelId,
  };
  const offset = (query.page - 1) * query.pageSize;
  if (query.q) {
    const where = and(...filterConditions(organizationId, filter), searchCondition(query.q))!;
    return searchDirectory(db, where, query.pageSize, offset);
  }
  const values = { organizationId, ...filter, offset };
  const page = await directoryPage(filter, query.pageSize, offset > 0)(db).execute(values);
  if (page.length > 0) return { rows: page.map((entry) => entry.row), total: page[0]!.total };
  // Past the last page: the total still answers.
  const [count] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(people)
    .where(and(...filterConditions(organizationId, filter)));
  return { rows: [], total: count?.total ?? 0 };
}

interface DirectoryFilter {
  status: EmploymentStatus | undefined;
  /** Statuses outside the caller's reach: fixed per shape, written into the statement. */
  hidden: EmploymentStatus[];
  departmentId: string | undefined;
  levelId: string | undefined;
}

function filterConditions(organizationId: string, filter: DirectoryFilter): SQL[] {
  const conditions: SQL[] = [eq(people.organizationId, organizationId)];
  if (filter.status) conditions.push(eq(people.status, filter.status));
  if (filter.hidden.length > 0) conditions.push(notInArray(people.status, filter.hidden));
  if (filter.departmentId) conditions.push(eq(people.departmentId, filter.departmentId));
  if (filter.levelId) conditions.push(eq(people.levelId, filter.levelId));
  return conditions;
}

/**
 * The browsing directory (no search) in one prepared statement per filter shape: ids first (the name
 * index serves the order and the offset), then only the page's rows joined, with the total from the
 * same statement. Deep pages stay cheap because only one page of rows is ever joined; the ids go in
 * as an array so the page is fetched by primary key (joined to the subquery, the planner would scan
 * every person to hash them).
 */
const directoryPages = new Map<string, ReturnType<typeof preparedDirectoryPage>>();

/**
 * The page size is written into the statement and the offset left out on the first page: with both
 * known, PostgreSQL settles on one generic plan instead of planning every call.
 */
function directoryPage(filter: DirectoryFilter, limit: number, offset: boolean) {
  const key = [
    filter.status ? 's' : '',
    filter.hidden.join('+'),
    filter.departmentId ? 'd' : '',
    filter.levelId ? 'l' : '',
    offset ? 'o' : '',
    limit,
  ].join('_');
  let page = directoryPages.get(key);
  if (!page) {
    page = preparedDirectoryPage(`directory_page${key}`, filter, limit, offset);
    directoryPages.set(key, page);
  }
  return page;
}

function preparedDirectoryPage(name: string, filter: DirectoryFilter, limit: number, offset: boolean) {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError('page size');
  const where = () =>
    sql.join(
      [
        sql`organization_id = ${sql.placeholder('organizationId')}`,
        filter.status ? sql`status = ${sql.placeholder('status')}` : null,
        filter.hidden.length > 0
          ? sql`status NOT IN (${sql.join(
              filter.hidden.map((status) => sql`${status}`),
              sql`, `,
            )})`
          : null,
        filter.departmentId ? sql`department_id = ${sql.placeholder('departmentId')}` : null,
        filter.levelId ? sql`level_id = ${sql.placeholder('levelId')}` : null,
      ].filter((condition) => condition !== null),
      sql` AND `,
    );
  return preparedSql(
    name,
    sql`
      SELECT p.id, p.given_name, p.family_name, p.email, p.job_title, p.location, p.status, p.manager_id,
             l.id, l.code, l.name, d.id, d.name,
             (SELECT count(*)::int FROM people WHERE ${where()}) AS total
        FROM people p
        LEFT JOIN levels l ON l.id = p.level_id
        LEFT JOIN departments d ON d.id = p.department_id
       WHERE p.id = ANY(ARRAY(
               SELECT id FROM people WHERE ${where()}
                ORDER BY family_name, given_name, id
                LIMIT ${sql.raw(String(limit))} ${offset ? sql`OFFSET ${sql.placeholder('offset')}` : sql``}))
       ORDER BY p.family_name, p.given_name, p.id`,
    (v) => ({
      row: {
        person: {
          id: v[0] as string,
          givenName: v[1] as string,
          familyName: v[2] as string,
          email: v[3] as string,
          jobTitle: v[4] as string,
          location: v[5] as string,
          status: v[6] as EmploymentStatus,
          managerId: v[7] as string | null,
        },
        level: v[8] === null ? null : { id: v[8] as string, code: v[9] as string, name: v[10] as string },
        department: v[11] === null ? null : { id: v[11] as string, name: v[12] as string },
      } satisfies DirectoryRow,
      total: Number(v[13]),
    }),
  );
}

async function rowsByIds(db: Db, ids: string[]): Promise<DirectoryRow[]> {
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
    .select({
      person: {
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        email: people.email,
        jobTitle: people.jobTitle,
        location: people.location,
        status: people.status,
        managerId: people.managerId,
      },
      level: { id: levels.id, code: levels.code, name: levels.name },
      department: { id: departments.id, name: departments.name },
    })
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
