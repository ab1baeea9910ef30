import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { competencies } from '../paths/tables';
import {
  type matchStatuses,
  mentoringMatches,
  mentoringProfileSkills,
  mentoringProfiles,
  mentoringProgrammeAdmins,
  mentoringProgrammes,
  mentoringSessions,
} from './tables';

export type ProgrammeRow = typeof mentoringProgrammes.$inferSelect;
export type ProfileRow = typeof mentoringProfiles.$inferSelect;
export type MatchRow = typeof mentoringMatches.$inferSelect;
export type SessionRow = typeof mentoringSessions.$inferSelect;

/** Match states that hold a mentor's slot and a mentee's place. */
export const openStatuses = ['proposed', 'accepted', 'active'] as const;

export async function findProgramme(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(mentoringProgrammes)
    .where(and(eq(mentoringProgrammes.id, id), eq(mentoringProgrammes.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function programmeAdminIds(db: Db, programmeId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: mentoringProgrammeAdmins.personId })
    .from(mentoringProgrammeAdmins)
    .where(eq(mentoringProgrammeAdmins.programmeId, programmeId));
  return rows.map((row) => row.personId);
}

export async function isProgrammeAdmin(db: Db, programmeId: string, personId: string | null) {
  if (!personId) return false;
  const [row] = await db
    .select({ personId: mentoringProgrammeAdmins.personId })
    .from(mentoringProgrammeAdmins)
    .where(
      and(
        eq(mentoringProgrammeAdmins.programmeId, programmeId),
        eq(mentoringProgrammeAdmins.personId, personId),
      ),
    );
  return row !== undefined;
}

/** Programmes the caller may list: open and closed ones, plus drafts they run (all, for HR). */
export async function listProgrammes(
  db: Db,
  options: {
    organizationId: string;
    personId: string | null;
    hr: boolean;
    status?: ProgrammeRow['status'];
    page: number;
    pageSize: number;
  },
) {
  const runs = options.personId
    ? sql`EXISTS (SELECT 1 FROM mentoring_programme_admins a WHERE a.programme_id = ${mentoringProgrammes.id} AND a.person_id = ${options.personId})`
    : sql`false`;
  const where = and(
    eq(mentoringProgrammes.organizationId, options.organizationId),
    options.status ? eq(mentoringProgrammes.status, options.status) : undefined,
    options.hr ? undefined : or(sql`${mentoringProgrammes.status} <> 'draft'`, runs),
  ) as SQL;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mentoringProgrammes)
      .where(where)
      .orderBy(desc(mentoringProgrammes.createdAt), desc(mentoringProgrammes.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(mentoringProgrammes).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findProfile(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(mentoringProfiles)
    .where(and(eq(mentoringProfiles.id, id), eq(mentoringProfiles.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function findOwnProfile(
  db: Db,
  programmeId: string,
  personId: string,
  role: ProfileRow['role'],
  forUpdate = false,
) {
  const query = db
    .select()
    .from(mentoringProfiles)
    .where(
      and(
        eq(mentoringProfiles.programmeId, programmeId),
        eq(mentoringProfiles.personId, personId),
        eq(mentoringProfiles.role, role),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function skillsOf(db: Db, profileIds: string[]) {
  if (profileIds.length === 0) return [];
  return db
    .select({
      profileId: mentoringProfileSkills.profileId,
      competencyId: mentoringProfileSkills.competencyId,
      level: mentoringProfileSkills.level,
      name: competencies.name,
    })
    .from(mentoringProfileSkills)
    .innerJoin(competencies, eq(competencies.id, mentoringProfileSkills.competencyId))
    .where(inArray(mentoringProfileSkills.profileId, profileIds))
    .orderBy(asc(competencies.name));
}

export async function competencyNames(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: competencies.id, name: competencies.name })
    .from(competencies)
    .where(and(eq(competencies.organizationId, organizationId), inArray(competencies.id, ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Display names (and what a directory shows) of people of the organisation, by id. */
export async function peopleByIds(db: Db, organizationId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, PersonCard>();
  const rows = await db
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      jobTitle: people.jobTitle,
      departmentName: sql<
        string | null
      >`(SELECT d.name FROM departments d WHERE d.id = ${people.departmentId})`,
    })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, unique)));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: `${row.givenName} ${row.familyName}`,
        email: row.email,
        jobTitle: row.jobTitle,
        departmentName: row.departmentName,
      },
    ]),
  );
}
export interface PersonCard {
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  departmentName: string | null;
}

/** A match with its programme's name and response time, for the guard and the presenter. */
export async function findMatch(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select({ match: mentoringMatches, programmeName: mentoringProgrammes.name })
    .from(mentoringMatches)
    .innerJoin(mentoringProgrammes, eq(mentoringProgrammes.id, mentoringMatches.programmeId))
    .where(and(eq(mentoringMatches.id, id), eq(mentoringMatches.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update', { of: mentoringMatches }) : await query;
  return row ? { ...row.match, programmeName: row.programmeName } : null;
}
export type LoadedMatch = NonNullable<Awaited<ReturnType<typeof findMatch>>>;

/** Matches of a person (as mentee or mentor, or as mentee only), newest first. */
export async function listMatches(
  db: Db,
  options: {
    organizationId: string;
    personId?: string;
    menteeOnly?: boolean;
    sharedOnly?: boolean;
    programmeId?: string;
    status?: (typeof matchStatuses)[number];
    page: number;
    pageSize: number;
  },
) {
  const person = options.personId;
  const where = and(
    eq(mentoringMatches.organizationId, options.organizationId),
    person
      ? options.menteeOnly
        ? eq(mentoringMatches.menteeId, person)
        : or(eq(mentoringMatches.menteeId, person), eq(mentoringMatches.mentorId, person))
      : undefined,
    options.sharedOnly ? eq(mentoringMatches.sharedWithManager, true) : undefined,
    options.programmeId ? eq(mentoringMatches.programmeId, options.programmeId) : undefined,
    options.status ? eq(mentoringMatches.status, options.status) : undefined,
  ) as SQL;
  const [rows, [total]] = await Promise.all([
    db
      .select({ match: mentoringMatches, programmeName: mentoringProgrammes.name })
      .from(mentoringMatches)
      .innerJoin(mentoringProgrammes, eq(mentoringProgrammes.id, mentoringMatches.programmeId))
      .where(where)
      .orderBy(desc(mentoringMatches.createdAt), desc(mentoringMatches.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(mentoringMatches).where(where),
  ]);
  return {
    rows: rows.map((row) => ({ ...row.match, programmeName: row.programmeName })),
    total: total?.n ?? 0,
  };
}

/** Session counts and dates per match (what a manager may see when shared, and the pair's count). */
export async function sessionDatesOf(db: Db, matchIds: string[]) {
  const out = new Map<string, string[]>();
  if (matchIds.length === 0) return out;
  const rows = await db
    .select({ matchId: mentoringSessions.matchId, startsAt: mentoringSessions.startsAt })
    .from(mentoringSessions)
    .where(inArray(mentoringSessions.matchId, matchIds))
    .orderBy(asc(mentoringSessions.startsAt));
  for (const row of rows) out.set(row.matchId, [...(out.get(row.matchId) ?? []), row.startsAt.toISOString()]);
  return out;
}

export async function listSessions(db: Db, matchId: string, page: number, pageSize: number) {
  const where = eq(mentoringSessions.matchId, matchId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mentoringSessions)
      .where(where)
      .orderBy(desc(mentoringSessions.startsAt), desc(mentoringSessions.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(mentoringSessions).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findSession(db: Db, matchId: string, sessionId: string) {
  const [row] = await db
    .select()
    .from(mentoringSessions)
    .where(and(eq(mentoringSessions.id, sessionId), eq(mentoringSessions.matchId, matchId)));
  return row ?? null;
}

/** The caller's own profiles with their programme's name (or the one named), newest first. */
export async function listOwnProfiles(
  db: Db,
  actor: { organizationId: string; personId: string | null },
  options: { page: number; pageSize: number; profileId?: string },
) {
  const where = and(
    eq(mentoringProfiles.organizationId, actor.organizationId),
    eq(mentoringProfiles.personId, actor.personId ?? sql`NULL`),
    options.profileId ? eq(mentoringProfiles.id, options.profileId) : undefined,
  ) as SQL;
  const [rows, [total]] = await Promise.all([
    db
      .select({ profile: mentoringProfiles, programmeName: mentoringProgrammes.name })
      .from(mentoringProfiles)
      .innerJoin(mentoringProgrammes, eq(mentoringProgrammes.id, mentoringProfiles.programmeId))
      .where(where)
      .orderBy(desc(mentoringProfiles.createdAt), desc(mentoringProfiles.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(mentoringProfiles).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.profile, programmeName: r.programmeName })), total: total?.n ?? 0 };
}
