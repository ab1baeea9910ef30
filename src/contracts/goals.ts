import { z } from 'zod';
import { isoDate, pageOf, queryBoolean } from './common';
import { issueMessage } from './issues';

export const goalLevel = z.enum(['company', 'department', 'personal']);
export type GoalLevel = z.infer<typeof goalLevel>;
export const goalVisibility = z.enum(['public', 'private']);
export type GoalVisibility = z.infer<typeof goalVisibility>;
export const goalStatus = z.enum(['active', 'completed', 'cancelled']);
export type GoalStatus = z.infer<typeof goalStatus>;
export const checkInStatus = z.enum(['on_track', 'at_risk', 'off_track']);
export type CheckInStatus = z.infer<typeof checkInStatus>;
export const keyResultKind = z.enum(['number', 'percent', 'currency', 'boolean', 'milestone']);
export type KeyResultKind = z.infer<typeof keyResultKind>;

const finite = z.number().finite().min(-1e12).max(1e12);
const currencyCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, issueMessage('currencyCode'));

/** A key result as written by an editor; `id` keeps an existing result (and its history). */
export const keyResultInput = z
  .object({
    id: z.string().uuid().optional(),
    title: z.string().trim().min(1, issueMessage('keyResultTitleRequired')).max(200),
    kind: keyResultKind,
    currency: currencyCode.nullable().optional(),
    startValue: finite,
    targetValue: finite,
    currentValue: finite.optional(),
  })
  .superRefine((kr, ctx) => {
    if (kr.kind === 'currency' && !kr.currency)
      ctx.addIssue({ code: 'custom', path: ['currency'], message: issueMessage('chooseCurrency') });
    if ((kr.kind === 'boolean' || kr.kind === 'milestone') && (kr.startValue !== 0 || kr.targetValue !== 1))
      ctx.addIssue({ code: 'custom', path: ['targetValue'], message: issueMessage('yesNoRange') });
    if (kr.kind !== 'boolean' && kr.kind !== 'milestone' && kr.startValue === kr.targetValue)
      ctx.addIssue({
        code: 'custom',
        path: ['targetValue'],
        message: issueMessage('targetDiffersFromStart'),
      });
  });
export type KeyResultInput = z.input<typeof keyResultInput>;

const goalFields = {
  title: z.string().trim().min(1, issueMessage('goalTitleRequired')).max(200),
  description: z.string().trim().max(4000).default(''),
  periodStart: isoDate,
  periodEnd: isoDate,
  visibility: goalVisibility.default('public'),
  parentId: z.string().uuid().nullable().optional(),
  keyResults: z.array(keyResultInput).max(20, issueMessage('keyResultsMax')),
};

export const createGoalRequest = z.object({
  ...goalFields,
  level: goalLevel,
  ownerPersonId: z.string().uuid().nullable().optional(),
  ownerDepartmentId: z.string().uuid().nullable().optional(),
});
export type CreateGoalRequest = z.input<typeof createGoalRequest>;

export const updateGoalRequest = z.object({
  ...goalFields,
  status: goalStatus,
  version: z.number().int().min(1),
});
export type UpdateGoalRequest = z.input<typeof updateGoalRequest>;

export const checkInRequest = z.object({
  status: checkInStatus,
  comment: z.string().trim().max(4000).default(''),
  values: z.array(z.object({ keyResultId: z.string().uuid(), value: finite })).max(20),
  version: z.number().int().min(1),
});
export type CheckInRequest = z.input<typeof checkInRequest>;

export const keyResult = z.object({
  id: z.string(),
  title: z.string(),
  kind: keyResultKind,
  currency: z.string().nullable(),
  startValue: z.number(),
  targetValue: z.number(),
  currentValue: z.number(),
  progress: z.number(),
});
export type KeyResult = z.infer<typeof keyResult>;

export const goalAbilities = z.object({
  edit: z.boolean(),
  checkIn: z.boolean(),
  addChild: z.boolean(),
});
export type GoalAbilities = z.infer<typeof goalAbilities>;

const ownerRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const goalSummary = z.object({
  id: z.string(),
  title: z.string(),
  level: goalLevel,
  ownerPerson: ownerRef,
  ownerDepartment: ownerRef,
  periodStart: isoDate,
  periodEnd: isoDate,
  visibility: goalVisibility,
  status: goalStatus,
  health: checkInStatus.nullable(),
  progress: z.number(),
  parentId: z.string().nullable(),
  /** Children the caller may see (hidden ones are not counted). */
  childCount: z.number().int(),
});
export type GoalSummary = z.infer<typeof goalSummary>;

export const goalDetail = goalSummary.extend({
  description: z.string(),
  parent: z.object({ id: z.string(), title: z.string() }).nullable(),
  keyResults: z.array(keyResult),
  version: z.number().int(),
  lastCheckInAt: z.string().nullable(),
  abilities: goalAbilities,
});
export type GoalDetail = z.infer<typeof goalDetail>;

