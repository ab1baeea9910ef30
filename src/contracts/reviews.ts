import { z } from 'zod';
import { isoDate, pageOf } from './common';
import { issueMessage } from './issues';

/* ---------- templates ---------- */

export const questionKind = z.enum(['rating', 'text', 'competency', 'goals']);
export type QuestionKindName = z.infer<typeof questionKind>;
export const questionAudience = z.enum(['self', 'manager', 'both']);
export type QuestionAudienceName = z.infer<typeof questionAudience>;

/**
 * Optional texts in another language beside the template's own, keyed by language: a reader of that
 * language sees them, everyone else (and every empty or missing one) the template's own text.
 */
const translated = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ de: z.object(shape).partial().optional() }).optional();

export const ratingScale = z.object({
  labels: z
    .array(z.string().trim().min(1, issueMessage('scaleLabelRequired')).max(60))
    .min(2, issueMessage('scaleMinPoints'))
    .max(10, issueMessage('scaleMaxPoints')),
  /** Index i translates labels[i]; an empty entry falls back to it. */
  translations: translated({ labels: z.array(z.string().trim().max(60)).max(10) }),
});
export type RatingScaleDto = z.infer<typeof ratingScale>;

const idText = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, issueMessage('idCharacters'));

export const templateQuestion = z
  .object({
    id: idText,
    kind: questionKind,
    prompt: z.string().trim().min(1, issueMessage('questionRequired')).max(500),
    help: z.string().trim().max(1000).optional(),
    audience: questionAudience,
    competency: z.string().trim().max(120).optional(),
    weight: z.number().min(0).max(100).optional(),
    required: z.boolean().optional(),
    translations: translated({ prompt: z.string().trim().max(500), help: z.string().trim().max(1000) }),
  })
  .refine((q) => q.kind !== 'competency' || Boolean(q.competency), {
    message: issueMessage('ratedCompetencyRequired'),
    path: ['competency'],
  });
export type TemplateQuestionDto = z.infer<typeof templateQuestion>;

export const templateSection = z.object({
  id: idText,
  title: z.string().trim().min(1, issueMessage('sectionTitleRequired')).max(200),
  description: z.string().trim().max(1000).optional(),
  questions: z.array(templateQuestion).min(1, issueMessage('sectionQuestionRequired')).max(50),
  translations: translated({ title: z.string().trim().max(200), description: z.string().trim().max(1000) }),
});
export type TemplateSectionDto = z.infer<typeof templateSection>;

export const templateContent = z
  .object({
    ratingScale,
    sections: z.array(templateSection).min(1, issueMessage('sectionRequired')).max(30),
  })
  .superRefine((content, ctx) => {
    const ids = new Set<string>();
    content.sections.forEach((section, s) => {
      section.questions.forEach((question, q) => {
        if (ids.has(question.id) || question.id === 'proposed_rating') {
          ctx.addIssue({
            code: 'custom',
            message: issueMessage('questionIdsUnique'),
            path: ['sections', s, 'questions', q, 'id'],
          });
        }
        ids.add(question.id);
      });
    });
  });
export type TemplateContentDto = z.infer<typeof templateContent>;

export const templateSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  questionCount: z.number().int(),
  scaleSize: z.number().int(),
  archived: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TemplateSummary = z.infer<typeof templateSummary>;

export const templateDetail = templateSummary.extend({ content: templateContent });
export type TemplateDetail = z.infer<typeof templateDetail>;

export const createTemplateRequest = z.object({
  name: z.string().trim().min(1, issueMessage('reviewTemplateNameRequired')).max(200),
  description: z.string().trim().max(2000).default(''),
  content: templateContent,
});
export type CreateTemplateRequest = z.input<typeof createTemplateRequest>;
export const updateTemplateRequest = createTemplateRequest.extend({ version: z.number().int().min(1) });
export type UpdateTemplateRequest = z.input<typeof updateTemplateRequest>;
export const versionRequest = z.object({ version: z.number().int().min(1) });

