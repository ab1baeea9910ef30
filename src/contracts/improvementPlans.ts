import { z } from 'zod';
import { cursorPageOf, isoDate } from './common';
import { issueMessage } from './issues';

/**
 * Performance improvement plans (SPEC S3.7, issue 12 items 10–12): class `performance`. Nothing here
 * names a development plan: a PIP is written from scratch about performance, never converted from a
 * growth record (S1.1), and the learning catalogue is referred to by item id only.
 */
export const pipState = z.enum(['draft', 'active', 'acknowledged', 'paused', 'extended', 'closed']);
export type PipState = z.infer<typeof pipState>;

/** Who reads a section: HR only; HR and the manager chain; HR, the manager chain and the employee. */
export const pipVisibility = z.enum(['hr', 'manager', 'employee']);
export type PipVisibility = z.infer<typeof pipVisibility>;

export const pipSupportKind = z.enum(['training', 'manager_time', 'resource']);
export type PipSupportKind = z.infer<typeof pipSupportKind>;

export const pipOutcome = z.enum(['successful', 'unsuccessful', 'cancelled']);
export type PipOutcome = z.infer<typeof pipOutcome>;

export const pipScheduleKind = z.enum(['weekly', 'biweekly', 'dates']);
export type PipScheduleKind = z.infer<typeof pipScheduleKind>;

/** The parts of a plan a revision's diff is kept for, each with its own visibility. */
export const pipSection = z.enum(['reason', 'dates', 'expectations', 'support', 'checkInSchedule']);
export type PipSection = z.infer<typeof pipSection>;

/** How the caller reads the plan: HR reads all of it, the manager chain all but HR-only parts. */
export const pipAudience = z.enum(['hr', 'manager', 'employee']);
export type PipAudience = z.infer<typeof pipAudience>;

const text = (max: number, required?: Parameters<typeof issueMessage>[0]) =>
  required ? z.string().trim().min(1, issueMessage(required)).max(max) : z.string().trim().max(max);

export const pipExpectationInput = z.object({
  statement: text(2000, 'pipStatementRequired'),
  measure: text(2000, 'pipMeasureRequired'),
  /** What will show it was met ("three reviewed pull requests a week"); may stay empty. */
  evidence: text(2000).default(''),
  dueOn: isoDate,
});
export type PipExpectationInput = z.input<typeof pipExpectationInput>;

export const pipSupportInput = z.object({
  kind: pipSupportKind,
  description: text(2000, 'pipSupportRequired'),
  /**
   * A learning-catalogue item, by id only (the catalogue is the growth track's; nothing else crosses).
   * Named apart from the growth track's own `learningItemId`, which marks development records.
   */
  catalogueItemId: z.string().uuid().nullable().default(null),
});
export type PipSupportInput = z.input<typeof pipSupportInput>;

export const pipScheduleInput = z.object({
  kind: pipScheduleKind,
  /** Only with `dates`: the explicit check-in days. */
  dates: z.array(isoDate).max(60).default([]),
});

/** The editable content of a plan, the same for a new draft and an edit. */
const planContentFields = {
  reason: text(4000, 'pipReasonRequired'),
  /** Only HR decides that the employee reads the reason; off unless HR turns it on. */
  reasonVisibleToEmployee: z.boolean().default(false),
  startDate: isoDate,
  /** 30, 60 or 90 days from the start, or an explicit `endDate` — exactly one of the two. */
  durationDays: z
    .union([z.literal(30), z.literal(60), z.literal(90)])
    .nullable()
    .default(null),
  endDate: isoDate.nullable().default(null),
  checkInSchedule: pipScheduleInput,
  expectationsVisibility: pipVisibility.default('employee'),
  supportVisibility: pipVisibility.default('employee'),
  checkInsVisibility: pipVisibility.default('employee'),
  expectations: z.array(pipExpectationInput).max(30),
  supports: z.array(pipSupportInput).max(30).default([]),
};

export const createPipRequest = z.object({ employeeId: z.string().uuid(), ...planContentFields });
export type CreatePipRequest = z.input<typeof createPipRequest>;

export const updatePipRequest = z.object({ version: z.number().int().min(1), ...planContentFields });
export type UpdatePipRequest = z.input<typeof updatePipRequest>;

