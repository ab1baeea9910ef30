import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { ParticipationCounts, PoolDraft, Suggestion } from '../../../contracts/mentoring';
import { departments, people } from '../../org/tables';
import { suppressGroups } from '../../platform/aggregates/suppression';
import type { Db } from '../../platform/db/client';
import { loadPool } from './inputs';
import { hardRuleViolations, rankMentors, scoreMatch } from './matching';
import { breakdownOf } from './present';
import { openStatuses, type ProgrammeRow, peopleByIds, skillsOf } from './queries';
import {
  mentoringMatches,
  mentoringPoolDraftEntries,
  mentoringPoolDrafts,
  mentoringProfiles,
} from './tables';

/** Participation counts below this are withheld (with their complement), as for every HR aggregate. */
export const PARTICIPATION_MINIMUM = 5;

/**
 * The ranked directory for one mentee (self-select). The featured suggestion rotates: mentees of the
 * programme without an open match are walked in a stable order, each featuring the best mentor not
 * yet featured to as many mentees as it has free places — so the same few mentors are not
 * advertised to everyone. Deterministic for the same programme state.
 */
export async function suggestionsFor(db: Db, programme: ProgrammeRow, menteeId: string, today: string) {
  const pool = await loadPool(db, programme, today);
  const mentee = pool.mentees.find((m) => m.personId === menteeId);
  if (!mentee) return null;
  const featuredTimes = new Map<string, number>();
  const waiting = pool.mentees
    .filter((m) => !pool.context.menteesWithOpenMatch.has(m.personId) && m.optedIn)
    .sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  let result = rankMentors(mentee, pool.mentors, pool.context);
  for (const other of waiting) {
    const ranked = rankMentors(other, pool.mentors, pool.context, featuredTimes);
    if (other.personId === menteeId) {
      result = ranked;
      break;
    }
    if (ranked.featuredMentorId)
      featuredTimes.set(ranked.featuredMentorId, (featuredTimes.get(ranked.featuredMentorId) ?? 0) + 1);
  }
  return { ...result, pool, hasOpenMatch: pool.context.menteesWithOpenMatch.has(menteeId) };
}

/** One page of suggestions with the mentors' public side: name, title, department, offers. */
export async function presentSuggestions(
  db: Db,
  programme: ProgrammeRow,
  found: NonNullable<Awaited<ReturnType<typeof suggestionsFor>>>,
  page: number,
  pageSize: number,
): Promise<Suggestion[]> {
  const slice = found.ranked.slice((page - 1) * pageSize, page * pageSize);
  const ids = slice.map((s) => s.mentorId);
  const cards = await peopleByIds(db, programme.organizationId, ids);
  const profiles = found.pool.profiles.filter((p) => p.role === 'mentor' && ids.includes(p.personId));
  const skills = await skillsOf(
    db,
    profiles.map((p) => p.id),
  );
  return slice.map((s) => {
    const profile = profiles.find((p) => p.personId === s.mentorId);
    const card = cards.get(s.mentorId);
    return {
      mentor: {
        id: s.mentorId,
        name: card?.name ?? '',
        jobTitle: card?.jobTitle ?? '',
        departmentName: card?.departmentName ?? null,
      },
      score: s.score,
      breakdown: s.breakdown,
      featured: s.mentorId === found.featuredMentorId,
      offers: skills
        .filter((k) => k.profileId === profile?.id)
        .map((k) => ({ competencyId: k.competencyId, name: k.name, level: k.level })),
      languages: profile?.languages ?? [],
    };
  });
}

/** Participants with their open matches: what an admin needs to run the programme (no goals). */
export async function listParticipants(
  db: Db,
  programme: ProgrammeRow,
  options: { role?: 'mentor' | 'mentee'; page: number; pageSize: number },
) {
  const where = and(
    eq(mentoringProfiles.programmeId, programme.id),
    options.role ? eq(mentoringProfiles.role, options.role) : undefined,
  ) as SQL;
  const openMatches = sql<number>`(SELECT count(*) FROM mentoring_matches m
      WHERE m.programme_id = ${mentoringProfiles.programmeId}
        AND m.status IN ('proposed', 'accepted', 'active')
        AND (CASE WHEN ${mentoringProfiles.role} = 'mentor' THEN m.mentor_id ELSE m.mentee_id END) = ${mentoringProfiles.personId})`.mapWith(
    Number,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        profile: mentoringProfiles,
        givenName: people.givenName,
        familyName: people.familyName,
        departmentName: departments.name,
        openMatches,
      })
      .from(mentoringProfiles)
      .innerJoin(people, eq(people.id, mentoringProfiles.personId))
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .where(where)
      .orderBy(
        asc(mentoringProfiles.role),
        asc(people.familyName),
        asc(people.givenName),
        asc(mentoringProfiles.id),
      )
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(mentoringProfiles).where(where),
  ]);
  return {
    items: rows.map((row) => ({
      profileId: row.profile.id,
      person: { id: row.profile.personId, name: `${row.givenName} ${row.familyName}` },
      departmentName: row.departmentName,
      role: row.profile.role,
      optedIn: row.profile.optedIn,
      openMatches: row.openMatches,
      capacity:
        row.profile.role === 'mentor' ? (row.profile.capacityOverride ?? programme.mentorCapacity) : null,
    })),
    total: total?.n ?? 0,
  };
}

/**
 * Opted-in participants per department and role. Each column is suppressed on its own: a department
 * under the minimum shows no count, and the next smallest is withheld with it so no total or
 * subtraction gives it away (`suppressGroups`). People without a department count as one group.
 */
