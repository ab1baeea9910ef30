import { and, asc, eq, gt, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { issue } from '../../contracts/issues';
import type { Actor } from '../platform/auth/actor';
import { accounts } from '../platform/auth/tables';
import type { Db } from '../platform/db/client';
import { prepared } from '../platform/db/prepared';
import { validationFailed } from '../platform/errors/appError';
import { decodeCursor, encodeCursor, isUuid } from '../platform/http/cursor';
import { managementChain } from '../platform/policy/managementChain';
import { chainDepthSql, relationOfDepth } from '../platform/policy/relations';
import { departments, levels, people, reportingLines } from './tables';

/** The directory lives in `directory.ts`; benchmarks still import it from here. */
export { listDirectory } from './directory';

const manager = alias(people, 'manager');

// Written out in full: Drizzle leaves ${people.id} unqualified in a single-table select, and inside
// this subquery a bare "id" would mean r.id.
const directReportCount =
  sql<number>`(SELECT count(*) FROM people r WHERE r.organization_id = "people"."organization_id" AND r.manager_id = "people"."id" AND r.status <> 'terminated')`.mapWith(
    Number,
  );

const personColumns = {
  person: people,
  level: { id: levels.id, code: levels.code, name: levels.name },
  department: { id: departments.id, name: departments.name },
};

export type PersonRow = Awaited<ReturnType<typeof findPerson>> & {};

const personFacts = {
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
};

/** A person with level, department, manager and account facts, and `extra` columns. */
const personWithFacts = <Extra extends Record<string, SQL.Aliased | SQL>>(db: Db, extra: Extra) =>
  db
    .select({ ...personFacts, ...extra })
    .from(people)
    .leftJoin(levels, eq(levels.id, people.levelId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(manager, eq(manager.id, people.managerId))
    .leftJoin(accounts, eq(accounts.personId, people.id));

const inOrganization = and(
  eq(people.organizationId, sql.placeholder('organizationId')),
  eq(people.id, sql.placeholder('personId')),
);

const personById = prepared((db) =>
  personWithFacts(db, {}).where(inOrganization).limit(1).prepare('find_person'),
);

/** A person with level, department, manager and account facts; `forUpdate` locks the person row. */
export async function findPerson(db: Db, organizationId: string, personId: string, forUpdate = false) {
  const [row] = forUpdate
    ? await personWithFacts(db, {})
        .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)))
        .limit(1)
        .for('update', { of: people })
    : await personById(db).execute({ organizationId, personId });
  return row ?? null;
}

/** Every profile read: the person and the caller's place in their management chain, prepared once. */
const personSeenBy = prepared((db) =>
  personWithFacts(db, {
    viewerDepth: chainDepthSql(
      sql.placeholder('personId'),
      sql.placeholder('organizationId'),
      sql.placeholder('viewerPersonId'),
    ),
  })
    .where(inOrganization)
    .limit(1)
    .prepare('find_person_seen_by'),
);

/** The person as `findPerson` reads them, with the caller's relation to them, in one statement. */
export async function findPersonSeenBy(db: Db, actor: Actor, personId: string) {
  const [found] = await personSeenBy(db).execute({
    organizationId: actor.organizationId,
    personId,
    viewerPersonId: actor.personId,
  });
  if (!found) return null;
  const { viewerDepth, ...row } = found;
  return { row, relation: relationOfDepth(viewerDepth === null ? null : Number(viewerDepth)) };
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
    const [familyName, id] = decodeCursor(cursor);
    if (familyName === undefined || !isUuid(id)) {
      throw validationFailed({ cursor: issue('listPositionInvalid') });
    }
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
