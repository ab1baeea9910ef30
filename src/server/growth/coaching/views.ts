import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { CoachProfile, EngagementDetail } from '../../../contracts/coaching';
import { people } from '../../org/tables';
import type { Actor } from '../../platform/auth/actor';
import { accounts } from '../../platform/auth/tables';
import { organizationTimeZone, todayIn } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { aspirations } from '../aspirations/tables';
import { engagementAccess } from './access';
import type { CoachingSide, EngagementPolicy } from './policy';
import { presentDetail, presentEngagement } from './present';
import { activeLoad, type EngagementRow, goalsOf, namesOf, sessionsOf, summaryOf } from './queries';
import { coachingEngagements, coachingInvitations, coachingProgrammes, coachProfiles } from './tables';

const fullName = sql<string>`${people.givenName} || ' ' || ${people.familyName}`;

/** Coach profiles; `poolOnly` keeps to coaches people may ask (in the pool, with the coach role). */
export async function listCoaches(
  db: Db,
  organizationId: string,
  options: {
    poolOnly: boolean;
    specialty?: string;
    language?: string;
    kind?: 'internal' | 'external';
    page: number;
    pageSize: number;
  },
) {
  const hasRole = sql<boolean>`coalesce(${accounts.disabledAt} IS NULL AND 'coach' = ANY(${accounts.roles}), false)`;
  const anyLike = (column: SQL, value: string) =>
    sql`EXISTS (SELECT 1 FROM unnest(${column}) v WHERE v ILIKE ${`%${value.replace(/[%_\\]/g, '\\$&')}%`})`;
  const where = and(
    eq(coachProfiles.organizationId, organizationId),
    options.poolOnly
      ? and(eq(coachProfiles.inPool, true), hasRole, sql`${people.status} <> 'terminated'`)
      : undefined,
    options.kind ? eq(coachProfiles.kind, options.kind) : undefined,
    options.specialty ? anyLike(sql`${coachProfiles.specialties}`, options.specialty) : undefined,
    options.language ? anyLike(sql`${coachProfiles.languages}`, options.language) : undefined,
  ) as SQL;
  const base = () =>
    db
      .select({ profile: coachProfiles, name: fullName, jobTitle: people.jobTitle, hasRole })
      .from(coachProfiles)
      .innerJoin(people, eq(people.id, coachProfiles.personId))
      .leftJoin(accounts, eq(accounts.personId, coachProfiles.personId));
  const [rows, [count]] = await Promise.all([
    base()
      .where(where)
      .orderBy(asc(people.familyName), asc(people.givenName), asc(coachProfiles.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(coachProfiles)
      .innerJoin(people, eq(people.id, coachProfiles.personId))
      .leftJoin(accounts, eq(accounts.personId, coachProfiles.personId))
      .where(where),
  ]);
  const load = await activeLoad(
    db,
    organizationId,
    rows.map((r) => r.profile.personId),
  );
  const items: CoachProfile[] = rows.map(({ profile, name, jobTitle, hasRole: role }) => ({
    personId: profile.personId,
    name,
    jobTitle,
    kind: profile.kind,
    specialties: profile.specialties,
    languages: profile.languages,
    timeZone: profile.timeZone,
    credentials: profile.credentials,
    bio: profile.bio,
    capacity: profile.capacity,
    activeEngagements: load.get(profile.personId) ?? 0,
    inPool: profile.inPool,
    hasCoachRole: Boolean(role),
    version: profile.version,
  }));
  return { items, total: count?.total ?? 0 };
}

export async function listProgrammes(db: Db, organizationId: string, activeOnly: boolean) {
  return db
    .select()
    .from(coachingProgrammes)
    .where(
      and(
        eq(coachingProgrammes.organizationId, organizationId),
        activeOnly ? eq(coachingProgrammes.active, true) : undefined,
      ),
    )
    .orderBy(asc(coachingProgrammes.name), asc(coachingProgrammes.id));
}

export const presentProgramme = (row: typeof coachingProgrammes.$inferSelect) => ({
  id: row.id,
  name: row.name,
  sessionAllowance: row.sessionAllowance,
  durationMonths: row.durationMonths,
  maxChemistry: row.maxChemistry,
  requiresApproval: row.requiresApproval,
  active: row.active,
  version: row.version,
});

/** Engagements as the caller may see them (list rows: the decision per row, no load, no log). */
export async function presentEngagements(db: Db, actor: Actor, rows: EngagementRow[]) {
  const zone = await organizationTimeZone(db, actor.organizationId);
  const now = new Date();
  const today = todayIn(zone, now);
  const [names, sessions, programmes] = await Promise.all([
    namesOf(
      db,
      rows.flatMap((r) => [r.coacheeId, r.coachId, ...r.chemistryCoachIds]),
    ),
    sessionsOf(
      db,
      rows.map((r) => r.id),
    ),
    listProgrammes(db, actor.organizationId, false),
  ]);
  const items = [];
  for (const row of rows) {
    const { policy, relation } = await engagementAccess.policyFor(db, actor, row);
    if (!policy.read) continue;
    items.push(
      presentEngagement(row, {
        side: relation,
        policy,
        programme: programmes.find((p) => p.id === row.programmeId)!,
        names,
        sessions: sessions.filter((s) => s.engagementId === row.id),
        today,
        zone,
        now,
      }),
    );
  }
  return items;
}

/** One engagement with goals, sessions and (for the coachee) the summary. */
export async function engagementDetail(
  db: Db,
  actor: Actor,
  guarded: { row: EngagementRow; policy: EngagementPolicy; relation: CoachingSide },
): Promise<EngagementDetail> {
  const { row, relation } = guarded;
  const [base] = await presentEngagements(db, actor, [row]);
  const [goals, sessions, summary] = await Promise.all([
    goalsOf(db, row.id),
    sessionsOf(db, [row.id]),
    summaryOf(db, row.id),
  ]);
  const linked = goals.flatMap((g) => (g.aspirationId ? [g.aspirationId] : []));
  const aspirationRows = linked.length
    ? await db
        .select({ id: aspirations.id, kind: aspirations.kind, aspirationText: aspirations.aspirationText })
        .from(aspirations)
        .where(and(inArray(aspirations.id, linked), eq(aspirations.ownerId, row.coacheeId)))
    : [];
  return presentDetail(base!, {
    side: relation,
    goals: goals.map((g) => ({
      id: g.id,
      goalText: g.goalText,
      aspiration: aspirationRows.find((a) => a.id === g.aspirationId) ?? null,
    })),
    sessions,
    summary,
  });
}

/** The coachee's own values, motivators and target roles, to tie goals to. */
export async function aspirationChoices(db: Db, actor: Actor) {
  if (!actor.personId) return [];
  return db
    .select({ id: aspirations.id, kind: aspirations.kind, aspirationText: aspirations.aspirationText })
    .from(aspirations)
    .where(
      and(
        eq(aspirations.organizationId, actor.organizationId),
        eq(aspirations.ownerId, actor.personId),
        inArray(aspirations.kind, ['value', 'motivator', 'target_role']),
      ),
    )
    .orderBy(asc(aspirations.kind), asc(aspirations.createdAt))
    .limit(100);
}

export async function receivedInvitations(db: Db, actor: Actor, page: number, pageSize: number) {
  if (!actor.personId) return { items: [], total: 0 };
  const where = and(
    eq(coachingInvitations.organizationId, actor.organizationId),
    eq(coachingInvitations.recipientId, actor.personId),
    isNull(coachingInvitations.dismissedAt),
  ) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(coachingInvitations)
      .where(where)
      .orderBy(desc(coachingInvitations.createdAt), desc(coachingInvitations.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(coachingInvitations)
      .where(where),
  ]);
  const names = await namesOf(
    db,
    rows.map((r) => r.senderId),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      sender: r.senderId ? (names.get(r.senderId) ?? null) : null,
      sentAt: r.createdAt.toISOString(),
    })),
    total: count?.total ?? 0,
  };
}