export const templateListQuery = z.object({
  includeArchived: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/* ---------- cycles ---------- */

export const populationFilter = z.object({
  departmentIds: z.array(z.string().uuid()).max(200).optional(),
  levelIds: z.array(z.string().uuid()).max(200).optional(),
  hiredOnOrBefore: isoDate.optional(),
  /** People the filters take in whom HR leaves out of this cycle by name (honoured at launch). */
  excludedPersonIds: z.array(z.string().uuid()).max(5000).optional(),
});
export type PopulationFilterDto = z.infer<typeof populationFilter>;

export const cycleStatus = z.enum(['draft', 'active', 'closed']);
export const cyclePhase = z.enum([
  'self_review',
  'peer_input',
  'manager_review',
  'calibration',
  'release',
  'acknowledgment',
]);
export type CyclePhase = z.infer<typeof cyclePhase>;

const deadlines = {
  selfReviewDue: isoDate,
  peerInputDue: isoDate.nullable().default(null),
  managerReviewDue: isoDate,
  calibrationDue: isoDate,
  releaseDue: isoDate,
  acknowledgeDue: isoDate,
};

const cycleFields = z.object({
  name: z.string().trim().min(1, issueMessage('cycleNameRequired')).max(200),
  periodStart: isoDate,
  periodEnd: isoDate,
  templateId: z.string().uuid(),
  participantFilter: populationFilter.default({}),
  ...deadlines,
  managerSeesSelfReview: z.boolean().default(true),
  reminderDaysBefore: z.number().int().min(0).max(30).default(3),
});

/** Deadlines follow the phases in order; the period ends before the self review is due. */
function checkCycleDates(cycle: z.infer<typeof cycleFields>, ctx: z.RefinementCtx) {
  if (cycle.periodEnd < cycle.periodStart)
    ctx.addIssue({ code: 'custom', message: issueMessage('periodEndAfterStart'), path: ['periodEnd'] });
  const order: [keyof typeof deadlines, string | null][] = [
    ['selfReviewDue', cycle.selfReviewDue],
    ['peerInputDue', cycle.peerInputDue],
    ['managerReviewDue', cycle.managerReviewDue],
    ['calibrationDue', cycle.calibrationDue],
    ['releaseDue', cycle.releaseDue],
    ['acknowledgeDue', cycle.acknowledgeDue],
  ];
  let previous: string | null = null;
  for (const [field, value] of order) {
    if (!value) continue;
    if (previous && value < previous)
      ctx.addIssue({ code: 'custom', message: issueMessage('deadlineOrder'), path: [field] });
    previous = value;
  }
}

export const createCycleRequest = cycleFields.superRefine(checkCycleDates);
export type CreateCycleRequest = z.input<typeof createCycleRequest>;
export const updateCycleRequest = cycleFields
  .extend({ version: z.number().int().min(1) })
  .superRefine(checkCycleDates);
export type UpdateCycleRequest = z.input<typeof updateCycleRequest>;
/** The wizard's preview: how many take part, and one page of the people the filters take in. */
export const previewRequest = z.object({
  participantFilter: populationFilter.default({}),
  /** Part of a name or job title, to find someone in the list. */
  search: z.string().trim().max(200).default(''),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(10),
});
export type PreviewRequest = z.input<typeof previewRequest>;

/** Closing: refused while reviews are before release, unless forced with a written reason. */
export const closeCycleRequest = z
  .object({
    version: z.number().int().min(1),
    force: z.boolean().default(false),
    reason: z.string().trim().max(2000).default(''),
  })
  .superRefine((body, ctx) => {
    if (body.force && !body.reason)
      ctx.addIssue({ code: 'custom', message: issueMessage('earlyCloseReason'), path: ['reason'] });
  });
export type CloseCycleRequest = z.input<typeof closeCycleRequest>;

export const cycleAbilities = z.object({
  update: z.boolean(),
  launch: z.boolean(),
  sendReminders: z.boolean(),
  close: z.boolean(),
});

export const cycleSummary = z.object({
  id: z.string(),
  name: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  status: cycleStatus,
  participantCount: z.number().int(),
  selfReviewDue: isoDate,
  acknowledgeDue: isoDate,
  launchedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type CycleSummary = z.infer<typeof cycleSummary>;

export const cycleDetail = cycleSummary.extend({
  templateId: z.string().nullable(),
  templateName: z.string().nullable(),
  participantFilter: populationFilter,
  peerInputDue: isoDate.nullable(),
  managerReviewDue: isoDate,
  calibrationDue: isoDate,
  releaseDue: isoDate,
  managerSeesSelfReview: z.boolean(),
  reminderDaysBefore: z.number().int(),
  content: templateContent,
  version: z.number().int(),
  abilities: cycleAbilities,
});
export type CycleDetail = z.infer<typeof cycleDetail>;

export const previewPerson = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  departmentName: z.string().nullable(),
  /** Left out by name (`excludedPersonIds`). */
  excluded: z.boolean(),
});
export type PreviewPerson = z.infer<typeof previewPerson>;
export const previewResponse = z.object({
  /** Who takes part: the filters' people less the exclusions. */
  count: z.number().int(),
  /** How many of the filters' people are left out by name. */
  excludedCount: z.number().int(),
  /** The filters' people matching `search`, excluded ones included (marked), by name. */
  people: pageOf(previewPerson),
});
export type PreviewResponse = z.infer<typeof previewResponse>;
export const launchResponse = z.object({ cycle: cycleDetail, participants: z.number().int() });
export const remindersResponse = z.object({ sent: z.number().int() });

/* ---------- reviews ---------- */

export const reviewState = z.enum([
  'self_review',
  'manager_review',
  'submitted',
  'in_calibration',
  'calibrated',
  'released',
  'acknowledged',
]);
export type ReviewStateName = z.infer<typeof reviewState>;
export const formKind = z.enum(['self', 'manager', 'peer']);
export type FormKindName = z.infer<typeof formKind>;
export const formState = z.enum(['draft', 'submitted']);

export const personRef = z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() });
export type PersonRef = z.infer<typeof personRef>;

