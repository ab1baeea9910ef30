import { z } from 'zod';
import { isoDate, pageQuery } from './common';
import { issueMessage } from './issues';

/**
 * 360 feedback for development (SPEC S4.8, S1.2, S1.3). Nothing here names who answered: raters
 * appear only as nominees (to the person who nominated them and the approving manager), and what
 * they wrote leaves the module only as thresholded aggregates in the report.
 */
export const raterGroups = ['self', 'manager', 'peers', 'direct_reports', 'others'] as const;
export const raterGroup = z.enum(raterGroups);
export type RaterGroup = z.infer<typeof raterGroup>;
/** The groups whose answers are anonymous (self is the subject's own). */
export const anonymousGroups = ['manager', 'peers', 'direct_reports', 'others'] as const;
export type AnonymousGroup = (typeof anonymousGroups)[number];

export const request360Statuses = [
  'nominating',
  'awaiting_approval',
  'collecting',
  'closed',
  'released',
] as const;
export const request360Status = z.enum(request360Statuses);
export type Request360Status = z.infer<typeof request360Status>;

/** The lowest anonymity threshold anyone may set (SPEC S1.3). */
export const MIN_THRESHOLD = 3;
export const DEFAULT_THRESHOLD = 3;
/** Answers: 1 (rarely) … 5 (almost always); null means "not observed". */
export const SCALE_MAX = 5;

const threshold = z
  .number()
  .int()
  .max(50)
  .refine((n) => n >= MIN_THRESHOLD, {
    message: issueMessage('thresholdMin'),
    params: { min: MIN_THRESHOLD },
  });
export const thresholds = z.object({
  manager: threshold,
  peers: threshold,
  direct_reports: threshold,
  others: threshold,
});
export type Thresholds = z.infer<typeof thresholds>;

const ref = z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() });
/** People around a 360 other than its subject appear by name only: no id a response could be tied to. */
const nameRef = z.object({ displayName: z.string(), jobTitle: z.string() });

export const createRequest360 = z.object({
  /** HR only: the person the 360 is for (a leadership program). Absent: the caller themselves. */
  subjectId: z.string().uuid().optional(),
  programName: z.string().trim().max(120).default(''),
  deadline: isoDate,
  requireManagerApproval: z.boolean().default(false),
  /**
   * Show the manager's answers as the manager's, named, instead of pooling them under the
   * threshold (a lone manager could never be shown). The subject's current manager is nominated in
   * the manager group, which then holds no one else, and is told before answering.
   */
  managerNamed: z.boolean().default(false),
  coachId: z.string().uuid().nullable().default(null),
  thresholds: thresholds.partial().default({}),
  /** A subset of the competency library; absent: every active competency. */
  competencyIds: z.array(z.string().uuid()).max(30).optional(),
});
export type CreateRequest360 = z.input<typeof createRequest360>;

export const updateRequest360 = z.object({
  version: z.number().int(),
  deadline: isoDate.optional(),
  thresholds: thresholds.partial().optional(),
  requireManagerApproval: z.boolean().optional(),
  coachId: z.string().uuid().nullable().optional(),
});
export type UpdateRequest360 = z.input<typeof updateRequest360>;

export const nominationInput = z.object({
  personId: z.string().uuid(),
  group: z.enum(anonymousGroups),
});

export const nomination = z.object({
  /** The nomination's own id: never a person id or a task id. */
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  group: z.enum(anonymousGroups),
  status: z.enum(['proposed', 'approved', 'rejected']),
});
export type Nomination360 = z.infer<typeof nomination>;

/**
 * Progress per group, shown to the subject. A count appears only once it reaches the threshold;
 * below it the subject learns "not enough yet", never 0, 1 or 2, so nobody's participation can be
 * pinned down and no suppressed count can be recovered from a total (there is no total).
 */
export const groupProgress = z.object({
  group: z.enum(anonymousGroups),
  invited: z.number().int(),
  threshold: z.number().int(),
  enough: z.boolean(),
  answered: z.number().int().nullable(),
});

export const request360 = z.object({
  id: z.string(),
  subject: ref,
  programName: z.string(),
  status: request360Status,
  deadline: z.string(),
  createdOn: z.string(),
  closedOn: z.string().nullable(),
  releasedOn: z.string().nullable(),
  requireManagerApproval: z.boolean(),
  /** The manager's answers are shown named, outside the anonymous groups. */
  managerNamed: z.boolean(),
  approver: nameRef.nullable(),
  coach: nameRef.nullable(),
  thresholds,
  thresholdsLocked: z.boolean(),
  competencies: z.array(z.object({ name: z.string(), description: z.string() })),
  nominations: z.array(nomination),
  selfDone: z.boolean(),
  progress: z.array(groupProgress),
  remindedOn: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({
    edit: z.boolean(),
    nominate: z.boolean(),
    submitNominations: z.boolean(),
    remind: z.boolean(),
    close: z.boolean(),
    readReport: z.boolean(),
  }),
});
export type Request360 = z.infer<typeof request360>;

