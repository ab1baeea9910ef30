import { z } from 'zod';
import { isoDate } from './common';
import { reviewState } from './reviews';

/**
 * The manager's team view (SPEC S5): one row per person in the caller's team with the state of each
 * track and what the caller should do next. Every cell is what the caller may already see on the
 * screen it links to: `null` means "nothing you may see here" (a skip-level sees no career
 * conversation or plan, which belong to the direct manager's relation; a plan appears only when its
 * owner shared it with the caller, SPEC S1.4). Dates, counts and states only: no record's text.
 */
export const teamScopes = ['direct', 'subtree'] as const;
export const teamScope = z.enum(teamScopes);
export type TeamScope = z.infer<typeof teamScope>;

export const teamViewQuery = z.object({
  /** `direct`: the caller's direct reports; `subtree`: everyone below them, at any depth. */
  scope: teamScope.default('direct'),
  /** The `nextCursor` of the page before. */
  cursor: z.string().max(500).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type TeamViewQuery = z.infer<typeof teamViewQuery>;

const personRef = z.object({ id: z.string(), displayName: z.string() });

/** Counts of the person's current goals (period includes today) by their last check-in. */
export const teamGoalHealth = z.object({
  onTrack: z.number().int(),
  atRisk: z.number().int(),
  offTrack: z.number().int(),
  /** Active goals without a check-in yet. */
  noCheckIn: z.number().int(),
  done: z.number().int(),
});
export type TeamGoalHealth = z.infer<typeof teamGoalHealth>;

/** Whose move a review waits for, seen from the caller. */
export const teamReviewWaitsOn = z.enum(['report', 'you', 'reviewer', 'hr', 'nobody']);
export const teamReviewStep = z.enum([
  'self_review',
  'manager_review',
  'calibration',
  'release',
  'acknowledge',
  'done',
]);

export const teamReviewStatus = z.object({
  reviewId: z.string(),
  cycleName: z.string(),
  state: reviewState,
  nextStep: teamReviewStep,
  waitsOn: teamReviewWaitsOn,
  /** The reviewing manager, when the step is theirs and they are not the caller. */
  reviewer: personRef.nullable(),
  /** The deadline of the next step (the cycle's phase date). */
  due: isoDate.nullable(),
  overdue: z.boolean(),
});
export type TeamReviewStatus = z.infer<typeof teamReviewStatus>;

/** The caller's own 1:1 series with the person (1:1s are seen by their two participants only). */
export const teamOneOnOne = z.object({
  seriesId: z.string(),
  lastMetOn: isoDate.nullable(),
  nextMeetingOn: isoDate.nullable(),
});

/** Career-conversation rhythm, dates only (the direct manager's view, SPEC S4.1). */
export const teamConversation = z.object({
  lastHeldAt: z.string().nullable(),
  nextScheduledAt: z.string().nullable(),
  nextConversationId: z.string().nullable(),
  dueBy: isoDate,
  overdue: z.boolean(),
  /** Due within the next 30 days and nothing scheduled. */
  dueSoon: z.boolean(),
});

/** The development plan the person shares with the caller (only shared plans, SPEC S1.4). */
export const teamSharedPlan = z.object({
  planId: z.string(),
  status: z.enum(['draft', 'active', 'completed']),
  actionsDone: z.number().int(),
  actionsTotal: z.number().int(),
  lastActivityAt: z.string(),
  /** No update for 30 days (the plan nudge's rule, SPEC S4.4). */
  stale: z.boolean(),
  /** More plans shared besides this one (the most recently active is shown). */
  more: z.number().int(),
});

/** Open feedback requests between the caller and the person (each request is its two people's). */
export const teamFeedbackRequests = z.object({
  /** The person asked the caller for feedback. */
  awaitingYou: z.number().int(),
  /** The caller asked the person. */
  awaitingThem: z.number().int(),
});

export const teamActionKinds = [
  'write_review',
  'release_review',
  'answer_feedback',
  'hold_conversation',
  'schedule_conversation',
  'set_up_one_on_one',
  'schedule_one_on_one',
  'look_at_plan',
  'check_goals',
  'prepare_one_on_one',
  'open_profile',
] as const;
export const teamActionKind = z.enum(teamActionKinds);
export type TeamActionKind = z.infer<typeof teamActionKind>;

/** The one thing the caller should do next for this person; `targetId` is the record it opens. */
export const teamAction = z.object({ kind: teamActionKind, targetId: z.string().nullable() });
export type TeamAction = z.infer<typeof teamAction>;

export const teamMember = z.object({
  person: personRef.extend({
    jobTitle: z.string(),
    status: z.enum(['active', 'on_leave', 'terminated']),
  }),
  /** 1: a direct report; 2 and more: further down the caller's tree. */
  depth: z.number().int().min(1),
  /** Whom the person reports to (the caller for direct reports). */
  manager: personRef.nullable(),
  goals: teamGoalHealth,
  review: teamReviewStatus.nullable(),
  oneOnOne: teamOneOnOne.nullable(),
  /** Null where the caller is not the direct manager (the rhythm is the direct manager's to see). */
  conversation: teamConversation.nullable(),
  /** Null where nothing is shared with the caller. */
  plan: teamSharedPlan.nullable(),
  feedback: teamFeedbackRequests,
  action: teamAction,
});
export type TeamMember = z.infer<typeof teamMember>;

export const teamViewPage = z.object({
  scope: teamScope,
  items: z.array(teamMember),
  /** People in the scope, all pages. */
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  today: isoDate,
});
export type TeamViewPage = z.infer<typeof teamViewPage>;