export const checkIn = z.object({
  id: z.string(),
  status: checkInStatus,
  comment: z.string(),
  progress: z.number(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  checkedInAt: z.string(),
  values: z.array(z.object({ keyResultId: z.string(), value: z.number() })),
});
export type CheckIn = z.infer<typeof checkIn>;

export const goalListQuery = z.object({
  scope: z.enum(['mine', 'team']).default('mine'),
  /** Only goals whose period includes today. */
  current: queryBoolean.default(false),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const personGoalsQuery = goalListQuery.omit({ scope: true });
/** The goals list's download: the list's filters, every page (issue 14 item 9). */
export const goalExportQuery = goalListQuery.omit({ page: true, pageSize: true });
export const treeQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export const parentOptionsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  /** Levels a goal of this level may align to: personal → company/department, department → company. */
  forLevel: goalLevel.default('personal'),
});
export const checkInHistoryQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
});

export const goalPage = pageOf(goalSummary);
export const checkInPage = pageOf(checkIn);

// ---- templates and bulk assignment ----
export const keyResultTemplate = z
  .object({
    title: z.string().trim().min(1, issueMessage('keyResultTitleRequired')).max(200),
    kind: keyResultKind,
    currency: currencyCode.nullable().optional(),
    startValue: finite,
    targetValue: finite,
  })
  .superRefine((kr, ctx) => {
    if (kr.kind === 'currency' && !kr.currency)
      ctx.addIssue({ code: 'custom', path: ['currency'], message: issueMessage('chooseCurrency') });
    if (kr.startValue === kr.targetValue)
      ctx.addIssue({
        code: 'custom',
        path: ['targetValue'],
        message: issueMessage('targetDiffersFromStart'),
      });
  });

export const goalTemplateRequest = z.object({
  name: z.string().trim().min(1, issueMessage('goalTemplateNameRequired')).max(120),
  title: z.string().trim().min(1, issueMessage('goalTitleRequired')).max(200),
  description: z.string().trim().max(4000).default(''),
  keyResults: z.array(keyResultTemplate).min(1, issueMessage('keyResultRequired')).max(20),
});
export type GoalTemplateRequest = z.input<typeof goalTemplateRequest>;
export const updateGoalTemplateRequest = goalTemplateRequest.extend({ version: z.number().int().min(1) });

export const goalTemplate = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  description: z.string(),
  keyResults: z.array(
    z.object({
      title: z.string(),
      kind: keyResultKind,
      currency: z.string().nullable(),
      startValue: z.number(),
      targetValue: z.number(),
    }),
  ),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), assign: z.boolean() }),
});
export type GoalTemplate = z.infer<typeof goalTemplate>;
export const goalTemplatePage = pageOf(goalTemplate);

/** Who receives a template. Empty lists mean "any"; every filter narrows the set. */
export const assignmentFilter = z.object({
  departmentIds: z.array(z.string().uuid()).max(200).default([]),
  levelIds: z.array(z.string().uuid()).max(50).default([]),
  jobTitle: z.string().trim().max(120).optional(),
  /** Direct reports of this manager. */
  managerId: z.string().uuid().optional(),
  hiredOnOrBefore: isoDate.optional(),
});
export type AssignmentFilter = z.input<typeof assignmentFilter>;

export const assignmentPreviewRequest = z.object({
  filter: assignmentFilter,
  /** With a period, people who already hold this template's goal for it are not counted. */
  periodStart: isoDate.optional(),
  periodEnd: isoDate.optional(),
});
export const assignmentPreview = z.object({ count: z.number().int() });

export const assignTemplateRequest = z.object({
  filter: assignmentFilter,
  periodStart: isoDate,
  periodEnd: isoDate,
  visibility: goalVisibility.default('public'),
  parentId: z.string().uuid().nullable().optional(),
  /** The count the caller confirmed; a different count now answers 409 so nobody assigns blind. */
  expectedCount: z.number().int().min(0),
});
export type AssignTemplateRequest = z.input<typeof assignTemplateRequest>;
export const assignmentResult = z.object({ created: z.number().int(), batchId: z.string() });

// ---- key performance areas ----
export const kpiInput = z.object({
  id: z.string().uuid().optional(),
  name: z.string().trim().min(1, issueMessage('kpiNameRequired')).max(200),
  target: finite,
  unit: z.string().trim().max(40).default(''),
});
const performanceAreaFields = z.object({
  name: z.string().trim().min(1, issueMessage('areaNameRequired')).max(200),
  description: z.string().trim().max(4000).default(''),
  jobTitleId: z.string().uuid().nullable().optional(),
  levelId: z.string().uuid().nullable().optional(),
  kpis: z.array(kpiInput).min(1, issueMessage('kpiRequired')).max(30),
});
const oneScope = (area: { jobTitleId?: string | null; levelId?: string | null }, ctx: z.RefinementCtx) => {
  if (Boolean(area.jobTitleId) === Boolean(area.levelId))
    ctx.addIssue({ code: 'custom', path: ['jobTitleId'], message: issueMessage('jobTitleOrLevel') });
};
export const performanceAreaRequest = performanceAreaFields.superRefine(oneScope);
export type PerformanceAreaRequest = z.input<typeof performanceAreaRequest>;
export const updatePerformanceAreaRequest = performanceAreaFields
  .extend({ version: z.number().int().min(1) })
  .superRefine(oneScope);

export const performanceArea = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  jobTitle: z.object({ id: z.string(), name: z.string() }).nullable(),
  level: z.object({ id: z.string(), name: z.string() }).nullable(),
  kpis: z.array(z.object({ id: z.string(), name: z.string(), target: z.number(), unit: z.string() })),
  version: z.number().int(),
});
export type PerformanceArea = z.infer<typeof performanceArea>;
export const performanceAreaPage = pageOf(performanceArea);