export async function participationCounts(db: Db, programme: ProgrammeRow): Promise<ParticipationCounts> {
  const rows = await db
    .select({
      departmentName: sql<string>`coalesce(${departments.name}, '')`,
      role: mentoringProfiles.role,
      n: count(),
    })
    .from(mentoringProfiles)
    .innerJoin(people, eq(people.id, mentoringProfiles.personId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(mentoringProfiles.programmeId, programme.id), eq(mentoringProfiles.optedIn, true)))
    .groupBy(sql`coalesce(${departments.name}, '')`, mentoringProfiles.role);
  const names = [...new Set(rows.map((r) => r.departmentName))].sort((a, b) => a.localeCompare(b));
  const column = (role: 'mentor' | 'mentee') =>
    suppressGroups(
      names.map((name) => rows.find((r) => r.departmentName === name && r.role === role)?.n ?? 0),
      PARTICIPATION_MINIMUM,
    );
  const mentors = column('mentor');
  const mentees = column('mentee');
  return {
    minimum: PARTICIPATION_MINIMUM,
    rows: names.map((departmentName, i) => ({
      departmentName,
      mentors: mentors.shown[i] ?? null,
      mentees: mentees.shown[i] ?? null,
      mentorsSuppressed: mentors.reasons[i] ?? null,
      menteesSuppressed: mentees.reasons[i] ?? null,
    })),
  };
}

/** Mentee-ranks mode: each mentee's choices in order, scored, with the rules a pair would break. */
export async function menteeChoices(
  db: Db,
  programme: ProgrammeRow,
  today: string,
  page: number,
  pageSize: number,
) {
  const pool = await loadPool(db, programme, today);
  const mentees = pool.profiles
    .filter((p) => p.role === 'mentee' && p.optedIn)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const slice = mentees.slice((page - 1) * pageSize, page * pageSize);
  const names = await peopleByIds(
    db,
    programme.organizationId,
    slice.flatMap((p) => [p.personId, ...p.rankedMentorIds]),
  );
  const ref = (id: string) => ({ id, name: names.get(id)?.name ?? '' });
  const items = slice.map((profile) => {
    const mentee = pool.mentees.find((m) => m.personId === profile.personId)!;
    return {
      mentee: ref(profile.personId),
      hasOpenMatch: pool.context.menteesWithOpenMatch.has(profile.personId),
      choices: profile.rankedMentorIds.flatMap((mentorId, index) => {
        const mentor = pool.mentors.find((m) => m.personId === mentorId);
        if (!mentor) return [];
        const scored = scoreMatch(mentee, mentor, pool.context.weights);
        return [
          {
            rank: index + 1,
            mentor: ref(mentorId),
            score: scored.score,
            breakdown: scored.breakdown,
            violations: hardRuleViolations(mentee, mentor, pool.context),
          },
        ];
      }),
    };
  });
  return { items, total: mentees.length };
}

/** The latest pending draft of a programme, if any. */
export async function pendingDraftId(db: Db, programmeId: string) {
  const [row] = await db
    .select({ id: mentoringPoolDrafts.id })
    .from(mentoringPoolDrafts)
    .where(and(eq(mentoringPoolDrafts.programmeId, programmeId), eq(mentoringPoolDrafts.status, 'draft')))
    .orderBy(sql`${mentoringPoolDrafts.createdAt} desc`)
    .limit(1);
  return row?.id ?? null;
}

export async function presentDraft(
  db: Db,
  draft: typeof mentoringPoolDrafts.$inferSelect,
): Promise<PoolDraft> {
  const entries = await db
    .select()
    .from(mentoringPoolDraftEntries)
    .where(eq(mentoringPoolDraftEntries.draftId, draft.id))
    .orderBy(sql`${mentoringPoolDraftEntries.score} desc`, asc(mentoringPoolDraftEntries.id));
  const names = await peopleByIds(
    db,
    draft.organizationId,
    entries.flatMap((e) => (e.mentorId ? [e.menteeId, e.mentorId] : [e.menteeId])),
  );
  const ref = (id: string) => ({ id, name: names.get(id)?.name ?? '' });
  return {
    id: draft.id,
    programmeId: draft.programmeId,
    status: draft.status,
    totalScore: draft.totalScore,
    createdAt: draft.createdAt.toISOString(),
    publishedAt: draft.publishedAt?.toISOString() ?? null,
    version: draft.version,
    pairs: entries
      .filter((e) => e.mentorId !== null)
      .map((e) => ({
        entryId: e.id,
        mentee: ref(e.menteeId),
        mentor: ref(e.mentorId!),
        score: e.score,
        breakdown: breakdownOf(e),
        removed: e.removed,
      })),
    unmatched: entries
      .filter((e) => e.mentorId === null)
      .map((e) => ({
        entryId: e.id,
        mentee: ref(e.menteeId),
        reason: e.unmatchedReason ?? 'no_eligible_mentor',
      })),
  };
}

/** Mentees of the programme's open matches (for access logging of an admin's list). */
export async function openMenteeIds(db: Db, programmeId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({ menteeId: mentoringMatches.menteeId })
    .from(mentoringMatches)
    .where(
      and(
        eq(mentoringMatches.programmeId, programmeId),
        inArray(mentoringMatches.status, [...openStatuses]),
        inArray(mentoringMatches.menteeId, personIds),
      ),
    );
  return rows.map((r) => r.menteeId);
}
