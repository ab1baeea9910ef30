import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common';
import { issueMessage } from './issues';

/** SPEC S4.7 coaching: voluntary, confidential, with a summary only the coachee may publish. */
export const coachKind = z.enum(['internal', 'external']);
export const engagementStatus = z.enum([
  'requested',
  'chemistry',
  'awaiting_approval',
  'active',
  'completed',
  'declined',
  'cancelled',
]);
export type EngagementStatus = z.infer<typeof engagementStatus>;
export const coachingSessionStatus = z.enum(['scheduled', 'held', 'cancelled']);

const words = (max: number) => z.string().trim().min(1, issueMessage('fewWordsRequired')).max(max);
const version = z.number().int().min(1);
const personRef = z.object({ id: z.string(), name: z.string() });

export const coachProfile = z.object({
  personId: z.string(),
  name: z.string(),
  jobTitle: z.string(),
  kind: coachKind,
  specialties: z.array(z.string()),
  languages: z.array(z.string()),
  timeZone: z.string(),
  credentials: z.string(),
  bio: z.string(),
  capacity: z.number().int(),
  /** Active engagements now; the pool offers a coach while this is below capacity. */
  activeEngagements: z.number().int(),
  inPool: z.boolean(),
  /** Whether the person holds the coach role (HR view: a profile without it is not in the pool). */
  hasCoachRole: z.boolean(),
  version: z.number().int(),
});
export type CoachProfile = z.infer<typeof coachProfile>;

export const coachPoolQuery = pageQuery.extend({
  specialty: z.string().trim().max(100).optional(),
  language: z.string().trim().max(100).optional(),
  kind: coachKind.optional(),
});

const tag = z.string().trim().min(1).max(60);
export const writeCoachProfileRequest = z.object({
  version: version.optional(),
  kind: coachKind,
  specialties: z.array(tag).max(20).default([]),
  languages: z.array(tag).max(20).default([]),
  timeZone: z.string().trim().min(1).max(64).default('UTC'),
  credentials: z.string().trim().max(500).default(''),
  bio: z.string().trim().max(2000).default(''),
  capacity: z.number().int().min(0).max(50).default(4),
  inPool: z.boolean().default(true),
});
export type WriteCoachProfileRequest = z.input<typeof writeCoachProfileRequest>;

export const coachingProgramme = z.object({
  id: z.string(),
  name: z.string(),
  sessionAllowance: z.number().int(),
  durationMonths: z.number().int(),
  maxChemistry: z.number().int(),
  requiresApproval: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
});
export type CoachingProgramme = z.infer<typeof coachingProgramme>;

export const createProgrammeRequest = z.object({
  name: words(120),
  sessionAllowance: z.number().int().min(1).max(50).default(6),
  durationMonths: z.number().int().min(1).max(36).default(6),
  maxChemistry: z.number().int().min(0).max(3).default(2),
  requiresApproval: z.boolean().default(false),
});
export const updateProgrammeRequest = createProgrammeRequest.partial().extend({
  version,
  active: z.boolean().optional(),
});

/** A coaching request: one coach directly, or chemistry conversations with up to the programme's N first. */
export const requestEngagementRequest = z.object({
  programmeId: z.string().uuid(),
  coachId: z.string().uuid().optional(),
  chemistryCoachIds: z.array(z.string().uuid()).max(3).optional(),
});
export type RequestEngagementRequest = z.input<typeof requestEngagementRequest>;

export const coachingGoal = z.object({
  id: z.string(),
  goalText: z.string(),
  aspiration: z.object({ id: z.string(), kind: z.string(), aspirationText: z.string() }).nullable(),
});

export const coachingSession = z.object({
  id: z.string(),
  scheduledAt: z.string(),
  durationMinutes: z.number().int(),
  status: coachingSessionStatus,
  version: z.number().int(),
});
export type CoachingSession = z.infer<typeof coachingSession>;

export const engagementAbilities = z.object({
  choose: z.boolean(),
  respond: z.boolean(),
  editGoals: z.boolean(),
  schedule: z.boolean(),
  writeNotes: z.boolean(),
  shareSummary: z.boolean(),
  cancel: z.boolean(),
  complete: z.boolean(),
});

