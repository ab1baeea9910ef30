import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common';
import { issueMessage } from './issues';

/**
 * Engagement pulse surveys (SPEC S5, S1.3; issue 14 items 6–8). Routes live under
 * `/api/growth/surveys`; the server's README (`src/server/growth/surveys/README.md`) lists them
 * with who may call each. Answers are anonymous: no route returns a person's answer, and reports
 * carry only aggregates that passed the survey's thresholds.
 */

/** The starter driver list every Likert item is tagged with. */
export const surveyDrivers = [
  'recognition',
  'growth',
  'manager_support',
  'workload',
  'belonging',
  'alignment',
  'autonomy',
  'wellbeing',
] as const;
export const surveyDriver = z.enum(surveyDrivers);
export type SurveyDriver = z.infer<typeof surveyDriver>;

export const surveySchedules = ['one_off', 'weekly', 'fortnightly', 'monthly'] as const;
export const surveySchedule = z.enum(surveySchedules);
export type SurveySchedule = z.infer<typeof surveySchedule>;

/** `likert`: 1–5 agreement with a driver; `enps`: 0–10 "would recommend"; `comment`: free text. */
export const surveyQuestionKinds = ['likert', 'enps', 'comment'] as const;
export const surveyQuestionKind = z.enum(surveyQuestionKinds);

export const surveyAudienceKinds = ['organization', 'departments'] as const;
export const tenureBands = ['under_1y', '1_2y', '2_5y', '5y_plus'] as const;
export const tenureBand = z.enum(tenureBands);
export type TenureBand = z.infer<typeof tenureBand>;

export const surveyTeamKinds = ['manager', 'department'] as const;
export const actionStatuses = ['planned', 'in_progress', 'done'] as const;

/** Defaults and floors of the anonymity rules (SPEC S1.3). */
export const SURVEY_THRESHOLD_DEFAULT = 5;
export const SURVEY_THRESHOLD_MIN = 3;
export const SURVEY_COMMENT_THRESHOLD_DEFAULT = 10;
export const SURVEY_COMMENT_MAX = 2000;

// ---------------------------------------------------------------- set-up (HR admins)

export const surveyQuestionInput = z
  .object({
    kind: surveyQuestionKind,
    /** Required for `likert`, ignored otherwise. */
    driver: surveyDriver.nullable().default(null),
    prompt: z.string().trim().min(1, issueMessage('questionRequired')).max(500),
  })
  .refine((q) => q.kind !== 'likert' || q.driver !== null, {
    message: issueMessage('surveyDriverRequired'),
    path: ['driver'],
  });

export const anonymityRules = z
  .object({
    threshold: z
      .number()
      .int()
      .min(SURVEY_THRESHOLD_MIN, issueMessage('thresholdMin'))
      .max(100)
      .default(SURVEY_THRESHOLD_DEFAULT),
    commentThreshold: z.number().int().max(200).default(SURVEY_COMMENT_THRESHOLD_DEFAULT),
  })
  .refine((r) => r.commentThreshold >= r.threshold, {
    message: issueMessage('surveyCommentThresholdBelow'),
    path: ['commentThreshold'],
  });
export type AnonymityRulesInput = z.input<typeof anonymityRules>;

export const surveyAudience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organization') }),
  z.object({ kind: z.literal('departments'), departmentIds: z.array(z.string().uuid()).min(1).max(200) }),
]);
export type SurveyAudience = z.infer<typeof surveyAudience>;

const questionsInput = z
  .array(surveyQuestionInput)
  .min(1)
  .max(60)
  .refine((qs) => qs.filter((q) => q.kind === 'enps').length <= 1, {
    message: issueMessage('surveyOneEnps'),
  })
  .refine((qs) => qs.some((q) => q.kind === 'likert'), { message: issueMessage('surveyLikertRequired') });

