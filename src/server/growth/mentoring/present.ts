import type { Match, MentoringSession, Profile, Programme } from '../../../contracts/mentoring';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import type { MatchPolicy } from './policy';
import {
  competencyNames,
  type LoadedMatch,
  type PersonCard,
  type ProfileRow,
  type ProgrammeRow,
  peopleByIds,
  type SessionRow,
  sessionDatesOf,
  skillsOf,
} from './queries';

const ref = (card: PersonCard | undefined, id: string) => ({ id, name: card?.name ?? '' });

export function breakdownOf(row: {
  pointsSkills: number;
  pointsGaps: number;
  pointsCrossFunction: number;
  pointsLanguageTimeZone: number;
  pointsAvailability: number;
}) {
  return {
    skills: row.pointsSkills,
    gaps: row.pointsGaps,
    crossFunction: row.pointsCrossFunction,
    languageTimeZone: row.pointsLanguageTimeZone,
    availability: row.pointsAvailability,
  };
}

/** A programme's settings as the request shapes them: presented, and the base an update applies to. */
export function programmeFieldsOf(row: ProgrammeRow) {
  return {
    name: row.name,
    description: row.description,
    programmeType: row.programmeType,
    cohortStart: row.cohortStart,
    cohortEnd: row.cohortEnd,
    enrolmentOpens: row.enrolmentOpens,
    enrolmentCloses: row.enrolmentCloses,
    mentorCapacity: row.mentorCapacity,
    cadence: row.cadence,
    agreementTemplate: row.agreementTemplate,
    matchingMode: row.matchingMode,
    minLevelGap: row.minLevelGap,
    weights: {
      skills: row.weightSkills,
      gaps: row.weightGaps,
      crossFunction: row.weightCrossFunction,
      languageTimeZone: row.weightLanguageTimeZone,
      availability: row.weightAvailability,
    },
    responseHours: row.responseHours,
    status: row.status,
  };
}

/** A programme with the caller's abilities; admin names only for those who run it. */
export async function presentProgramme(
  db: Db,
  row: ProgrammeRow,
  policy: { manage: boolean; editAdmins: boolean; join: boolean },
  adminIds: string[],
): Promise<Programme> {
  const names = policy.manage ? await peopleByIds(db, row.organizationId, adminIds) : new Map();
  return {
    id: row.id,
    ...programmeFieldsOf(row),
    admins: policy.manage ? adminIds.map((id) => ref(names.get(id), id)) : [],
    enrolmentOpen: policy.join,
    version: row.version,
    abilities: { manage: policy.manage, editAdmins: policy.editAdmins, join: policy.join },
  };
}

/** The caller's own profiles, with skill and competency names and the people they named. */
export async function presentProfiles(
  db: Db,
  organizationId: string,
  rows: (ProfileRow & { programmeName: string })[],
): Promise<Profile[]> {
  const skills = await skillsOf(
    db,
    rows.map((r) => r.id),
  );
  const names = await peopleByIds(
    db,
    organizationId,
    rows.flatMap((r) => r.doNotMatch),
  );
  const gaps = await competencyNames(
    db,
    organizationId,
    rows.flatMap((r) => r.gapCompetencyIds),
  );
  return rows.map((row) => ({
    id: row.id,
    programmeId: row.programmeId,
    programmeName: row.programmeName,
    personId: row.personId,
    role: row.role,
    optedIn: row.optedIn,
    languages: row.languages,
    timeZone: row.timeZone,
    availability: row.availability,
    capacityOverride: row.capacityOverride,
    doNotMatch: row.doNotMatch.map((id) => ref(names.get(id), id)),
    goalsText: row.goalsText,
    prefersCrossFunction: row.prefersCrossFunction,
    gapCompetencies: row.gapCompetencyIds.map((id) => ({ competencyId: id, name: gaps.get(id) ?? '' })),
    gapConsent: row.gapConsentAt !== null,
    rankedMentorIds: row.rankedMentorIds,
    skills: skills
      .filter((s) => s.profileId === row.id)
      .map((s) => ({ competencyId: s.competencyId, name: s.name, level: s.level })),
    version: row.version,
  }));
}

