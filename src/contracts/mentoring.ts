import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common';
import { issueMessage } from './issues';

/** SPEC S4.6: mentoring programmes, profiles, matching and the life of a match (class `development`). */
export const programmeType = z.enum(['one_to_one', 'group_circle', 'reverse', 'peer']);
export const sessionCadence = z.enum(['weekly', 'fortnightly', 'monthly']);
export const matchingMode = z.enum(['self_select', 'mentee_ranks_admin_decides', 'whole_pool']);
export const programmeStatus = z.enum(['draft', 'open', 'closed']);
export const profileRole = z.enum(['mentor', 'mentee']);
export const matchStatus = z.enum(['proposed', 'accepted', 'declined', 'active', 'closed']);
export const matchSource = z.enum(['self_select', 'admin', 'pool', 'rematch']);
export const hardRule = z.enum([
  'same_person',
  'not_opted_in',
  'reporting_chain',
  'capacity',
  'level_gap',
  'already_matched',
  'do_not_match',
]);
export const unmatchedReason = z.enum([
  'no_eligible_mentor',
  'capacity_exhausted',
  'already_matched',
  'not_opted_in',
]);
export type ProgrammeType = z.infer<typeof programmeType>;
export type SessionCadence = z.infer<typeof sessionCadence>;
export type MatchingMode = z.infer<typeof matchingMode>;
export type ProgrammeStatus = z.infer<typeof programmeStatus>;
export type ProfileRole = z.infer<typeof profileRole>;
export type MatchStatus = z.infer<typeof matchStatus>;

/** Half-day slots a person can meet in: 'mon-am' … 'fri-pm'. */
export const availabilitySlots = ['mon', 'tue', 'wed', 'thu', 'fri'].flatMap((day) => [
  `${day}-am`,
  `${day}-pm`,
]);
export const availabilitySlot = z.enum(availabilitySlots as [string, ...string[]]);

export const matchingWeights = z.object({
  skills: z.number().int().min(0).max(100),
  gaps: z.number().int().min(0).max(100),
  crossFunction: z.number().int().min(0).max(100),
  languageTimeZone: z.number().int().min(0).max(100),
  availability: z.number().int().min(0).max(100),
});
export type MatchingWeightsInput = z.infer<typeof matchingWeights>;
export const scoreBreakdown = z.object({
  skills: z.number(),
  gaps: z.number(),
  crossFunction: z.number(),
  languageTimeZone: z.number(),
  availability: z.number(),
});
export type ScoreBreakdownView = z.infer<typeof scoreBreakdown>;

const personRef = z.object({ id: z.string(), name: z.string() });

export const programme = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  programmeType,
  cohortStart: z.string().nullable(),
  cohortEnd: z.string().nullable(),
  enrolmentOpens: z.string().nullable(),
  enrolmentCloses: z.string().nullable(),
  mentorCapacity: z.number().int(),
  cadence: sessionCadence,
  agreementTemplate: z.string(),
  matchingMode,
  minLevelGap: z.number().int(),
  weights: matchingWeights,
  responseHours: z.number().int(),
  status: programmeStatus,
  /** Designated programme admins (HR admins run every programme in addition); empty for non-admins. */
  admins: z.array(personRef),
  /** Whether people may create or change profiles today (open, within the enrolment window). */
  enrolmentOpen: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ manage: z.boolean(), editAdmins: z.boolean(), join: z.boolean() }),
});
export type Programme = z.infer<typeof programme>;

