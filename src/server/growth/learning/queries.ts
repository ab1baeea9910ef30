import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { competencies } from '../paths/tables';
import {
  certifications,
  type EnrolmentStatus,
  type LearningKind,
  learningEnrolments,
  learningItemCompetencies,
  learningItems,
} from './tables';

export type LearningItemRow = typeof learningItems.$inferSelect;
export type EnrolmentRow = typeof learningEnrolments.$inferSelect;
export type CertificationRow = typeof certifications.$inferSelect;

/**
 * Contract for the plans part: catalogue items by id (retired ones included, so a plan action keeps
 * showing what it linked to). Ids of another organisation are silently left out.
 */
export async function findLearningItems(
  db: Db,
  organizationId: string,
  ids: string[],
): Promise<{ id: string; title: string; kind: string; url: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: learningItems.id,
      title: learningItems.title,
      kind: learningItems.kind,
      url: learningItems.url,
    })
    .from(learningItems)
    .where(and(eq(learningItems.organizationId, organizationId), inArray(learningItems.id, ids)));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listLearningItems(
  db: Db,
  organizationId: string,
  options: {
    search?: string;
    kind?: LearningKind;
    status: 'active' | 'retired' | 'all';
    page: number;
    pageSize: number;
  },
) {
  const conditions: SQL[] = [eq(learningItems.organizationId, organizationId)];
  if (options.status !== 'all') conditions.push(eq(learningItems.status, options.status));
  if (options.kind) conditions.push(eq(learningItems.kind, options.kind));
  if (options.search) {
    const pattern = `%${escapeLike(options.search)}%`;
    conditions.push(
      or(
        ilike(learningItems.title, pattern),
        ilike(learningItems.provider, pattern),
        sql`${learningItems.skills}::text ILIKE ${pattern}`,
      )!,
    );
  }
  const where = and(...conditions)!;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(learningItems)
      .where(where)
      .orderBy(asc(learningItems.title), asc(learningItems.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(learningItems)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function findLearningItem(db: Db, organizationId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(learningItems)
    .where(and(eq(learningItems.organizationId, organizationId), eq(learningItems.id, itemId)));
  return row ?? null;
}

/** Competencies each item builds, by item id. */
export async function competenciesOfItems(db: Db, itemIds: string[]) {
  const result = new Map<string, { id: string; name: string }[]>();
  if (itemIds.length === 0) return result;
  const rows = await db
    .select({ itemId: learningItemCompetencies.itemId, id: competencies.id, name: competencies.name })
    .from(learningItemCompetencies)
    .innerJoin(competencies, eq(competencies.id, learningItemCompetencies.competencyId))
    .where(inArray(learningItemCompetencies.itemId, itemIds))
    .orderBy(asc(competencies.name));
  for (const row of rows) {
    const list = result.get(row.itemId) ?? [];
    list.push({ id: row.id, name: row.name });
    result.set(row.itemId, list);
  }
  return result;
}

/** Enrolment and completion counts per item (aggregates only, for HR). */
export async function enrolmentCounts(db: Db, itemIds: string[]) {
  const result = new Map<string, { enrolled: number; completed: number }>();
  if (itemIds.length === 0) return result;
  const rows = await db
    .select({
      itemId: learningEnrolments.itemId,
      enrolled: sql<number>`count(*)`.mapWith(Number),
      completed: sql<number>`count(*) FILTER (WHERE ${learningEnrolments.status} = 'completed')`.mapWith(
        Number,
      ),
    })
    .from(learningEnrolments)
    .where(inArray(learningEnrolments.itemId, itemIds))
    .groupBy(learningEnrolments.itemId);
  for (const row of rows) result.set(row.itemId, { enrolled: row.enrolled, completed: row.completed });
  return result;
}

export async function enrolmentsOfPersonFor(db: Db, personId: string, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, { id: string; status: EnrolmentStatus }>();
  const rows = await db
    .select({
      id: learningEnrolments.id,
      itemId: learningEnrolments.itemId,
      status: learningEnrolments.status,
    })
    .from(learningEnrolments)
    .where(and(eq(learningEnrolments.personId, personId), inArray(learningEnrolments.itemId, itemIds)));
  return new Map(rows.map((r) => [r.itemId, { id: r.id, status: r.status }]));
}

export async function listEnrolments(
  db: Db,
  organizationId: string,
  personId: string,
  options: { sharedOnly: boolean; status?: EnrolmentStatus; page: number; pageSize: number },
) {
  const conditions: SQL[] = [
    eq(learningEnrolments.organizationId, organizationId),
    eq(learningEnrolments.personId, personId),
  ];
  if (options.sharedOnly) conditions.push(eq(learningEnrolments.sharedWithManager, true));
  if (options.status) conditions.push(eq(learningEnrolments.status, options.status));
  const where = and(...conditions)!;
  const [rows, [count]] = await Promise.all([
    db
      .select({ enrolment: learningEnrolments, item: learningItems })
      .from(learningEnrolments)
      .innerJoin(learningItems, eq(learningItems.id, learningEnrolments.itemId))
      .where(where)
      // Open enrolments first, then the most recently completed.
      .orderBy(
        asc(learningEnrolments.status),
        desc(learningEnrolments.completedOn),
        desc(learningEnrolments.enrolledAt),
        asc(learningEnrolments.id),
      )
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(learningEnrolments)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** One enrolment with its item; `forUpdate` locks the enrolment (never the shared catalogue item). */
export async function findEnrolment(db: Db, organizationId: string, enrolmentId: string, forUpdate = false) {
  const query = db
    .select({ enrolment: learningEnrolments, item: learningItems })
    .from(learningEnrolments)
    .innerJoin(learningItems, eq(learningItems.id, learningEnrolments.itemId))
    .where(
      and(eq(learningEnrolments.organizationId, organizationId), eq(learningEnrolments.id, enrolmentId)),
    );
  const [row] = forUpdate ? await query.for('update', { of: learningEnrolments }) : await query;
  return row ?? null;
}

export async function listCertifications(
  db: Db,
  organizationId: string,
  personId: string,
  options: { sharedOnly: boolean; page: number; pageSize: number },
) {
  const conditions: SQL[] = [
    eq(certifications.organizationId, organizationId),
    eq(certifications.personId, personId),
  ];
  if (options.sharedOnly) conditions.push(eq(certifications.sharedWithManager, true));
  const where = and(...conditions)!;
  const [rows, [count]] = await Promise.all([
    db
      .select({ certification: certifications, itemTitle: learningItems.title })
      .from(certifications)
      .leftJoin(learningItems, eq(learningItems.id, certifications.itemId))
      .where(where)
      // Soonest expiry first; certifications without expiry last.
      .orderBy(
        sql`${certifications.expiresOn} ASC NULLS LAST`,
        asc(certifications.name),
        asc(certifications.id),
      )
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(certifications)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** One certification with its catalogue title; `forUpdate` locks the certification only. */
export async function findCertification(
  db: Db,
  organizationId: string,
  certificationId: string,
  forUpdate = false,
) {
  const query = db
    .select({ certification: certifications, itemTitle: learningItems.title })
    .from(certifications)
    .leftJoin(learningItems, eq(learningItems.id, certifications.itemId))
    .where(and(eq(certifications.organizationId, organizationId), eq(certifications.id, certificationId)));
  const [row] = forUpdate ? await query.for('update', { of: certifications }) : await query;
  return row ?? null;
}
