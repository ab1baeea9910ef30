import { desc, eq, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { accessLog } from './tables';

export type AccessedDataClass = 'directory' | 'performance' | 'compensation' | 'development' | 'talent';

/** Written on nearly every read of someone else's record: one prepared statement. */
const insertAccess = prepared((db) =>
  db
    .insert(accessLog)
    .values({
      organizationId: sql.placeholder('organizationId'),
      subjectPersonId: sql.placeholder('subjectPersonId'),
      viewerAccountId: sql.placeholder('viewerAccountId'),
      viewerPersonId: sql.placeholder('viewerPersonId'),
      dataClass: sql.placeholder('dataClass'),
      resource: sql.placeholder('resource'),
      reason: sql.placeholder('reason'),
    })
    .prepare('record_access'),
);

/**
 * Records that the caller read one person's record (SPEC S1.5). Reads of one's own record are not
 * logged; everything else is, whatever the caller's role.
 */
export async function recordAccess(
  db: Db,
  actor: Actor,
  entry: { subjectPersonId: string; dataClass: AccessedDataClass; resource: string; reason?: string },
) {
  if (actor.personId === entry.subjectPersonId) return;
  await insertAccess(db).execute({
    organizationId: actor.organizationId,
    subjectPersonId: entry.subjectPersonId,
    viewerAccountId: actor.accountId,
    viewerPersonId: actor.personId,
    dataClass: entry.dataClass,
    resource: entry.resource,
    reason: entry.reason ?? null,
  });
}

/**
 * `recordAccess` for many reads at once (a list that shows several people's records): one
 * multi-row insert, the caller's own records left out as there.
 */
export async function recordAccesses(
  db: Db,
  actor: Actor,
  entries: { subjectPersonId: string; dataClass: AccessedDataClass; resource: string }[],
) {
  const others = entries.filter((entry) => entry.subjectPersonId !== actor.personId);
  if (others.length === 0) return;
  await db.insert(accessLog).values(
    others.map((entry) => ({
      organizationId: actor.organizationId,
      subjectPersonId: entry.subjectPersonId,
      viewerAccountId: actor.accountId,
      viewerPersonId: actor.personId,
      dataClass: entry.dataClass,
      resource: entry.resource,
    })),
  );
}

export async function listAccessToPerson(db: Db, personId: string, page: number, pageSize: number) {
  const where = eq(accessLog.subjectPersonId, personId);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: accessLog.id,
        dataClass: accessLog.dataClass,
        resource: accessLog.resource,
        reason: accessLog.reason,
        at: accessLog.at,
        viewerGivenName: people.givenName,
        viewerFamilyName: people.familyName,
        viewerJobTitle: people.jobTitle,
      })
      .from(accessLog)
      .leftJoin(people, eq(people.id, accessLog.viewerPersonId))
      .where(where)
      .orderBy(desc(accessLog.at), desc(accessLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(accessLog)
      .where(where),
  ]);
  return {
    total: count?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      viewer: r.viewerGivenName
        ? { displayName: `${r.viewerGivenName} ${r.viewerFamilyName}`, jobTitle: r.viewerJobTitle ?? '' }
        : null,
      dataClass: r.dataClass,
      resource: r.resource,
      reason: r.reason,
      at: r.at.toISOString(),
    })),
  };
}
