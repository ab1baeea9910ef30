import { z } from 'zod';
import { isoDate, pageQuery, uuidParam } from './common';
import { issueMessage } from './issues';

/**
 * Calibration (SPEC S3.5), release and acknowledgment. Everything here is performance data only
 * (S1.1): names, departments, managers, ratings and scores — never development or growth data.
 */

export const calibrationState = z.enum(['open', 'locked']);
export type CalibrationStateName = z.infer<typeof calibrationState>;

const personRef = z.object({ id: z.string(), displayName: z.string() });
const namedRef = z.object({ id: z.string(), name: z.string() });

/** Share points (percent) the guideline curve may differ by, per rating, when the curve is required. */
export const guidelineTolerancePoints = 5;

export const sessionAbilities = z.object({
  move: z.boolean(),
  admit: z.boolean(),
  signOff: z.boolean(),
});
export type SessionAbilities = z.infer<typeof sessionAbilities>;

export const sessionApprover = personRef.extend({
  signedOffAt: z.string().nullable(),
  comment: z.string().nullable(),
});

export const sessionSummary = z.object({
  id: z.string(),
  name: z.string(),
  cycle: namedRef,
  state: calibrationState,
  reviewCount: z.number().int(),
  approverCount: z.number().int(),
  signedOffCount: z.number().int(),
  createdAt: z.string(),
  lockedAt: z.string().nullable(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;

export const sessionDetail = sessionSummary.extend({
  version: z.number().int(),
  population: z.object({ departments: z.array(namedRef), levels: z.array(namedRef) }),
  ratingLabels: z.array(z.string()),
  guideline: z.array(z.number()).nullable(),
  guidelineRequired: z.boolean(),
  guidelineTolerance: z.number(),
  leniencyThreshold: z.number(),
  facilitator: personRef.nullable(),
  approvers: z.array(sessionApprover),
  /** Reviews of the population whose manager review is not submitted yet: they cannot join. */
  notReadyCount: z.number().int(),
  /** Reviews ready to join (manager review submitted) but not in any session yet. */
  readyCount: z.number().int(),
  /**
   * The session's population in all: its reviews plus those ready or still being written (an open
   * session's "4 of 20 ready" is reviewCount of populationCount).
   */
  populationCount: z.number().int(),
  /** The organisation lets approvers sign off with reviews missing without acknowledging it. */
  incompleteSignOffAllowed: z.boolean(),
  abilities: sessionAbilities,
});
export type SessionDetail = z.infer<typeof sessionDetail>;

export const sessionListQuery = pageQuery.extend({ cycleId: uuidParam.optional() });

const percent = z.number().min(0).max(100);

export const createSessionRequest = z
  .object({
    cycleId: uuidParam,
    name: z.string().trim().min(1, issueMessage('sessionNameRequired')).max(200),
    departmentIds: z.array(uuidParam).max(200).default([]),
    levelIds: z.array(uuidParam).max(50).default([]),
    guideline: z.array(percent).min(2).max(10).nullable().default(null),
    guidelineRequired: z.boolean().default(false),
    leniencyThreshold: z.number().min(0.1).max(5).default(0.5),
    approverIds: z.array(uuidParam).min(1, issueMessage('approverRequired')).max(20),
  })
  .superRefine((value, ctx) => {
    if (value.guideline) {
      const total = value.guideline.reduce((sum, share) => sum + share, 0);
      if (Math.abs(total - 100) > 0.5)
        ctx.addIssue({
          code: 'custom',
          path: ['guideline'],
          message: issueMessage('guidelineSum'),
        });
    }
    if (value.guidelineRequired && !value.guideline)
      ctx.addIssue({
        code: 'custom',
        path: ['guideline'],
        message: issueMessage('guidelineRequired'),
      });
  });
export type CreateSessionRequest = z.input<typeof createSessionRequest>;

export const createSessionResponse = z.object({
  session: sessionDetail,
  /** Reviews that entered calibration now. */
  admitted: z.number().int(),
});

export const admitResponse = z.object({ session: sessionDetail, admitted: z.number().int() });

export const gridCard = z.object({
  reviewId: z.string(),
  version: z.number().int(),
  person: personRef.extend({ jobTitle: z.string() }),
  department: namedRef.nullable(),
  manager: personRef.nullable(),
  proposedRating: z.number().int(),
  /** The rating after the moves so far (equals the proposed rating when nobody moved it). */
  calibratedRating: z.number().int(),
  overallScore: z.number().nullable(),
  moved: z.boolean(),
});
export type GridCard = z.infer<typeof gridCard>;

export const distributionBar = z.object({
  rating: z.number().int(),
  label: z.string(),
  count: z.number().int(),
  /** Share of the session in percent, one decimal. */
  share: z.number(),
  guideline: z.number().nullable(),
  /** share − guideline, in percentage points; null without a guideline. */
  deviation: z.number().nullable(),
});

export const leniencyRow = z.object({
  manager: personRef,
  count: z.number().int(),
  meanProposed: z.number(),
  /** Manager mean − session mean of proposed ratings. */
  delta: z.number(),
  flag: z.enum(['lenient', 'severe']).nullable(),
  /** Too few of the manager's reviews in the session to judge leniency (no flag either way). */
  tooFew: z.boolean(),
});
export type LeniencyRow = z.infer<typeof leniencyRow>;

export const calibrationGrid = z.object({
  sessionId: z.string(),
  sessionVersion: z.number().int(),
  ratingLabels: z.array(z.string()),
  cards: z.array(gridCard),
  distribution: z.array(distributionBar),
  meanProposed: z.number().nullable(),
  meanCalibrated: z.number().nullable(),
  /** Largest |deviation| from the guideline, in points; null without a guideline. */
  maxDeviation: z.number().nullable(),
  withinGuideline: z.boolean().nullable(),
  leniency: z.array(leniencyRow),
});
export type CalibrationGrid = z.infer<typeof calibrationGrid>;

export const moveRequest = z.object({
  reviewId: uuidParam,
  toRating: z.number().int().min(1).max(10),
  /** Required and non-blank; checked by the command so a missing one answers 422 naming the field. */
  rationale: z.string().max(4000).optional(),
  /** The review version the facilitator saw. */
  version: z.number().int().min(1),
});
export type MoveRequest = z.infer<typeof moveRequest>;

export const calibrationMove = z.object({
  id: z.string(),
  reviewId: z.string(),
  person: personRef,
  fromRating: z.number().int().nullable(),
  toRating: z.number().int(),
  rationale: z.string(),
  movedBy: personRef.nullable(),
  movedAt: z.string(),
});
export type CalibrationMove = z.infer<typeof calibrationMove>;

export const moveResponse = z.object({
  card: gridCard,
  move: calibrationMove,
  sessionVersion: z.number().int(),
});

export const signOffRequest = z.object({
  /** The session version the approver looked at: a sign-off never covers moves they did not see. */
  version: z.number().int().min(1),
  comment: z.string().trim().max(2000).optional(),
  /**
   * The approver knows reviews of the population are missing from the session and signs off anyway.
   * Required (else 409 `calibration_incomplete`) while any are missing, unless the organisation
   * allows incomplete sign-offs; recorded in the audit trail.
   */
  acknowledgeIncomplete: z.boolean().optional(),
});

export const calibrationCycle = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  ratingLabels: z.array(z.string()),
  readyCount: z.number().int(),
  notReadyCount: z.number().int(),
  inSessionCount: z.number().int(),
});
export type CalibrationCycle = z.infer<typeof calibrationCycle>;

export const approverCandidate = personRef.extend({ jobTitle: z.string() });

// ---- Release and acknowledgment ----

export const reviewStateName = z.enum([
  'self_review',
  'manager_review',
  'submitted',
  'in_calibration',
  'calibrated',
  'released',
  'acknowledged',
]);

export const releaseAbilities = z.object({
  release: z.boolean(),
  writeAddendum: z.boolean(),
  acknowledge: z.boolean(),
});
export type ReleaseAbilities = z.infer<typeof releaseAbilities>;

/**
 * What the release and acknowledgment panels show. The rating and addendum appear for the subject
 * only once released; the proposed rating never appears here.
 */
export const releaseView = z.object({
  reviewId: z.string(),
  state: reviewStateName,
  version: z.number().int(),
  subject: personRef,
  reviewer: personRef.nullable(),
  sessionLocked: z.boolean(),
  finalRating: z.number().int().nullable(),
  finalRatingLabel: z.string().nullable(),
  ratingLabels: z.array(z.string()),
  addendum: z.string().nullable(),
  addendumAt: z.string().nullable(),
  releasedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgmentComment: z.string().nullable(),
  abilities: releaseAbilities,
});
export type ReleaseView = z.infer<typeof releaseView>;

export const addendumRequest = z.object({
  addendum: z.string().trim().max(8000),
  version: z.number().int().min(1),
});

export const acknowledgeRequest = z.object({ comment: z.string().trim().max(4000).optional() });

export const acknowledgmentQuery = pageQuery.extend({ sessionId: uuidParam.optional() });

export const acknowledgmentRow = z.object({
  reviewId: z.string(),
  person: personRef,
  manager: personRef.nullable(),
  department: namedRef.nullable(),
  state: reviewStateName,
  releasedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  commented: z.boolean(),
});

export const acknowledgmentSummary = z.object({
  calibrated: z.number().int(),
  released: z.number().int(),
  acknowledged: z.number().int(),
  other: z.number().int(),
});