export const createSurveyRequest = z.object({
  name: z.string().trim().min(1, issueMessage('nameRequired')).max(200),
  questions: questionsInput,
  audience: surveyAudience.default({ kind: 'organization' }),
  anonymity: anonymityRules.default({
    threshold: SURVEY_THRESHOLD_DEFAULT,
    commentThreshold: SURVEY_COMMENT_THRESHOLD_DEFAULT,
  }),
  schedule: surveySchedule.default('one_off'),
  /** Drivers asked per round (question rotation); null asks every Likert item each round. */
  driversPerRound: z.number().int().min(1).max(surveyDrivers.length).nullable().default(null),
  /** Days a round stays open. */
  openDays: z.number().int().min(1).max(28).default(7),
});
export type CreateSurveyRequest = z.input<typeof createSurveyRequest>;

/**
 * Changes to a survey. `anonymity` answers 409 `threshold_locked` (reason `surveyRulesLocked`) once
 * the first response exists, even when the numbers are the same; `questions` only before the first
 * round (409 `invalid_state`, reason `surveyQuestionsLaunched`).
 */
export const updateSurveyRequest = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1, issueMessage('nameRequired')).max(200).optional(),
  questions: questionsInput.optional(),
  audience: surveyAudience.optional(),
  anonymity: anonymityRules.optional(),
  schedule: surveySchedule.optional(),
  driversPerRound: z.number().int().min(1).max(surveyDrivers.length).nullable().optional(),
  openDays: z.number().int().min(1).max(28).optional(),
  /** Ends a recurring pulse: no further rounds are launched. */
  ended: z.boolean().optional(),
});
export type UpdateSurveyRequest = z.input<typeof updateSurveyRequest>;

export const surveyQuestion = z.object({
  id: z.string(),
  kind: surveyQuestionKind,
  driver: surveyDriver.nullable(),
  prompt: z.string(),
  position: z.number().int(),
});
export type SurveyQuestion = z.infer<typeof surveyQuestion>;

export const surveyRoundStatus = z.enum(['open', 'closed']);

