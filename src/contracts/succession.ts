import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common';
import { issueMessage } from './issues';

/**
 * SPEC S4.9 succession planning, class `talent`: key positions, a slate of up to five successors
 * per position with readiness for that plan, and bench strength over the positions one may read.
 */
export const positionCriticality = z.enum(['low', 'medium', 'high', 'critical']);
export type PositionCriticality = z.infer<typeof positionCriticality>;
export const vacancyRisk = z.enum(['low', 'medium', 'high']);
export type VacancyRisk = z.infer<typeof vacancyRisk>;
/** Readiness for this one plan, not a person's general promotion readiness. */
export const slateReadiness = z.enum(['ready_now', '1_2_years', '3_plus_years']);
export type SlateReadiness = z.infer<typeof slateReadiness>;

export const MAX_SUCCESSORS = 5;

const personRef = z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() });
export type SuccessionPersonRef = z.infer<typeof personRef>;

export const keyPositionSummary = z.object({
  id: z.string(),
  title: z.string(),
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  incumbent: personRef.nullable(),
  criticality: positionCriticality,
  vacancyRisk,
  expectedVacancyOn: z.string().nullable(),
  successorCount: z.number().int(),
  readyNowCount: z.number().int(),
  hasInterim: z.boolean(),
  version: z.number().int(),
});
export type KeyPositionSummary = z.infer<typeof keyPositionSummary>;

export const keyPositionList = pageOf(keyPositionSummary).extend({
  /** Whether the caller may add key positions (HR admins). */
  canCreate: z.boolean(),
});
export type KeyPositionList = z.infer<typeof keyPositionList>;

export const successor = z.object({
  person: personRef,
  readiness: slateReadiness,
  rank: z.number().int(),
  interim: z.boolean(),
  successorNote: z.string(),
});
export type Successor = z.infer<typeof successor>;

export const successionPlan = keyPositionSummary.extend({
  vacancyReason: z.string(),
  reviewers: z.array(personRef),
  successors: z.array(successor),
  updatedAt: z.string(),
  abilities: z.object({
    edit: z.boolean(),
    editSlate: z.boolean(),
    designateReviewers: z.boolean(),
    remove: z.boolean(),
  }),
});
export type SuccessionPlan = z.infer<typeof successionPlan>;

const title = z.string().trim().min(1, issueMessage('positionTitleRequired')).max(200);
const vacancyReason = z.string().trim().max(2000);

export const createKeyPositionRequest = z.object({
  title,
  departmentId: z.string().uuid().nullable().default(null),
  incumbentId: z.string().uuid().nullable().default(null),
  criticality: positionCriticality,
  vacancyRisk,
  vacancyReason: vacancyReason.default(''),
  expectedVacancyOn: isoDate.nullable().default(null),
  reviewerIds: z.array(z.string().uuid()).max(20).default([]),
});
export type CreateKeyPositionRequest = z.input<typeof createKeyPositionRequest>;

export const updateKeyPositionRequest = z.object({
  version: z.number().int().min(1),
  title: title.optional(),
  departmentId: z.string().uuid().nullable().optional(),
  incumbentId: z.string().uuid().nullable().optional(),
  criticality: positionCriticality.optional(),
  vacancyRisk: vacancyRisk.optional(),
  vacancyReason: vacancyReason.optional(),
  expectedVacancyOn: isoDate.nullable().optional(),
  /** HR admins only: the executives who read and edit this plan. */
  reviewerIds: z.array(z.string().uuid()).max(20).optional(),
});
export type UpdateKeyPositionRequest = z.input<typeof updateKeyPositionRequest>;

export const slateEntryInput = z.object({
  personId: z.string().uuid(),
  readiness: slateReadiness,
  interim: z.boolean().default(false),
  successorNote: z.string().trim().max(2000).default(''),
});
export type SlateEntryInput = z.input<typeof slateEntryInput>;

/** The whole slate in order (first = first choice); the position's version guards it. */
export const replaceSlateRequest = z.object({
  version: z.number().int().min(1),
  successors: z.array(slateEntryInput).max(MAX_SUCCESSORS, issueMessage('slateFull')),
});
export type ReplaceSlateRequest = z.input<typeof replaceSlateRequest>;

export const keyPositionListQuery = pageQuery;

const benchPosition = z.object({
  id: z.string(),
  title: z.string(),
  criticality: positionCriticality,
  successorCount: z.number().int(),
  readyNowCount: z.number().int(),
});

export const benchStrength = z.object({
  positionCount: z.number().int(),
  /** Positions with at least one ready-now successor. */
  coveredCount: z.number().int(),
  /** coveredCount / positionCount, 0..1; null without positions. */
  coverage: z.number().nullable(),
  /** High or critical positions with no ready-now successor, or with at most one successor. */
  singlePointsOfFailure: z.array(benchPosition),
  /** People named on more than two of the slates the caller reads. */
  stretched: z.array(z.object({ person: personRef, slateCount: z.number().int() })),
  byReadiness: z.object({
    ready_now: z.number().int(),
    '1_2_years': z.number().int(),
    '3_plus_years': z.number().int(),
  }),
  byCriticality: z.array(
    z.object({ criticality: positionCriticality, positions: z.number().int(), covered: z.number().int() }),
  ),
});
export type BenchStrength = z.infer<typeof benchStrength>;
