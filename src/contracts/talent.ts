import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common';
import { issueMessage } from './issues';

/**
 * SPEC S4.9 talent reviews, class `talent`: HR admins and a session's designated executives read
 * them, nobody about themselves. Boxes of the 9-box are numbered 1..9: box = potential × 3 +
 * performance + 1 with low = 0, medium = 1, high = 2 (box 1 low/low, box 9 high/high).
 */
export const talentBand = z.enum(['low', 'medium', 'high']);
export type TalentBand = z.infer<typeof talentBand>;
export const promotionReadiness = z.enum(['now', '1_2_years', '3_plus_years']);
export type PromotionReadiness = z.infer<typeof promotionReadiness>;
export const talentSessionState = z.enum(['draft', 'in_review', 'locked']);
export type TalentSessionState = z.infer<typeof talentSessionState>;
export const talentPopulationKind = z.enum(['organization', 'department', 'manager_subtree']);
export type TalentPopulationKind = z.infer<typeof talentPopulationKind>;
export const boxNumber = z.number().int().min(1).max(9);

const personRef = z.object({ id: z.string(), displayName: z.string() });

const boxLabel = z.string().trim().max(60).nullable();
/** Nine box names in box order; a null entry keeps the default name (the web app's, en and de). */
export const boxLabels = z.array(boxLabel).length(9);

export const talentSession = z.object({
  id: z.string(),
  name: z.string(),
  population: z.object({
    kind: talentPopulationKind,
    refId: z.string().nullable(),
    /** The department's name, or the manager's whose subtree was taken in. */
    label: z.string().nullable(),
  }),
  facilitator: personRef.nullable(),
  participants: z.array(personRef),
  startsOn: z.string(),
  endsOn: z.string(),
  state: talentSessionState,
  boxLabels: z.array(z.string().nullable()),
  memberCount: z.number().int(),
  lockedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  abilities: z.object({
    edit: z.boolean(),
    changeState: z.boolean(),
    assess: z.boolean(),
    place: z.boolean(),
  }),
});
export type TalentSession = z.infer<typeof talentSession>;

export const talentSessionListQuery = pageQuery.extend({ state: talentSessionState.optional() });
export const talentSessionPage = pageOf(talentSession);

/** What the growth menu needs: whether to show "Talent reviews", and whether the caller may start one. */
export const talentAccess = z.object({ visible: z.boolean(), canCreate: z.boolean() });

const sessionName = z.string().trim().min(1, issueMessage('fewWordsRequired')).max(160);

export const createTalentSessionRequest = z.object({
  name: sessionName,
  population: z.object({
    kind: talentPopulationKind,
    /** The department (kind department) or the manager (kind manager_subtree); absent for the organisation. */
    refId: z.string().uuid().nullable().default(null),
  }),
  facilitatorId: z.string().uuid().nullable().default(null),
  participantIds: z.array(z.string().uuid()).max(50).default([]),
  startsOn: isoDate,
  endsOn: isoDate,
  boxLabels: boxLabels.nullable().default(null),
});
export type CreateTalentSessionRequest = z.input<typeof createTalentSessionRequest>;

export const updateTalentSessionRequest = z.object({
  version: z.number().int(),
  name: sessionName.optional(),
  participantIds: z.array(z.string().uuid()).max(50).optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  boxLabels: boxLabels.nullable().optional(),
});
export type UpdateTalentSessionRequest = z.input<typeof updateTalentSessionRequest>;

export const changeTalentSessionStateRequest = z.object({
  version: z.number().int(),
  state: z.enum(['in_review', 'locked']),
});

export const boardMember = z.object({
  personId: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  managerId: z.string().nullable(),
  /** The box shown: the override when there is one, else the computed one; null = not placed yet. */
  box: boxNumber.nullable(),
  computedBox: boxNumber.nullable(),
  performance: talentBand.nullable(),
  potential: talentBand.nullable(),
  overridden: z.boolean(),
});
export type BoardMember = z.infer<typeof boardMember>;

export const talentBoard = z.object({
  sessionId: z.string(),
  state: talentSessionState,
  boxLabels: z.array(z.string().nullable()),
  /** Count per box, index 0 = box 1. */
  counts: z.array(z.number().int()).length(9),
  unplaced: z.number().int(),
  members: z.array(boardMember),
});
export type TalentBoard = z.infer<typeof talentBoard>;

export const talentDistribution = z.object({
  sessionId: z.string(),
  managers: z.array(
    z.object({
      manager: personRef.nullable(),
      counts: z.array(z.number().int()).length(9),
      unplaced: z.number().int(),
      total: z.number().int(),
    }),
  ),
});
export type TalentDistribution = z.infer<typeof talentDistribution>;

const answer = z.object({ level: talentBand, evidence: z.string() });

export const talentCard = z.object({
  sessionId: z.string(),
  sessionState: talentSessionState,
  person: z.object({
    id: z.string(),
    displayName: z.string(),
    jobTitle: z.string(),
    manager: personRef.nullable(),
  }),
  performance: talentBand.nullable(),
  learningAgility: answer.nullable(),
  scopeGrowth: answer.nullable(),
  leadingOthers: answer.nullable(),
  potential: talentBand.nullable(),
  retentionRisk: talentBand.nullable(),
  retentionRiskReason: z.string(),
  lossImpact: talentBand.nullable(),
  promotionReadiness: promotionReadiness.nullable(),
  assessedBy: personRef.nullable(),
  assessedAt: z.string().nullable(),
  box: boxNumber.nullable(),
  computedBox: boxNumber.nullable(),
  override: z
    .object({ box: boxNumber, rationale: z.string(), by: personRef.nullable(), at: z.string() })
    .nullable(),
  /** Only the aspirations the person chose to share with talent reviews. */
  sharedAspirations: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      horizon: z.string().nullable(),
      aspirationText: z.string(),
    }),
  ),
  offers: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      state: z.string(),
      offeredAt: z.string(),
    }),
  ),
  version: z.number().int(),
  abilities: z.object({ assess: z.boolean(), place: z.boolean(), offer: z.boolean() }),
});
export type TalentCard = z.infer<typeof talentCard>;

const evidence = z.string().trim().min(1, issueMessage('fewWordsRequired')).max(4000);
const answerInput = z.object({ level: talentBand, evidence });

export const assessTalentRequest = z.object({
  version: z.number().int(),
  learningAgility: answerInput,
  scopeGrowth: answerInput,
  leadingOthers: answerInput,
  retentionRisk: talentBand.nullable().default(null),
  retentionRiskReason: z.string().trim().max(2000).default(''),
  lossImpact: talentBand.nullable().default(null),
  promotionReadiness: promotionReadiness.nullable().default(null),
});
export type AssessTalentRequest = z.input<typeof assessTalentRequest>;

export const placeTalentRequest = z.object({
  version: z.number().int(),
  box: boxNumber,
  rationale: z.string().trim().min(1, issueMessage('fewWordsRequired')).max(2000),
});
export type PlaceTalentRequest = z.input<typeof placeTalentRequest>;

export const talentHistory = z.object({
  personId: z.string(),
  items: z.array(
    z.object({
      sessionId: z.string(),
      sessionName: z.string(),
      state: talentSessionState,
      endsOn: z.string(),
      box: boxNumber.nullable(),
      performance: talentBand.nullable(),
      potential: talentBand.nullable(),
      overridden: z.boolean(),
    }),
  ),
});
export type TalentHistory = z.infer<typeof talentHistory>;