export const surveyRound = z.object({
  id: z.string(),
  surveyId: z.string(),
  surveyName: z.string(),
  roundNumber: z.number().int(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: surveyRoundStatus,
  questionIds: z.array(z.string()),
  /** People invited; null when fewer than the threshold (the number would say too much). */
  invited: z.number().int().nullable(),
  /** People not invited because they had another pulse in the seven days before the launch. */
  skippedForFatigue: z.number().int(),
});
export type SurveyRound = z.infer<typeof surveyRound>;

export const survey = z.object({
  id: z.string(),
  name: z.string(),
  audience: surveyAudience,
  anonymity: z.object({ threshold: z.number().int(), commentThreshold: z.number().int() }),
  /** True once a response exists: the anonymity rules can no longer change. */
  anonymityLocked: z.boolean(),
  schedule: surveySchedule,
  driversPerRound: z.number().int().nullable(),
  openDays: z.number().int(),
  nextRoundOn: z.string().nullable(),
  ended: z.boolean(),
  questions: z.array(surveyQuestion),
  roundCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  abilities: z.object({ edit: z.boolean(), launch: z.boolean(), editAnonymity: z.boolean() }),
});
export type Survey = z.infer<typeof survey>;

export const surveySummary = survey.pick({
  id: true,
  name: true,
  schedule: true,
  ended: true,
  nextRoundOn: true,
  roundCount: true,
  createdAt: true,
});
export const surveyListQuery = pageQuery;
export const surveyRoundListQuery = pageQuery;

/** The starter library: a driver list and example items per driver, for the set-up form. */
export const starterQuestions = z.object({
  drivers: z.array(surveyDriver),
  questions: z.array(
    z.object({ kind: surveyQuestionKind, driver: surveyDriver.nullable(), prompt: z.string() }),
  ),
});

// ---------------------------------------------------------------- answering (everyone invited)

export const openSurvey = z.object({
  roundId: z.string(),
  surveyName: z.string(),
  closesOn: z.string(),
  questionCount: z.number().int(),
});
export const openSurveyPage = pageOf(openSurvey);

export const questionnaire = z.object({
  roundId: z.string(),
  surveyName: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  questions: z.array(surveyQuestion.omit({ position: true })),
  /** Told to the respondent before they answer. */
  anonymity: z.object({ threshold: z.number().int(), commentThreshold: z.number().int() }),
});
export type Questionnaire = z.infer<typeof questionnaire>;

/**
 * An answer set. `likert` needs every Likert item of the round (1–5), `enps` the eNPS item when
 * the round has one (0–10); `comments` are optional (≤ 2,000 characters each). A missing or wrong
 * item answers 400 naming the field (`likert.<questionId>`, `enps`, `comments.<questionId>`).
 */
export const answerSurveyRequest = z.object({
  likert: z.record(z.string().uuid(), z.number().int().min(1).max(5)),
  enps: z.number().int().min(0).max(10).nullable().default(null),
  comments: z.record(z.string().uuid(), z.string().trim().max(SURVEY_COMMENT_MAX)).default({}),
});
export type AnswerSurveyRequest = z.input<typeof answerSurveyRequest>;

/** The emailed one-time link, sent in a body (never in a URL a log would keep). */
export const surveyLinkRequest = z.object({ token: z.string().min(16).max(200) });
export const answerByLinkRequest = answerSurveyRequest.extend({ token: z.string().min(16).max(200) });

// ---------------------------------------------------------------- reports (HR admins, managers)

/**
 * A suppressed aggregate: shown with its mean and count, or withheld and why — `below_threshold`
 * (the group is too small), `complementary` (shown, it would give a small group away by
 * subtraction), `refused` (a cut the engine does not publish, e.g. too many filters at once) —
 * or `no_data` (nobody in the group; distinct from "below threshold" on the heatmap).
 */
export const reportCell = z.discriminatedUnion('state', [
  z.object({ state: z.literal('shown'), mean: z.number(), n: z.number().int() }),
  z.object({ state: z.literal('below_threshold') }),
  z.object({ state: z.literal('complementary') }),
  z.object({ state: z.literal('refused') }),
  z.object({ state: z.literal('no_data') }),
]);
export type ReportCell = z.infer<typeof reportCell>;

export const reportScope = z.enum(['organization', 'subtree']);
export const reportQuery = z.object({
  /** HR admins default to the organisation; everyone else sees their subtree. */
  scope: reportScope.optional(),
  department: z.string().uuid().optional(),
  tenure: tenureBand.optional(),
});

/** eNPS = round(100 × (promoters − detractors) / n), shown only when n reaches the threshold. */
export const enpsResult = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('shown'),
    score: z.number().int(),
    n: z.number().int(),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
  }),
  z.object({ state: z.literal('below_threshold') }),
  z.object({ state: z.literal('complementary') }),
  z.object({ state: z.literal('refused') }),
  z.object({ state: z.literal('no_data') }),
]);

/** Change since the previous closed round; only when both rounds passed the threshold. */
export const trend = z.discriminatedUnion('state', [
  z.object({ state: z.literal('shown'), delta: z.number(), previous: z.number() }),
  z.object({ state: z.literal('not_comparable') }),
]);

export const surveyResults = z.object({
  round: surveyRound,
  scope: reportScope,
  /** Shown only when at least the threshold were invited; null otherwise and while nothing is known. */
  participation: z
    .object({ invited: z.number().int(), responded: z.number().int(), rate: z.number() })
    .nullable(),
  /** Scores appear once the round is closed: while it is open `enps` is `refused` and `drivers` is empty. */
  enps: enpsResult,
  enpsTrend: trend,
  /** One entry per driver the round asked about, for everyone in scope. */
  drivers: z.array(z.object({ driver: surveyDriver, score: reportCell, trend })),
  previousRoundId: z.string().nullable(),
  /** The survey's anonymity rules, so every reader (a manager too) is told the real group sizes. */
  anonymity: z.object({ threshold: z.number().int(), commentThreshold: z.number().int() }),
});
export type SurveyResults = z.infer<typeof surveyResults>;