export const answer = z.object({
  questionId: z.string(),
  rating: z.number().int().nullable(),
  text: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Answer = z.infer<typeof answer>;

/** A question as one form shows it (goal questions carry the person's goals and results). */
export const formQuestion = z.object({
  id: z.string(),
  sectionId: z.string(),
  sectionTitle: z.string(),
  kind: z.union([questionKind, z.literal('proposed_rating')]),
  prompt: z.string(),
  help: z.string().nullable(),
  competency: z.string().nullable(),
  weight: z.number().nullable(),
  required: z.boolean(),
});
export type FormQuestion = z.infer<typeof formQuestion>;

export const goalKeyResult = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  currency: z.string().nullable(),
  startValue: z.number(),
  targetValue: z.number(),
  currentValue: z.number(),
  progress: z.number(),
});
/** One of the person's goals overlapping the review period, with its results (read from goals). */
export const goalResult = z.object({
  id: z.string(),
  title: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  status: z.string(),
  health: z.string().nullable(),
  progress: z.number(),
  keyResults: z.array(goalKeyResult),
});
export type GoalResult = z.infer<typeof goalResult>;

export const formAbilities = z.object({ edit: z.boolean(), submit: z.boolean(), reopen: z.boolean() });

export const reviewForm = z.object({
  id: z.string(),
  kind: formKind,
  author: personRef.nullable(),
  state: formState,
  submittedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  requestNote: z.string().nullable(),
  /** Absent when the caller may see that the form exists but not what it says (a draft). */
  answers: z.array(answer).nullable(),
  questions: z.array(formQuestion),
  abilities: formAbilities,
});
export type ReviewFormDto = z.infer<typeof reviewForm>;