/** What the sender sees: whom and when — the state is always "sent". */
export async function sentInvitations(db: Db, actor: Actor, page: number, pageSize: number) {
  if (!actor.personId) return { items: [], total: 0 };
  const where = and(
    eq(coachingInvitations.organizationId, actor.organizationId),
    eq(coachingInvitations.senderId, actor.personId),
  ) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: coachingInvitations.id,
        recipientId: coachingInvitations.recipientId,
        createdAt: coachingInvitations.createdAt,
      })
      .from(coachingInvitations)
      .where(where)
      .orderBy(desc(coachingInvitations.createdAt), desc(coachingInvitations.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(coachingInvitations)
      .where(where),
  ]);
  const names = await namesOf(
    db,
    rows.map((r) => r.recipientId),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      recipient: names.get(r.recipientId) ?? { id: r.recipientId, name: '' },
      sentAt: r.createdAt.toISOString(),
      state: 'sent' as const,
    })),
    total: count?.total ?? 0,
  };
}

/** HR: engagements waiting for approval to start — programme, names and date, nothing said in them. */
export async function pendingApprovals(db: Db, actor: Actor, page: number, pageSize: number) {
  const where = and(
    eq(coachingEngagements.organizationId, actor.organizationId),
    eq(coachingEngagements.status, 'awaiting_approval'),
    actor.personId ? sql`${coachingEngagements.coacheeId} <> ${actor.personId}` : undefined,
  ) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: coachingEngagements.id,
        programme: coachingProgrammes.name,
        coacheeId: coachingEngagements.coacheeId,
        coachId: coachingEngagements.coachId,
        updatedAt: coachingEngagements.updatedAt,
        version: coachingEngagements.version,
      })
      .from(coachingEngagements)
      .innerJoin(coachingProgrammes, eq(coachingProgrammes.id, coachingEngagements.programmeId))
      .where(where)
      .orderBy(asc(coachingEngagements.updatedAt), asc(coachingEngagements.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(coachingEngagements)
      .where(where),
  ]);
  const names = await namesOf(
    db,
    rows.flatMap((r) => [r.coacheeId, r.coachId]),
  );
  return {
    items: rows.map((r) => ({
      engagementId: r.id,
      programme: r.programme,
      coachee: names.get(r.coacheeId) ?? { id: r.coacheeId, name: '' },
      coach: r.coachId ? (names.get(r.coachId) ?? null) : null,
      requestedAt: r.updatedAt.toISOString(),
      version: r.version,
    })),
    total: count?.total ?? 0,
  };
}