export const publishPipRequest = z.object({ version: z.number().int().min(1) });

export const extendPipRequest = z.object({ version: z.number().int().min(1), endDate: isoDate });

export const closePipRequest = z.object({
  version: z.number().int().min(1),
  outcome: pipOutcome,
  rationale: text(4000, 'pipRationaleRequired'),
});

export const acknowledgePipRequest = z.object({
  version: z.number().int().min(1),
  /** Acknowledging is not agreeing: the employee may say so here, in words nobody else can change. */
  response: text(4000).default(''),
});

export const pipResponseRequest = z.object({ body: text(4000, 'pipResponseRequired') });

export const recordPipCheckInRequest = z.object({
  version: z.number().int().min(1),
  /** What the employee reads about the check-in. */
  summary: text(4000, 'pipSummaryRequired'),
  notes: text(4000).default(''),
  /** Who reads the notes; by default the manager chain and HR. */
  notesVisibility: pipVisibility.default('manager'),
});

export const pipListQuery = z.object({
  state: pipState.optional(),
  employeeId: z.string().uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const pipCursorQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

const personRef = z.object({ id: z.string(), displayName: z.string() });

export const pipExpectation = z.object({
  id: z.string(),
  statement: z.string(),
  measure: z.string(),
  evidence: z.string(),
  dueOn: z.string(),
});
export type PipExpectation = z.infer<typeof pipExpectation>;

export const pipSupport = z.object({
  id: z.string(),
  kind: pipSupportKind,
  description: z.string(),
  catalogueItemId: z.string().nullable(),
});
export type PipSupport = z.infer<typeof pipSupport>;

export const pipCheckIn = z.object({
  id: z.string(),
  scheduledOn: z.string(),
  /** `missed`: the day has passed without a record. */
  status: z.enum(['upcoming', 'recorded', 'missed']),
  recordedAt: z.string().nullable(),
  recordedBy: personRef.nullable(),
  summary: z.string(),
  /** Present only for readers the notes' visibility admits. */
  notes: z.string().optional(),
  notesVisibility: pipVisibility.optional(),
  version: z.number().int(),
});
export type PipCheckIn = z.infer<typeof pipCheckIn>;

export const pipAbilities = z.object({
  edit: z.boolean(),
  publish: z.boolean(),
  extend: z.boolean(),
  close: z.boolean(),
  acknowledge: z.boolean(),
  respond: z.boolean(),
  recordCheckIn: z.boolean(),
  /** Keep a section to HR only, and show the employee the reason: HR's choices. */
  hrChoices: z.boolean(),
});
export type PipAbilities = z.infer<typeof pipAbilities>;

/**
 * A plan as its reader may see it. Sections the reader may not see are left out altogether (not
 * null), and the reason is there only for HR, the manager chain, and the employee when HR chose so.
 */
export const pipDetail = z.object({
  id: z.string(),
  audience: pipAudience,
  employee: personRef,
  manager: personRef.nullable(),
  createdBy: personRef.nullable(),
  state: pipState,
  reason: z.string().optional(),
  reasonVisibleToEmployee: z.boolean(),
  startDate: z.string(),
  endDate: z.string(),
  /** The end date at publishing; differs from `endDate` after an extension. */
  originalEndDate: z.string().nullable(),
  durationDays: z.number().int(),
  expectations: z.object({ visibility: pipVisibility, items: z.array(pipExpectation) }).optional(),
  support: z.object({ visibility: pipVisibility, items: z.array(pipSupport) }).optional(),
  checkIns: z
    .object({
      visibility: pipVisibility,
      schedule: pipScheduleKind,
      items: z.array(pipCheckIn),
    })
    .optional(),
  /** The revision the employee is asked to acknowledge (0 for a draft). */
  revision: z.number().int(),
  awaitingAcknowledgement: z.boolean(),
  acknowledgedRevision: z.number().int().nullable(),
  acknowledgedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  outcome: pipOutcome.nullable(),
  outcomeRationale: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: pipAbilities,
});
export type PipDetail = z.infer<typeof pipDetail>;

export const pipSummary = z.object({
  id: z.string(),
  employee: personRef,
  manager: personRef.nullable(),
  state: pipState,
  startDate: z.string(),
  endDate: z.string(),
  awaitingAcknowledgement: z.boolean(),
  nextCheckInOn: z.string().nullable(),
  outcome: pipOutcome.nullable(),
  updatedAt: z.string(),
});
export type PipSummary = z.infer<typeof pipSummary>;
export const pipPage = cursorPageOf(pipSummary);

/** One section's change in a revision: the before and after the reader may see, each on its own. */
export const pipSectionChange = z.object({
  section: pipSection,
  /** Left out when the reader could not see the section before the change (it is new to them). */
  before: z.unknown().optional(),
  /** Left out when the reader cannot see the section after the change (it was hidden from them). */
  after: z.unknown().optional(),
});
export type PipSectionChange = z.infer<typeof pipSectionChange>;

export const pipRevision = z.object({
  number: z.number().int(),
  kind: z.enum(['published', 'edited', 'extended', 'closed']),
  at: z.string(),
  by: personRef.nullable(),
  changes: z.array(pipSectionChange),
  /** When the employee acknowledged this revision (acknowledging a later one covers it too). */
  acknowledgedAt: z.string().nullable(),
});
export type PipRevision = z.infer<typeof pipRevision>;
export const pipRevisionPage = cursorPageOf(pipRevision);

export const pipResponse = z.object({
  id: z.string(),
  body: z.string(),
  /** The revision the response came with, when it was written while acknowledging. */
  withRevision: z.number().int().nullable(),
  createdAt: z.string(),
});
export type PipResponse = z.infer<typeof pipResponse>;
export const pipResponsePage = cursorPageOf(pipResponse);

/** The fairness check HR sees before publishing; publishing refuses when `passed` is false. */
export const pipFairness = z.object({
  passed: z.boolean(),
  /** Prior documented feedback, a goal check-in or a review about the person since `since`. */
  priorFeedback: z.object({
    required: z.boolean(),
    passed: z.boolean(),
    months: z.number().int(),
    since: z.string(),
    feedback: z.number().int(),
    goalCheckIns: z.number().int(),
    reviews: z.number().int(),
    lastOn: z.string().nullable(),
  }),
  minimumDuration: z.object({
    passed: z.boolean(),
    durationDays: z.number().int(),
    minimumDays: z.number().int(),
  }),
  /** At least one expectation, shown to the employee: a plan they cannot read cannot be fair. */
  expectationsShared: z.object({ passed: z.boolean(), expectations: z.number().int() }),
});
export type PipFairness = z.infer<typeof pipFairness>;

/**
 * The fairness check as the organisation sets it up (organisation settings `pip…`, on the admin
 * settings page): whether documented prior feedback is required and how far back it may be, and the
 * shortest plan. Defaults: required, 6 months, 30 days.
 */
export interface FairnessSettings {
  requirePriorFeedback: boolean;
  priorFeedbackMonths: number;
  minimumDurationDays: number;
}

export const defaultFairnessSettings: FairnessSettings = {
  requirePriorFeedback: true,
  priorFeedbackMonths: 6,
  minimumDurationDays: 30,
};

/** Limits of the settings; a stored value outside them counts as unset. */
export const fairnessLimits = { months: { min: 1, max: 36 }, days: { min: 1, max: 365 } } as const;

/** The organisation's stored settings over the defaults. */
export function fairnessSettingsOf(settings: Record<string, unknown>): FairnessSettings {
  const whole = (value: unknown, limits: { min: number; max: number }) =>
    typeof value === 'number' && Number.isInteger(value) && value >= limits.min && value <= limits.max
      ? value
      : undefined;
  return {
    requirePriorFeedback:
      typeof settings.pipRequirePriorFeedback === 'boolean'
        ? settings.pipRequirePriorFeedback
        : defaultFairnessSettings.requirePriorFeedback,
    priorFeedbackMonths:
      whole(settings.pipPriorFeedbackMonths, fairnessLimits.months) ??
      defaultFairnessSettings.priorFeedbackMonths,
    minimumDurationDays:
      whole(settings.pipMinimumDurationDays, fairnessLimits.days) ??
      defaultFairnessSettings.minimumDurationDays,
  };
}