export const coachingEngagement = z.object({
  id: z.string(),
  programme: z.object({ id: z.string(), name: z.string(), maxChemistry: z.number().int() }),
  coachee: personRef,
  coach: personRef.nullable(),
  /** Coaches asked for a chemistry conversation (while choosing). */
  chemistryCoaches: z.array(personRef),
  /** Your side of it: 'coachee', 'coach', or 'chemistry' (a coach asked for a chemistry conversation). */
  yourRole: z.enum(['coachee', 'coach', 'chemistry']),
  status: engagementStatus,
  /** Active with no held session in the last 30 days (in the organisation's calendar). */
  stalled: z.boolean(),
  sessionAllowance: z.number().int(),
  sessionsHeld: z.number().int(),
  startedOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  nextSessionAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  abilities: engagementAbilities,
});
export type CoachingEngagement = z.infer<typeof coachingEngagement>;

export const coachingSummary = z.object({
  summaryText: z.string(),
  sharedWithManager: z.boolean(),
  sharedAt: z.string().nullable(),
  version: z.number().int(),
});

/** One engagement with what only its two people read: goals, sessions, and (coachee) the summary. */
export const engagementDetail = coachingEngagement.extend({
  goals: z.array(coachingGoal),
  sessions: z.array(coachingSession),
  summary: coachingSummary.nullable(),
});
export type EngagementDetail = z.infer<typeof engagementDetail>;

export const engagementListQuery = pageQuery;
export const engagementPage = pageOf(coachingEngagement);

export const chooseCoachRequest = z.object({ version, coachId: z.string().uuid() });
export const respondRequest = z.object({ version, accept: z.boolean() });
export const versionOnlyRequest = z.object({ version });
export const approveRequest = z.object({ version, approve: z.boolean() });

export const writeGoalsRequest = z.object({
  version,
  goals: z
    .array(z.object({ goalText: words(500), aspirationId: z.string().uuid().nullable().default(null) }))
    .max(10),
});

export const scheduleSessionRequest = z.object({
  scheduledAt: z.string().datetime({ offset: true }),
  durationMinutes: z.number().int().min(15).max(240).default(60),
});
export const updateSessionRequest = z.object({
  version,
  status: coachingSessionStatus.optional(),
  scheduledAt: z.string().datetime({ offset: true }).optional(),
});

export const coachingNote = z.object({
  id: z.string(),
  author: personRef.nullable(),
  noteText: z.string(),
  mine: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CoachingNote = z.infer<typeof coachingNote>;
export const writeNoteRequest = z.object({ noteText: words(10_000) });
export const updateNoteRequest = z.object({ version, noteText: words(10_000) });

export const writeSummaryRequest = z.object({
  version: version.optional(),
  summaryText: words(4000),
  sharedWithManager: z.boolean(),
});

/** A report's summary as their manager reads it: nothing else of the engagement. */
export const sharedSummary = z.object({
  coachee: personRef,
  summaryText: z.string(),
  sharedAt: z.string(),
});
export const personSummaries = z.object({ items: z.array(sharedSummary) });

export const sendInvitationRequest = z.object({ recipientId: z.string().uuid() });
/** What the sender sees: that it was sent. Never whether it was opened, dismissed or followed. */
export const sentInvitation = z.object({
  id: z.string(),
  recipient: personRef,
  sentAt: z.string(),
  state: z.literal('sent'),
});
export const receivedInvitation = z.object({
  id: z.string(),
  sender: personRef.nullable(),
  sentAt: z.string(),
});

export const pendingApproval = z.object({
  engagementId: z.string(),
  programme: z.string(),
  coachee: personRef,
  coach: personRef.nullable(),
  requestedAt: z.string(),
  version: z.number().int(),
});

/** HR logistics per programme: counts only, small groups withheld (SPEC S1.3). */
const suppressedCell = z.object({
  count: z.number().int().nullable(),
  suppressed: z.enum(['below_threshold', 'complementary']).nullable(),
});
export const programmeLogistics = z.object({
  programme: coachingProgramme,
  byStatus: z.record(engagementStatus, suppressedCell),
  engagements: suppressedCell,
  sessionsHeld: z.number().int().nullable(),
  sessionsAllowed: z.number().int().nullable(),
});
export const coachingLogistics = z.object({
  minimumGroup: z.number().int(),
  items: z.array(programmeLogistics),
});
export type CoachingLogistics = z.infer<typeof coachingLogistics>;

export const myAspirationChoices = z.object({
  items: z.array(z.object({ id: z.string(), kind: z.string(), aspirationText: z.string() })),
});
