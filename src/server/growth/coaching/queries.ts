import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import {
  coachingEngagements,
  coachingGoals,
  coachingNotes,
  coachingProgrammes,
  coachingSessions,
  coachingSummaries,
  coachProfiles,
} from './tables';

export type EngagementRow = typeof coachingEngagements.$inferSelect & { chemistryCoachIds: string[] };
export type ProgrammeRow = typeof coachingProgrammes.$inferSelect;
export type SessionRow = typeof coachingSessions.$inferSelect;
export type NoteRow = typeof coachingNotes.$inferSelect;
export type SummaryRow = typeof coachingSummaries.$inferSelect;

const chemistryIds = sql<string[]>`coalesce((SELECT array_agg(c.coach_id::text ORDER BY c.created_at)
  FROM coaching_chemistry c WHERE c.engagement_id = ${coachingEngagements.id}), '{}'::text[])`;

export async function findEngagement(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<EngagementRow | null> {
  const query = db
    .select({ engagement: coachingEngagements, chemistryCoachIds: chemistryIds })
    .from(coachingEngagements)
    .where(and(eq(coachingEngagements.id, id), eq(coachingEngagements.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update', { of: coachingEngagements }) : await query;
  return row ? { ...row.engagement, chemistryCoachIds: row.chemistryCoachIds ?? [] } : null;
}

/** Whether the person's coach profile is in the pool (the coach half of the per-request check). */
export async function profileInPool(db: Db, organizationId: string, personId: string | null) {
  if (!personId) return false;
  const [row] = await db
    .select({ inPool: coachProfiles.inPool })
    .from(coachProfiles)
    .where(and(eq(coachProfiles.organizationId, organizationId), eq(coachProfiles.personId, personId)));
  return row?.inPool ?? false;
}

export async function findProgramme(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(coachingProgrammes)
    .where(and(eq(coachingProgrammes.id, id), eq(coachingProgrammes.organizationId, organizationId)));
  return row ?? null;
}

/** Engagements where the person is the coachee ('coachee') or the coach / a chemistry coach ('coach'). */
export async function listEngagements(
  db: Db,
  options: {
    organizationId: string;
    personId: string;
    as: 'coachee' | 'coach';
    page: number;
    pageSize: number;
  },
) {
  const mine =
    options.as === 'coachee'
      ? eq(coachingEngagements.coacheeId, options.personId)
      : or(
          eq(coachingEngagements.coachId, options.personId),
          and(
            eq(coachingEngagements.status, 'chemistry'),
            sql`EXISTS (SELECT 1 FROM coaching_chemistry c WHERE c.engagement_id = ${coachingEngagements.id}
                         AND c.coach_id = ${options.personId})`,
          ),
        );
  const where = and(eq(coachingEngagements.organizationId, options.organizationId), mine) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select({ engagement: coachingEngagements, chemistryCoachIds: chemistryIds })
      .from(coachingEngagements)
      .where(where)
      .orderBy(desc(coachingEngagements.updatedAt), desc(coachingEngagements.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(coachingEngagements)
      .where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.engagement, chemistryCoachIds: r.chemistryCoachIds ?? [] })),
    total: count?.total ?? 0,
  };
}

export async function namesOf(db: Db, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, { id: string; name: string }>();
  const rows = await db
    .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(inArray(people.id, wanted));
  return new Map(rows.map((r) => [r.id, { id: r.id, name: `${r.givenName} ${r.familyName}` }]));
}

export async function sessionsOf(db: Db, engagementIds: readonly string[]) {
  if (engagementIds.length === 0) return [];
  return db
    .select()
    .from(coachingSessions)
    .where(inArray(coachingSessions.engagementId, [...engagementIds]))
    .orderBy(asc(coachingSessions.scheduledAt));
}

export async function goalsOf(db: Db, engagementId: string) {
  return db
    .select()
    .from(coachingGoals)
    .where(eq(coachingGoals.engagementId, engagementId))
    .orderBy(asc(coachingGoals.position));
}

export async function summaryOf(db: Db, engagementId: string) {
  const [row] = await db
    .select()
    .from(coachingSummaries)
    .where(eq(coachingSummaries.engagementId, engagementId));
  return row ?? null;
}

export async function findSession(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(coachingSessions)
    .where(and(eq(coachingSessions.id, id), eq(coachingSessions.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findNote(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(coachingNotes)
    .where(and(eq(coachingNotes.id, id), eq(coachingNotes.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function listNotes(db: Db, engagementId: string, page: number, pageSize: number) {
  const where = eq(coachingNotes.engagementId, engagementId);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(coachingNotes)
      .where(where)
      .orderBy(desc(coachingNotes.createdAt), desc(coachingNotes.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(coachingNotes)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Active engagements per coach, for capacity. */
export async function activeLoad(db: Db, organizationId: string, coachIds: readonly string[]) {
  if (coachIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ coachId: coachingEngagements.coachId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(coachingEngagements)
    .where(
      and(
        eq(coachingEngagements.organizationId, organizationId),
        inArray(coachingEngagements.coachId, [...coachIds]),
        inArray(coachingEngagements.status, ['requested', 'awaiting_approval', 'active']),
      ),
    )
    .groupBy(coachingEngagements.coachId);
  return new Map(rows.map((r) => [r.coachId!, r.n]));
}

/**
 * A coachee's summaries that are shared right now; `viewerId` keeps to those shared with that
 * person (the manager reading), null for the coachee themselves.
 */
export async function sharedSummaries(
  db: Db,
  organizationId: string,
  coacheeId: string,
  viewerId: string | null,
) {
  const rows = await db
    .select()
    .from(coachingSummaries)
    .where(
      and(
        eq(coachingSummaries.organizationId, organizationId),
        eq(coachingSummaries.coacheeId, coacheeId),
        viewerId
          ? eq(coachingSummaries.sharedWithId, viewerId)
          : sql`${coachingSummaries.sharedWithId} IS NOT NULL`,
      ),
    )
    .orderBy(desc(coachingSummaries.sharedAt))
    .limit(20);
  const names = await namesOf(db, [coacheeId]);
  return rows.map((r) => ({
    coachee: names.get(coacheeId) ?? { id: coacheeId, name: '' },
    summaryText: r.summaryText,
    sharedAt: (r.sharedAt ?? r.updatedAt).toISOString(),
  }));
}