/**
 * Matches as each caller may see them (policy.viewerRole): the pair everything but the other side's
 * feedback words; admins people, state and score; a manager (shared matches only) the mentor, the
 * agreed goals, session count and dates. Fields a viewer may not see are null, not absent.
 */
export async function presentMatches(
  db: Db,
  actor: Actor,
  items: { row: LoadedMatch; policy: MatchPolicy }[],
): Promise<Match[]> {
  const names = await peopleByIds(
    db,
    actor.organizationId,
    items.flatMap(({ row }) => [row.menteeId, row.mentorId]),
  );
  const dates = await sessionDatesOf(
    db,
    items.filter(({ policy }) => policy.viewerRole !== 'admin').map(({ row }) => row.id),
  );
  return items.map(({ row, policy }) => {
    const role = policy.viewerRole!;
    const pair = role === 'mentee' || role === 'mentor';
    const manager = role === 'manager';
    const sessions = dates.get(row.id) ?? [];
    return {
      id: row.id,
      programmeId: row.programmeId,
      programmeName: row.programmeName,
      mentee: ref(names.get(row.menteeId), row.menteeId),
      mentor: ref(names.get(row.mentorId), row.mentorId),
      status: row.status,
      source: row.source,
      viewerRole: role,
      score: manager ? null : row.score,
      breakdown: manager ? null : breakdownOf(row),
      proposedAt: row.createdAt.toISOString(),
      respondBy: manager ? null : row.respondBy.toISOString(),
      respondedAt: row.respondedAt?.toISOString() ?? null,
      declinedAutomatically: row.declinedAutomatically,
      declineReason: pair ? row.declineReason : null,
      agreement:
        pair || manager
          ? {
              goals: row.agreementGoals || null,
              cadence: pair ? row.agreementCadence : null,
              confidentiality: pair ? row.agreementConfidentiality || null : null,
              endDate: pair ? row.agreementEndDate : null,
              writtenAt: pair ? (row.agreementWrittenAt?.toISOString() ?? null) : null,
              confirmedAt: row.agreementConfirmedAt?.toISOString() ?? null,
            }
          : null,
      sharedWithManager: pair ? row.sharedWithManager : null,
      closedAt: row.closedAt?.toISOString() ?? null,
      closedBy: manager ? null : row.closedBy,
      closeReason: pair ? row.closeReason : null,
      menteeRating: manager ? null : row.menteeRating,
      mentorRating: manager ? null : row.mentorRating,
      myFeedback: role === 'mentee' ? row.menteeFeedback : role === 'mentor' ? row.mentorFeedback : null,
      sessionCount: role === 'admin' ? null : sessions.length,
      sessionDates: manager ? sessions : null,
      version: row.version,
      abilities: {
        respond: policy.respond,
        writeAgreement: policy.writeAgreement,
        confirmAgreement: policy.confirmAgreement,
        share: policy.share,
        close: policy.close,
        feedback: policy.feedback,
        logSession: policy.logSession,
      },
    };
  });
}

export async function presentSessions(
  db: Db,
  organizationId: string,
  rows: SessionRow[],
): Promise<MentoringSession[]> {
  const names = await peopleByIds(
    db,
    organizationId,
    rows.flatMap((r) => (r.loggedById ? [r.loggedById] : [])),
  );
  return rows.map((row) => ({
    id: row.id,
    matchId: row.matchId,
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    topic: row.topic,
    sessionNotes: row.sessionNotes,
    loggedBy: row.loggedById ? ref(names.get(row.loggedById), row.loggedById) : null,
    createdAt: row.createdAt.toISOString(),
  }));
}