/** A group's head count as a report shows it (same states as a cell). */
export const countCell = z.discriminatedUnion('state', [
  z.object({ state: z.literal('shown'), n: z.number().int() }),
  z.object({ state: z.literal('below_threshold') }),
  z.object({ state: z.literal('complementary') }),
  z.object({ state: z.literal('refused') }),
  z.object({ state: z.literal('no_data') }),
]);

/** One group of a report: head count, a cell per driver (in `drivers` order) and eNPS. */
export const reportGroup = z.object({
  /** The bucket: a department id (null: no department / the total row) or a tenure band. */
  key: z.string().nullable(),
  /** The department's name for department groups; null otherwise. */
  label: z.string().nullable(),
  count: countCell,
  cells: z.array(z.object({ driver: surveyDriver, cell: reportCell })),
  enps: enpsResult,
});
export type ReportGroup = z.infer<typeof reportGroup>;

/** Drivers by department; `overall` is everyone in scope (and the tenure filter, if any). */
export const surveyHeatmap = z.object({
  round: surveyRound,
  scope: reportScope,
  drivers: z.array(surveyDriver),
  overall: reportGroup,
  rows: z.array(reportGroup),
});
export type SurveyHeatmap = z.infer<typeof surveyHeatmap>;

export const breakdownQuery = reportQuery.extend({
  groupBy: z.enum(['department', 'tenure']).default('tenure'),
});
export const surveyBreakdown = z.object({
  round: surveyRound,
  scope: reportScope,
  groupBy: z.enum(['department', 'tenure']),
  drivers: z.array(surveyDriver),
  total: reportGroup,
  segments: z.array(reportGroup),
});
export type SurveyBreakdown = z.infer<typeof surveyBreakdown>;

/**
 * Comments are shuffled per view: without `seed` the server draws a fresh one and returns it, and
 * the client passes it back for the next pages of the same view. At most one filter (department
 * or tenure) applies to comments; two answer `refused`.
 */
export const commentsQuery = reportQuery.merge(pageQuery).extend({
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
  questionId: z.string().uuid().optional(),
});
export const surveyComments = z.object({
  round: surveyRound,
  scope: reportScope,
  /** Anything but `shown`: no comment is shown, and why (as for cells). */
  state: z.enum(['shown', 'below_threshold', 'complementary', 'refused', 'no_data']),
  seed: z.number().int(),
  items: z.array(
    z.object({ questionId: z.string().nullable(), prompt: z.string().nullable(), verbatimText: z.string() }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type SurveyComments = z.infer<typeof surveyComments>;

// ---------------------------------------------------------------- team action plans

export const teamAction = z.object({
  id: z.string(),
  surveyId: z.string().nullable(),
  teamKind: z.enum(surveyTeamKinds),
  teamId: z.string(),
  driver: surveyDriver.nullable(),
  actionTitle: z.string(),
  ownerId: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(actionStatuses),
  version: z.number().int(),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean() }),
});
export type TeamAction = z.infer<typeof teamAction>;

export const teamActionListQuery = pageQuery.extend({
  teamKind: z.enum(surveyTeamKinds).optional(),
  teamId: z.string().uuid().optional(),
});

export const createTeamActionRequest = z.object({
  teamKind: z.enum(surveyTeamKinds),
  teamId: z.string().uuid(),
  surveyId: z.string().uuid().nullable().default(null),
  driver: surveyDriver.nullable().default(null),
  actionTitle: z.string().trim().min(1, issueMessage('describeAction')).max(300),
  ownerId: z.string().uuid().nullable().default(null),
  dueOn: isoDate.nullable().default(null),
});
export const updateTeamActionRequest = z.object({
  version: z.number().int().min(1),
  actionTitle: z.string().trim().min(1, issueMessage('describeAction')).max(300).optional(),
  driver: surveyDriver.nullable().optional(),
  ownerId: z.string().uuid().nullable().optional(),
  dueOn: isoDate.nullable().optional(),
  status: z.enum(actionStatuses).optional(),
});