export const reviewAbilities = z.object({
  viewSelfForm: z.boolean(),
  viewManagerForm: z.boolean(),
  viewPeerForms: z.boolean(),
  viewProposedRating: z.boolean(),
  viewFinalRating: z.boolean(),
  editSelf: z.boolean(),
  editManager: z.boolean(),
  requestPeerInput: z.boolean(),
  reopen: z.boolean(),
  reassign: z.boolean(),
  release: z.boolean(),
  acknowledge: z.boolean(),
  addAddendum: z.boolean(),
});
export type ReviewAbilities = z.infer<typeof reviewAbilities>;

export const cycleRef = z.object({
  id: z.string(),
  name: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  selfReviewDue: isoDate,
  peerInputDue: isoDate.nullable(),
  managerReviewDue: isoDate,
  releaseDue: isoDate,
  acknowledgeDue: isoDate,
  ratingScale,
});

export const reviewDetail = z.object({
  id: z.string(),
  cycle: cycleRef,
  subject: personRef,
  reviewer: personRef.nullable(),
  state: reviewState,
  /** Only for those the policy lets see it: never the subject. */
  proposedRating: z.number().int().nullable().optional(),
  overallScore: z.number().nullable().optional(),
  finalRating: z.number().int().nullable().optional(),
  addendum: z.string().nullable().optional(),
  releasedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgmentComment: z.string().nullable().optional(),
  goals: z.array(goalResult),
  forms: z.array(reviewForm),
  version: z.number().int(),
  abilities: reviewAbilities,
});
export type ReviewDetail = z.infer<typeof reviewDetail>;

export const reviewSummary = z.object({
  id: z.string(),
  cycle: z.object({ id: z.string(), name: z.string(), periodStart: isoDate, periodEnd: isoDate }),
  subject: personRef,
  reviewer: personRef.nullable(),
  state: reviewState,
  finalRating: z.number().int().nullable().optional(),
  scaleLabel: z.string().nullable().optional(),
  releasedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
export type ReviewSummary = z.infer<typeof reviewSummary>;

export const reviewTask = z.object({
  kind: z.enum(['self', 'manager', 'peer', 'acknowledge']),
  formId: z.string().nullable(),
  reviewId: z.string().nullable(),
  cycleName: z.string(),
  subject: personRef,
  due: isoDate,
  formState: formState.nullable(),
});
export type ReviewTask = z.infer<typeof reviewTask>;
export const reviewTasks = z.object({ items: z.array(reviewTask) });

export const personReviewsQuery = z.object({
  /** true: only reviews released to the person (the history over the years). */
  released: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const personReviewTask = z.object({ review: reviewSummary.nullable(), due: isoDate.nullable() });
export type PersonReviewTask = z.infer<typeof personReviewTask>;

export const saveAnswerRequest = z.object({
  rating: z.number().int().min(1).max(10).nullable().optional(),
  text: z.string().max(20000).nullable().optional(),
  /** The version this edit started from; 0 when the question had no answer yet. */
  version: z.number().int().min(0),
});
export type SaveAnswerRequest = z.infer<typeof saveAnswerRequest>;

/**
 * A whole form's changed answers in one save, each with the version it edited. Each question at most
 * once; the answers that are current are stored, the stale ones come back with what is stored now.
 */
export const saveAnswersRequest = z.object({
  answers: z
    .array(saveAnswerRequest.extend({ questionId: z.string().min(1).max(40) }))
    .min(1, issueMessage('answersMin'))
    .max(500, issueMessage('answersMax'))
    .superRefine((answers, ctx) => {
      const seen = new Set<string>();
      answers.forEach((item, index) => {
        if (seen.has(item.questionId))
          ctx.addIssue({
            code: 'custom',
            message: issueMessage('questionOncePerSave'),
            path: [index, 'questionId'],
          });
        seen.add(item.questionId);
      });
    }),
});
export type SaveAnswersRequest = z.infer<typeof saveAnswersRequest>;
export const savedAnswers = z.object({ answers: z.array(answer) });
export type SavedAnswers = z.infer<typeof savedAnswers>;

/** A stale answer of a whole-form save: nothing of it was stored; `current` is what is stored now. */
export const answerConflictItem = z.object({ questionId: z.string(), current: answer });
export type AnswerConflictItem = z.infer<typeof answerConflictItem>;

/**
 * The body of a 409 on a whole-form save. With version_conflict: the answers that were stored
 * (`saved`) and the stale ones with what is stored now (`conflicts`); other 409s (review_locked)
 * carry the error only, and then nothing was stored.
 */
export const answersConflict = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    currentVersion: z.number().int().optional(),
    conflicts: z.array(z.object({ questionId: z.string(), currentVersion: z.number().int() })).optional(),
  }),
  saved: z.array(answer).optional(),
  conflicts: z.array(answerConflictItem).optional(),
});
export type AnswersConflict = z.infer<typeof answersConflict>;

