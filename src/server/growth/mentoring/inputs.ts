import { and, eq, inArray, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import { isTimeZone } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { queryRows } from '../../platform/db/client';
import { MAX_CHAIN_DEPTH } from '../../platform/policy/managementChain';
import type { MatchingContext, MatchingWeights, MenteeInput, MentorInput } from './matching/types';
import { openStatuses, type ProfileRow, type ProgrammeRow } from './queries';
import { mentoringMatches, mentoringProfileSkills, mentoringProfiles } from './tables';

/**
 * Loaders that turn a programme's rows into the matching engine's inputs (matching/types.ts). One
 * pass per request: the profiles with their skills, the people's level, department and zone, the
 * programme's matches, and one in-memory map of reporting lines as of today — never a query per pair.
 */

/** The UTC offset of a zone now, in minutes; null for an unknown or empty zone. */
export function utcOffsetMinutes(zone: string, now = new Date()): number | null {
  if (!isTimeZone(zone)) return null;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((asUtc - Math.floor(now.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * "Is a an ancestor or a descendant of b" from the reporting lines open on `today`: one query for
 * the organisation's lines, then walks in memory (memoised per person).
 */
export async function reportingChainOn(db: Db, organizationId: string, today: string) {
  const lines = await queryRows<{ person_id: string; manager_id: string | null }>(
    db,
    sql`SELECT person_id, manager_id FROM reporting_lines
         WHERE organization_id = ${organizationId} AND valid_from <= ${today}::date
           AND (valid_to IS NULL OR valid_to > ${today}::date)`,
  );
  const managerOf = new Map(lines.map((line) => [line.person_id, line.manager_id]));
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (personId: string) => {
    let found = ancestors.get(personId);
    if (found) return found;
    found = new Set<string>();
    let current = managerOf.get(personId) ?? null;
    for (let depth = 0; current && depth < MAX_CHAIN_DEPTH && !found.has(current); depth++) {
      found.add(current);
      current = managerOf.get(current) ?? null;
    }
    ancestors.set(personId, found);
    return found;
  };
  return (a: string, b: string) => ancestorsOf(a).has(b) || ancestorsOf(b).has(a);
}

export const weightsOf = (programme: ProgrammeRow): MatchingWeights => ({
  skills: programme.weightSkills,
  gaps: programme.weightGaps,
  crossFunction: programme.weightCrossFunction,
  languageTimeZone: programme.weightLanguageTimeZone,
  availability: programme.weightAvailability,
});

export interface ProgrammePool {
  mentors: MentorInput[];
  mentees: MenteeInput[];
  context: MatchingContext;
  profiles: ProfileRow[];
}

/**
 * The programme's pool for the engine. `onlyPeople` narrows it to the named people (a single pair's
 * re-check); match counts and pairs still come from the whole programme.
 */
export async function loadPool(
  db: Db,
  programme: ProgrammeRow,
  today: string,
  onlyPeople?: string[],
): Promise<ProgrammePool> {
  const profiles = await db
    .select()
    .from(mentoringProfiles)
    .where(
      and(
        eq(mentoringProfiles.programmeId, programme.id),
        onlyPeople ? inArray(mentoringProfiles.personId, onlyPeople) : undefined,
      ),
    );
  const personIds = [...new Set(profiles.map((p) => p.personId))];
  const [skills, facts, matches, inReportingChain] = await Promise.all([
    profiles.length === 0
      ? Promise.resolve([])
      : db
          .select()
          .from(mentoringProfileSkills)
          .where(
            inArray(
              mentoringProfileSkills.profileId,
              profiles.map((p) => p.id),
            ),
          ),
    personIds.length === 0
      ? Promise.resolve([])
      : db
          .select({
            id: people.id,
            status: people.status,
            departmentId: people.departmentId,
            timezone: people.timezone,
            levelRank: sql<number | null>`coalesce(
              (SELECT l.rank FROM levels l WHERE l.id = people.level_id),
              (SELECT l.rank FROM job_titles j JOIN levels l ON l.id = j.level_id
                WHERE j.organization_id = people.organization_id AND j.name = people.job_title))`,
          })
          .from(people)
          .where(and(eq(people.organizationId, programme.organizationId), inArray(people.id, personIds))),
    db
      .select({
        menteeId: mentoringMatches.menteeId,
        mentorId: mentoringMatches.mentorId,
        status: mentoringMatches.status,
      })
      .from(mentoringMatches)
      .where(eq(mentoringMatches.programmeId, programme.id)),
    reportingChainOn(db, programme.organizationId, today),
  ]);
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  const skillsOf = (profileId: string, side: 'offers' | 'wants') =>
    skills
      .filter((s) => s.profileId === profileId && s.side === side)
      .map((s) => ({ competencyId: s.competencyId, level: s.level }));
  const open = matches.filter((m) => (openStatuses as readonly string[]).includes(m.status));
  const openPerMentor = new Map<string, number>();
  for (const m of open) openPerMentor.set(m.mentorId, (openPerMentor.get(m.mentorId) ?? 0) + 1);
  const common = (profile: ProfileRow) => {
    const person = factsOf.get(profile.personId);
    const zone = profile.timeZone || person?.timezone || '';
    return {
      personId: profile.personId,
      // Someone who left cannot take part, whatever their profile still says.
      optedIn: profile.optedIn && person !== undefined && person.status !== 'terminated',
      levelRank:
        person?.levelRank === null || person?.levelRank === undefined ? null : Number(person.levelRank),
      departmentId: person?.departmentId ?? null,
      languages: profile.languages.map((l) => l.toLowerCase()),
      utcOffsetMinutes: utcOffsetMinutes(zone),
      availability: profile.availability,
      doNotMatch: profile.doNotMatch,
    };
  };
  const mentors: MentorInput[] = profiles
    .filter((p) => p.role === 'mentor')
    .map((p) => ({
      ...common(p),
      capacity: p.capacityOverride ?? programme.mentorCapacity,
      activeMentees: openPerMentor.get(p.personId) ?? 0,
      offers: skillsOf(p.id, 'offers'),
    }));
  const mentees: MenteeInput[] = profiles
    .filter((p) => p.role === 'mentee')
    .map((p) => ({
      ...common(p),
      wants: skillsOf(p.id, 'wants'),
      gapCompetencyIds: p.gapConsentAt ? p.gapCompetencyIds : [],
      prefersCrossFunction: p.prefersCrossFunction,
    }));
  const context: MatchingContext = {
    weights: weightsOf(programme),
    minLevelGap: programme.minLevelGap,
    inReportingChain,
    matchedPairs: new Set(matches.map((m) => `${m.menteeId}:${m.mentorId}`)),
    menteesWithOpenMatch: new Set(open.map((m) => m.menteeId)),
  };
  return { mentors, mentees, context, profiles };
}