const name = z.string().trim().min(1, issueMessage('nameRequired')).max(120);
const programmeFields = {
  name,
  description: z.string().trim().max(2000).default(''),
  programmeType: programmeType.default('one_to_one'),
  cohortStart: isoDate.nullable().default(null),
  cohortEnd: isoDate.nullable().default(null),
  enrolmentOpens: isoDate.nullable().default(null),
  enrolmentCloses: isoDate.nullable().default(null),
  mentorCapacity: z.number().int().min(1).max(5).default(2),
  cadence: sessionCadence.default('fortnightly'),
  agreementTemplate: z.string().trim().max(4000).default(''),
  matchingMode: matchingMode.default('self_select'),
  minLevelGap: z.number().int().min(-5).max(5).default(1),
  weights: matchingWeights.default({
    skills: 50,
    gaps: 20,
    crossFunction: 10,
    languageTimeZone: 10,
    availability: 10,
  }),
  responseHours: z.number().int().min(1).max(720).default(72),
  status: programmeStatus.default('draft'),
  adminIds: z.array(z.string().uuid()).max(20).default([]),
};
export const createProgrammeRequest = z.object(programmeFields);
export type CreateProgrammeRequest = z.input<typeof createProgrammeRequest>;
export const updateProgrammeRequest = z.object({
  version: z.number().int().min(1),
  name: name.optional(),
  description: z.string().trim().max(2000).optional(),
  programmeType: programmeType.optional(),
  cohortStart: isoDate.nullable().optional(),
  cohortEnd: isoDate.nullable().optional(),
  enrolmentOpens: isoDate.nullable().optional(),
  enrolmentCloses: isoDate.nullable().optional(),
  mentorCapacity: z.number().int().min(1).max(5).optional(),
  cadence: sessionCadence.optional(),
  agreementTemplate: z.string().trim().max(4000).optional(),
  matchingMode: matchingMode.optional(),
  minLevelGap: z.number().int().min(-5).max(5).optional(),
  weights: matchingWeights.optional(),
  responseHours: z.number().int().min(1).max(720).optional(),
  status: programmeStatus.optional(),
  adminIds: z.array(z.string().uuid()).max(20).optional(),
});
export type UpdateProgrammeRequest = z.input<typeof updateProgrammeRequest>;
export const programmeListQuery = pageQuery.extend({ status: programmeStatus.optional() });

const skill = z.object({ competencyId: z.string(), name: z.string(), level: z.number().int() });

/** A profile as its owner sees it. */
export const profile = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  personId: z.string(),
  role: profileRole,
  optedIn: z.boolean(),
  languages: z.array(z.string()),
  timeZone: z.string(),
  availability: z.array(z.string()),
  capacityOverride: z.number().int().nullable(),
  doNotMatch: z.array(personRef),
  goalsText: z.string(),
  prefersCrossFunction: z.boolean(),
  gapCompetencies: z.array(z.object({ competencyId: z.string(), name: z.string() })),
  gapConsent: z.boolean(),
  rankedMentorIds: z.array(z.string()),
  skills: z.array(skill),
  version: z.number().int(),
});
export type Profile = z.infer<typeof profile>;

export const upsertProfileRequest = z.object({
  /** Required when the profile exists; leave out to create it. */
  version: z.number().int().min(1).optional(),
  optedIn: z.boolean().default(true),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, issueMessage('valueInvalidShort')))
    .max(10)
    .default([]),
  timeZone: z.string().trim().max(64).default(''),
  availability: z.array(availabilitySlot).max(10).default([]),
  capacityOverride: z.number().int().min(1).max(5).nullable().default(null),
  doNotMatch: z.array(z.string().uuid()).max(20).default([]),
  goalsText: z.string().trim().max(2000).default(''),
  prefersCrossFunction: z.boolean().default(false),
  rankedMentorIds: z.array(z.string().uuid()).max(3).default([]),
  skills: z
    .array(z.object({ competencyId: z.string().uuid(), level: z.number().int().min(1).max(5) }))
    .max(15)
    .default([]),
});
export type UpsertProfileRequest = z.input<typeof upsertProfileRequest>;
export const profileParams = z.object({ programmeId: z.string().uuid(), role: profileRole });
export const pullGapsRequest = z.object({ version: z.number().int().min(1), consent: z.boolean() });

export const suggestion = z.object({
  mentor: personRef.extend({ jobTitle: z.string(), departmentName: z.string().nullable() }),
  score: z.number().int(),
  breakdown: scoreBreakdown,
  featured: z.boolean(),
  offers: z.array(skill),
  languages: z.array(z.string()),
});
export type Suggestion = z.infer<typeof suggestion>;
export const suggestionsPage = pageOf(suggestion).extend({
  featuredMentorId: z.string().nullable(),
  /** Set when the caller already has an open match in the programme: no new request is possible. */
  hasOpenMatch: z.boolean(),
});
export const requestMentorRequest = z.object({ mentorId: z.string().uuid() });
export const adminMatchRequest = z.object({ menteeId: z.string().uuid(), mentorId: z.string().uuid() });

export const agreement = z.object({
  goals: z.string().nullable(),
  cadence: sessionCadence.nullable(),
  confidentiality: z.string().nullable(),
  endDate: z.string().nullable(),
  writtenAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
});

/**
 * A match as the caller may see it: the pair reads everything but the other side's feedback text;
 * a programme admin reads people, state and score (no agreement, reasons or feedback text); the
 * mentee's direct manager, only while shared, reads the mentor, the agreed goals and session dates.
 */