/** The body of a 409 on an answer: the error plus what is stored now, so the UI can show both. */
export const answerConflict = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    currentVersion: z.number().int().optional(),
  }),
  /** With version_conflict; other 409s (review_locked) carry the error only. */
  current: answer.optional(),
});

export const reopenRequest = z.object({
  reason: z.string().trim().min(1, issueMessage('reopenReason')).max(2000),
});
export const reassignRequest = z.object({
  reviewerId: z.string().uuid(),
  reason: z.string().trim().min(1, issueMessage('reassignReason')).max(2000),
});
export const peerRequest = z.object({
  writerId: z.string().uuid(),
  note: z.string().trim().max(2000).default(''),
});

export const peerForm = z.object({
  id: z.string(),
  subject: personRef,
  requestedBy: personRef.nullable(),
  cycleName: z.string(),
  due: isoDate.nullable(),
  form: reviewForm,
});
export type PeerFormDto = z.infer<typeof peerForm>;

/* ---------- HR dashboard ---------- */

export const stateCounts = z.record(reviewState, z.number().int());
export const dashboard = z.object({
  total: z.number().int(),
  withoutReviewer: z.number().int(),
  byState: stateCounts,
  byDepartment: z.array(
    z.object({
      departmentId: z.string().nullable(),
      name: z.string(),
      total: z.number().int(),
      byState: stateCounts,
    }),
  ),
  acknowledgment: z.object({ released: z.number().int(), acknowledged: z.number().int() }),
  currentPhase: cyclePhase.nullable(),
});
export type Dashboard = z.infer<typeof dashboard>;

export const overdueItem = z.object({
  reviewId: z.string(),
  person: personRef,
  department: z.string().nullable(),
  task: z.enum(['self', 'peer', 'manager', 'acknowledge']),
  due: isoDate,
});
export type OverdueItem = z.infer<typeof overdueItem>;
export const overduePage = pageOf(overdueItem);

export const cycleReviewsQuery = z.object({
  state: reviewState.optional(),
  departmentId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** The `nextCursor` of the page before: the list continues after its last row (`page` is then not used). */
  after: z
    .string()
    .max(1000)
    .regex(/^[A-Za-z0-9_-]+$/, issueMessage('listPositionInvalid'))
    .optional(),
});
/** HR's review-status download: the list's filters, every page (issue 14 item 9). */
export const cycleReviewsExportQuery = cycleReviewsQuery.pick({ state: true, departmentId: true });
export const cycleReviewRow = z.object({
  id: z.string(),
  subject: personRef,
  reviewer: personRef.nullable(),
  department: z.string().nullable(),
  state: reviewState,
  selfSubmitted: z.boolean(),
  managerSubmitted: z.boolean(),
  acknowledgedAt: z.string().nullable(),
});
export type CycleReviewRow = z.infer<typeof cycleReviewRow>;
export const cycleReviewsPage = pageOf(cycleReviewRow).extend({
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: z.string().nullable().optional(),
});
