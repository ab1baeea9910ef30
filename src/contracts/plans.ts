import { z } from 'zod';
import { isoDate, pageQuery } from './common';
import { issueMessage } from './issues';

/** Development plans (career action plans, SPEC S4.4): class `development`, owned by the employee. */
export const planStatus = z.enum(['draft', 'active', 'completed', 'archived']);
export type PlanStatus = z.infer<typeof planStatus>;
export const planOrigin = z.enum(['career_conversation', 'review', 'manual']);
export const developmentGoalStatus = z.enum(['not_started', 'in_progress', 'achieved', 'dropped']);
export type DevelopmentGoalStatus = z.infer<typeof developmentGoalStatus>;
export const actionKind = z.enum([
  'stretch_assignment',
  'course',
  'certification',
  'mentoring',
  'project',
  'shadowing',
  'reading',
]);
export type ActionKind = z.infer<typeof actionKind>;
export const actionStatus = z.enum(['planned', 'in_progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof actionStatus>;

export const planPersonRef = z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() });

/** What the caller may do with a plan; the server decides, the UI follows. */
export const planAbilities = z.object({
  edit: z.boolean(),
  share: z.boolean(),
  revoke: z.boolean(),
});
export type PlanAbilities = z.infer<typeof planAbilities>;

export const planProgress = z.object({
  actionsTotal: z.number().int(),
  actionsDone: z.number().int(),
  openActions: z.number().int(),
  /** Done actions out of those not dropped, 0–100. */
  percent: z.number().int(),
});

export const planSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: planStatus,
  owner: planPersonRef,
  shared: z.boolean(),
  sharedAt: z.string().nullable(),
  seededFromLabel: z.string().nullable(),
  progress: planProgress,
  goalCount: z.number().int(),
  lastActivityAt: z.string(),
  version: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummary>;

/** A business objective from the goals module, as far as the plan may show it. */
export const businessObjective = z.object({
  id: z.string(),
  title: z.string(),
  level: z.enum(['company', 'department', 'personal']),
  periodEnd: z.string(),
});
export type BusinessObjective = z.infer<typeof businessObjective>;

export const learningItemRef = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  url: z.string().nullable(),
});

export const planAction = z.object({
  id: z.string(),
  goalId: z.string(),
  kind: actionKind,
  title: z.string(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: actionStatus,
  evidenceText: z.string(),
  evidenceUrl: z.string().nullable(),
  learningItem: learningItemRef.nullable(),
  completedAt: z.string().nullable(),
  version: z.number().int(),
});
export type PlanAction = z.infer<typeof planAction>;

export const planGoal = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  targetDate: z.string().nullable(),
  status: developmentGoalStatus,
  /** The linked business objective; null when none or no longer visible to the owner. */
  businessObjective: businessObjective.nullable(),
  seededFromReview: z.boolean(),
  actions: z.array(planAction),
  version: z.number().int(),
});
export type PlanGoal = z.infer<typeof planGoal>;

export const planUpdate = z.object({
  id: z.string(),
  goalId: z.string().nullable(),
  author: planPersonRef.nullable(),
  note: z.string(),
  progressPercent: z.number().int(),
  createdAt: z.string(),
});
export type PlanUpdate = z.infer<typeof planUpdate>;

export const planDetail = planSummary.extend({
  origin: planOrigin,
  goals: z.array(planGoal),
  /** Newest first, at most the latest 200. */
  updates: z.array(planUpdate),
  abilities: planAbilities,
  createdAt: z.string(),
});
export type PlanDetail = z.infer<typeof planDetail>;