export const match = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  mentee: personRef,
  mentor: personRef,
  status: matchStatus,
  source: matchSource,
  viewerRole: z.enum(['mentee', 'mentor', 'admin', 'manager']),
  score: z.number().int().nullable(),
  breakdown: scoreBreakdown.nullable(),
  proposedAt: z.string(),
  respondBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  declinedAutomatically: z.boolean(),
  declineReason: z.string().nullable(),
  agreement: agreement.nullable(),
  sharedWithManager: z.boolean().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.enum(['mentee', 'mentor', 'admin']).nullable(),
  closeReason: z.string().nullable(),
  menteeRating: z.number().int().nullable(),
  mentorRating: z.number().int().nullable(),
  /** The caller's own closing feedback (pair only). */
  myFeedback: z.string().nullable(),
  sessionCount: z.number().int().nullable(),
  sessionDates: z.array(z.string()).nullable(),
  version: z.number().int(),
  abilities: z.object({
    respond: z.boolean(),
    writeAgreement: z.boolean(),
    confirmAgreement: z.boolean(),
    share: z.boolean(),
    close: z.boolean(),
    feedback: z.boolean(),
    logSession: z.boolean(),
  }),
});
export type Match = z.infer<typeof match>;
export const matchListQuery = pageQuery.extend({ status: matchStatus.optional() });

const versioned = { version: z.number().int().min(1) };
export const respondRequest = z.object({
  ...versioned,
  accept: z.boolean(),
  reason: z.string().trim().max(1000).default(''),
});
export const agreementRequest = z.object({
  ...versioned,
  goals: z.string().trim().min(1, issueMessage('fewWordsRequired')).max(4000),
  cadence: sessionCadence,
  confidentiality: z.string().trim().min(1, issueMessage('fewWordsRequired')).max(2000),
  endDate: isoDate,
});
export const confirmAgreementRequest = z.object(versioned);
export const shareMatchRequest = z.object({ ...versioned, sharedWithManager: z.boolean() });
export const closeMatchRequest = z.object({
  ...versioned,
  reason: z.string().trim().min(1, issueMessage('fewWordsRequired')).max(1000),
  /** The mentee (or an admin for them) asks for a new proposal straight away. */
  rematch: z.boolean().default(false),
});
export const feedbackRequest = z.object({
  ...versioned,
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).default(''),
});
export const closeMatchResult = z.object({ closed: match, rematch: match.nullable() });

export const mentoringSession = z.object({
  id: z.string(),
  matchId: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  topic: z.string(),
  sessionNotes: z.string(),
  loggedBy: personRef.nullable(),
  createdAt: z.string(),
});
export type MentoringSession = z.infer<typeof mentoringSession>;
export const logSessionRequest = z.object({
  startsAt: z.string().datetime({ offset: true }),
  durationMinutes: z.number().int().min(5).max(480),
  topic: z.string().trim().min(1, issueMessage('fewWordsRequired')).max(200),
  sessionNotes: z.string().trim().max(8000).default(''),
});

export const participant = z.object({
  profileId: z.string(),
  person: personRef,
  departmentName: z.string().nullable(),
  role: profileRole,
  optedIn: z.boolean(),
  openMatches: z.number().int(),
  capacity: z.number().int().nullable(),
});
export const participantListQuery = pageQuery.extend({ role: profileRole.optional() });

export const participationCounts = z.object({
  minimum: z.number().int(),
  rows: z.array(
    z.object({
      departmentName: z.string(),
      mentors: z.number().int().nullable(),
      mentees: z.number().int().nullable(),
      mentorsSuppressed: z.enum(['below_threshold', 'complementary']).nullable(),
      menteesSuppressed: z.enum(['below_threshold', 'complementary']).nullable(),
    }),
  ),
});
export type ParticipationCounts = z.infer<typeof participationCounts>;

export const menteeChoices = z.object({
  mentee: personRef,
  hasOpenMatch: z.boolean(),
  choices: z.array(
    z.object({
      rank: z.number().int(),
      mentor: personRef,
      score: z.number().int(),
      breakdown: scoreBreakdown,
      violations: z.array(hardRule),
    }),
  ),
});

export const poolDraft = z.object({
  id: z.string(),
  programmeId: z.string(),
  status: z.enum(['draft', 'published', 'discarded']),
  totalScore: z.number().int(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  pairs: z.array(
    z.object({
      entryId: z.string(),
      mentee: personRef,
      mentor: personRef,
      score: z.number().int(),
      breakdown: scoreBreakdown,
      removed: z.boolean(),
    }),
  ),
  unmatched: z.array(z.object({ entryId: z.string(), mentee: personRef, reason: unmatchedReason })),
});
export type PoolDraft = z.infer<typeof poolDraft>;
export const draftChangeRequest = z.object(versioned);