export const request360Summary = z.object({
  id: z.string(),
  subject: ref,
  programName: z.string(),
  status: request360Status,
  deadline: z.string(),
  createdOn: z.string(),
  releasedOn: z.string().nullable(),
  /** Whether the caller may open the report now. */
  reportReady: z.boolean(),
});
export type Request360Summary = z.infer<typeof request360Summary>;

export const approval360 = z.object({
  id: z.string(),
  subject: ref,
  deadline: z.string(),
  managerNamed: z.boolean(),
  nominations: z.array(nomination),
  version: z.number().int(),
});
export type Approval360 = z.infer<typeof approval360>;

export const approvalInput = z.object({
  version: z.number().int(),
  decisions: z.array(z.object({ nominationId: z.string().uuid(), approved: z.boolean() })).min(1),
});

/** The rater's own task: says what to do and whether it is done, nothing about other raters. */
export const task360 = z.object({
  id: z.string(),
  subject: ref,
  group: raterGroup,
  status: z.enum(['pending', 'done', 'declined', 'expired']),
  deadline: z.string(),
  /** The rater is the subject's manager in a 360 that shows the manager's answers by name. */
  named: z.boolean(),
});
export type Task360 = z.infer<typeof task360>;

export const question360 = z.object({
  id: z.string(),
  competency: z.string(),
  description: z.string(),
  behaviours: z.array(z.string()),
});
export const taskDetail360 = task360.extend({ questions: z.array(question360) });
export type TaskDetail360 = z.infer<typeof taskDetail360>;

export const submitResponse360 = z.object({
  taskId: z.string().uuid(),
  answers: z
    .array(
      z.object({
        questionId: z.string().uuid(),
        score: z.number().int().min(1).max(SCALE_MAX).nullable(),
      }),
    )
    .min(1),
  strengths: z.string().trim().max(4000).default(''),
  suggestions: z.string().trim().max(4000).default(''),
});
export type SubmitResponse360 = z.input<typeof submitResponse360>;

export const listQuery360 = pageQuery;

/** HR's view of a leadership program: how many 360s are in each state, never anything inside them. */
export const program360 = z.object({
  programName: z.string(),
  counts: z.object({
    nominating: z.number().int(),
    awaiting_approval: z.number().int(),
    collecting: z.number().int(),
    closed: z.number().int(),
    released: z.number().int(),
  }),
  participants: z.array(
    z.object({ requestId: z.string(), subject: ref, status: request360Status, version: z.number().int() }),
  ),
});
export type Program360 = z.infer<typeof program360>;

export const competencyOption = z.object({ id: z.string(), name: z.string(), description: z.string() });

/** Report (SPEC S4.8). Groups below their threshold are absent: no score, no count, no comment. */
export const reportCompetency = z.object({
  name: z.string(),
  description: z.string(),
  self: z.number().nullable(),
  /** Average of the groups shown (each passing on its own), null when none is shown. */
  others: z.number().nullable(),
  gap: z.number().nullable(),
  groups: z.array(z.object({ group: z.enum(anonymousGroups), average: z.number() })),
  /** Others' average change since the previous 360, on shown data only. */
  change: z.number().nullable(),
});
export const report360 = z.object({
  requestId: z.string(),
  subject: ref,
  programName: z.string(),
  closedOn: z.string().nullable(),
  status: request360Status,
  shownGroups: z.array(z.object({ group: z.enum(anonymousGroups), responses: z.number().int() })),
  suppressedGroups: z.array(z.object({ group: z.enum(anonymousGroups), threshold: z.number().int() })),
  competencies: z.array(reportCompetency),
  strengths: z.array(z.string()),
  blindSpots: z.array(z.string()),
  hiddenStrengths: z.array(z.string()),
  comments: z.object({ strengths: z.array(z.string()), suggestions: z.array(z.string()) }),
  selfComments: z.object({ strengths: z.string(), suggestions: z.string() }),
  /**
   * The manager's own answers, by name, when the subject chose so at request time: not part of any
   * anonymous group, average or comment list. Null otherwise (the manager group then follows the
   * threshold like any other).
   */
  namedManager: z
    .object({
      displayName: z.string(),
      jobTitle: z.string(),
      answered: z.boolean(),
      scores: z.array(z.object({ name: z.string(), score: z.number().nullable() })),
      comments: z.object({ strengths: z.array(z.string()), suggestions: z.array(z.string()) }),
    })
    .nullable(),
  previous: z.object({ requestId: z.string(), closedOn: z.string().nullable() }).nullable(),
  version: z.number().int(),
  abilities: z.object({ release: z.boolean() }),
});
export type Report360 = z.infer<typeof report360>;