const title = z.string().trim().min(1, issueMessage('itemTitleRequired')).max(200);
const optionalDate = isoDate.nullable().optional();
const evidenceUrl = z
  .string()
  .trim()
  .max(1000)
  .url(issueMessage('fullLink'))
  .refine((value) => /^https?:\/\//i.test(value), issueMessage('linkHttp'));

export const createPlanRequest = z.object({ title, status: z.enum(['draft', 'active']).default('active') });
export type CreatePlanRequest = z.input<typeof createPlanRequest>;

export const updatePlanRequest = z.object({
  title: title.optional(),
  status: planStatus.optional(),
  version: z.number().int().min(1),
});
export type UpdatePlanRequest = z.infer<typeof updatePlanRequest>;

export const versionOnly = z.object({ version: z.number().int().min(1) });

export const createGoalRequest = z.object({
  title: z.string().trim().min(1, issueMessage('goalNameRequired')).max(300),
  description: z.string().trim().max(4000).default(''),
  targetDate: optionalDate,
  businessGoalId: z.string().uuid(issueMessage('chooseObjective')).nullable().optional(),
});
export type CreateGoalRequest = z.input<typeof createGoalRequest>;

export const updateGoalRequest = z.object({
  title: z.string().trim().min(1, issueMessage('goalNameRequired')).max(300).optional(),
  description: z.string().trim().max(4000).optional(),
  targetDate: optionalDate,
  status: developmentGoalStatus.optional(),
  businessGoalId: z.string().uuid(issueMessage('chooseObjective')).nullable().optional(),
  version: z.number().int().min(1),
});
export type UpdateGoalRequest = z.infer<typeof updateGoalRequest>;

export const createActionRequest = z.object({
  kind: actionKind,
  title: z.string().trim().min(1, issueMessage('describeAction')).max(300),
  startDate: optionalDate,
  dueDate: optionalDate,
  learningItemId: z.string().uuid(issueMessage('chooseCatalogueEntry')).nullable().optional(),
});
export type CreateActionRequest = z.input<typeof createActionRequest>;

export const updateActionRequest = z.object({
  kind: actionKind.optional(),
  title: z.string().trim().min(1, issueMessage('describeAction')).max(300).optional(),
  startDate: optionalDate,
  dueDate: optionalDate,
  status: actionStatus.optional(),
  evidenceText: z.string().trim().max(4000).optional(),
  evidenceUrl: z
    .union([evidenceUrl, z.literal('')])
    .nullable()
    .optional(),
  learningItemId: z.string().uuid(issueMessage('chooseCatalogueEntry')).nullable().optional(),
  version: z.number().int().min(1),
});
export type UpdateActionRequest = z.infer<typeof updateActionRequest>;

export const addUpdateRequest = z.object({
  note: z.string().trim().min(1, issueMessage('progressNoteRequired')).max(4000),
  goalId: z.string().uuid().nullable().optional(),
});
export type AddUpdateRequest = z.input<typeof addUpdateRequest>;

export const planListQuery = pageQuery;
export const objectiveQuery = pageQuery.extend({ search: z.string().trim().max(100).optional() });

/** A released review of the caller that can seed a plan (never the rating). */
export const reviewSeedSource = z.object({
  reviewId: z.string(),
  cycleName: z.string(),
  releasedAt: z.string().nullable(),
});
export type ReviewSeedSource = z.infer<typeof reviewSeedSource>;

export const reviewHighlight = z.object({ id: z.string(), prompt: z.string(), text: z.string() });
export type ReviewHighlight = z.infer<typeof reviewHighlight>;

export const reviewSeed = reviewSeedSource.extend({ highlights: z.array(reviewHighlight) });
export type ReviewSeed = z.infer<typeof reviewSeed>;

export const seedPlanRequest = z.object({
  reviewId: z.string().uuid(),
  title,
  goals: z
    .array(
      z.object({
        highlightId: z.string().min(1),
        title: z.string().trim().min(1, issueMessage('goalNameRequired')).max(300),
      }),
    )
    .min(1, issueMessage('choosePoint'))
    .max(20),
});
export type SeedPlanRequest = z.infer<typeof seedPlanRequest>;

/** HR's view: counts per department, never content (cross-part contract 3). */
export const planCoverageRow = z.object({
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  people: z.number().int(),
  withActivePlan: z.number().int(),
});
export type PlanCoverageRow = z.infer<typeof planCoverageRow>;

/** For the "Next" panel: the plans of a person the caller may see (own, or shared with them). */
export const personPlanProgress = z.object({
  id: z.string(),
  title: z.string(),
  status: planStatus,
  shared: z.boolean(),
  progress: planProgress,
  nextAction: z.object({ title: z.string(), dueDate: z.string().nullable() }).nullable(),
});
export type PersonPlanProgress = z.infer<typeof personPlanProgress>;
