import { z } from 'zod';
import { uuidParam } from '../common';
import { issueMessage } from '../issues';
import { budgetPools } from './budgetPools';
import { compCycleStates, eligibilities } from './cycles';
import { bandFlags, meritInputs, proposalEventKinds, proposalStates } from './proposalStates';

export * from './proposalStates';

/**
 * Pay proposals and budgets of a compensation cycle (issue 12 items 4–5), shared by the server and
 * the manager's planning grid. Amounts are integer minor units: a proposal's in the participant's
 * pay currency, a budget's in the cycle's planning currency. Percentages are decimal strings.
 */

const minor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** An increase in percent with at most 4 decimals ("3.5", "12.125"): stored exactly. */
const percentText = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, issueMessage('compProposalPercentInvalid'));

/** Either the percent or the resulting base (unknown keys are stripped, as everywhere). */
export const meritInput = z
  .object({ percent: percentText.optional(), newBaseMinor: minor.min(1).optional() })
  .refine((merit) => (merit.percent === undefined) !== (merit.newBaseMinor === undefined), {
    message: issueMessage('compProposalMeritOneOf'),
  })
  .transform((merit) =>
    merit.percent !== undefined ? { percent: merit.percent } : { newBaseMinor: merit.newBaseMinor as number },
  );

export const promotionInput = z.object({
  levelId: uuidParam,
  bandId: uuidParam,
  /** In the participant's pay currency. */
  newBaseMinor: minor.min(1),
});

/** A whole proposal as the planner saves it; `version` 0 for a participant without one yet. */
export const saveProposalRequest = z.object({
  version: z.number().int().min(0),
  merit: meritInput.nullable().default(null),
  bonusMinor: minor.nullable().default(null),
  marketMinor: minor.nullable().default(null),
  promotion: promotionInput.nullable().default(null),
  justification: z.string().trim().max(4000).nullable().default(null),
});
export type SaveProposalRequest = z.output<typeof saveProposalRequest>;

export const submitProposalsRequest = z.object({
  items: z
    .array(z.object({ participantId: uuidParam, version: z.number().int().min(1) }))
    .min(1)
    .max(500),
});

const issueItem = z.object({
  code: z.string(),
  level: z.enum(['error', 'warning']),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const meritGuideline = z.object({ minPct: z.string(), targetPct: z.string(), maxPct: z.string() });

/** A participant's place in the plan: the launch snapshot the proposer may see, and the proposal. */
export const compProposal = z.object({
  participantId: z.string(),
  cycleId: z.string(),
  personId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  managerId: z.string().nullable(),
  eligibility: z.enum(eligibilities),
  currentBaseMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  band: z
    .object({
      currency: z.string(),
      minMinor: z.number().int(),
      targetMinor: z.number().int().nullable(),
      maxMinor: z.number().int(),
    })
    .nullable(),
  compaRatio: z.string().nullable(),
  positionInRange: z.string().nullable(),
  /** From a locked calibration only (SPEC S1.6); the one performance input a proposer sees. */
  calibratedRating: z.number().int().nullable(),
  proration: z.object({ eligibleDays: z.number().int(), periodDays: z.number().int() }),
  /** The prorated cell of the merit matrix; null without a matrix, rating or band placement. */
  guideline: meritGuideline.nullable(),
  state: z.enum(proposalStates).nullable(),
  merit: z
    .object({ input: z.enum(meritInputs), percent: z.string(), newBaseMinor: z.number().int() })
    .nullable(),
  bonusMinor: z.number().int().nullable(),
  marketMinor: z.number().int().nullable(),
  promotion: z.object({ levelId: z.string(), bandId: z.string(), newBaseMinor: z.number().int() }).nullable(),
  /** The base after every part of the proposal (merit or promotion base, plus market). */
  resultingBaseMinor: z.number().int().nullable(),
  justification: z.string().nullable(),
  flags: z.object({
    outsideGuideline: z.boolean(),
    promotionBelowGuideline: z.boolean(),
    band: z.enum(bandFlags).nullable(),
  }),
  submittedAt: z.string().nullable(),
  /**
   * Where it stands on its way to approval (item 6): chain approvals done of how many, whose turn
   * it is (null once the chain is done: the approval team and HR), why it was sent back.
   */
  approval: z.object({
    step: z.number().int(),
    chainLength: z.number().int(),
    awaitingPersonId: z.string().nullable(),
    returnedReason: z.string().nullable(),
    approvedAt: z.string().nullable(),
  }),
  /** 0 while there is no proposal yet. */
  version: z.number().int(),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    adjust: z.boolean(),
    sendBack: z.boolean(),
  }),
});
export type CompProposal = z.infer<typeof compProposal>;

/** A saved proposal with what the core found (warnings only: errors refuse the save). */
export const compProposalSaved = compProposal.extend({ issues: z.array(issueItem) });

export const compProposalListQuery = z.object({
  managerId: uuidParam.optional(),
  /** 'mine': submitted proposals waiting for the caller's decision (the approver's queue). */
  awaiting: z.enum(['mine']).optional(),
  state: z.enum([...proposalStates, 'none']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});
export type CompProposalListQuery = z.infer<typeof compProposalListQuery>;

/** The planning grid's download: the grid's filters, every page (issue 14 item 9). */
export const compProposalExportQuery = compProposalListQuery.omit({ limit: true, cursor: true });

export const compProposalPage = z.object({ items: z.array(compProposal), nextCursor: z.string().nullable() });

const figures = z.object({ budget: z.number().int(), spend: z.number().int(), remaining: z.number().int() });

/** One pool of one manager: own (direct reports) and subtree figures; `draft` is live, not yet spent. */
export const poolFigures = z.object({
  pool: z.enum(budgetPools),
  own: figures,
  subtree: figures,
  draftOwn: z.number().int(),
  draftSubtree: z.number().int(),
});

export const managerBudget = z.object({
  managerId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  parentManagerId: z.string().nullable(),
  pools: z.array(poolFigures),
});

export const compBudgetView = z.object({
  cycleId: z.string(),
  currency: z.string(),
  overBudgetPolicy: z.enum(['warn', 'block']),
  /** The caller's own figures first (when they manage anyone), then every manager below them. */
  managers: z.array(managerBudget),
});
export type CompBudgetView = z.infer<typeof compBudgetView>;

export const submitProposalsResponse = z.object({
  submitted: z.number().int(),
  /** Over budget under the 'warn' policy: which manager's pool, and by how much. */
  warnings: z.array(issueItem),
});

export const compProposalGuideline = z.object({
  participantId: z.string(),
  merit: meritGuideline.nullable(),
  /** With `newBandId`: the least new base of a promotion into that band, in the band's currency. */
  promotion: z
    .object({
      currency: z.string(),
      minimumMinor: z.number().int(),
      bandMinMinor: z.number().int(),
      increasedMinor: z.number().int(),
      binding: z.enum(['band_min', 'increase']),
    })
    .nullable(),
});

export const compProposalGuidelineQuery = z.object({ newBandId: uuidParam.optional() });

/**
 * A cycle the caller plans in (or, as HR, reads the plan of): just enough to find and title the
 * planning grid — a manager cannot read the cycle's set-up, which is HR's.
 */
export const compPlanningCycle = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(compCycleStates),
  sandbox: z.boolean(),
  planningCurrency: z.string(),
  effectiveDate: z.string(),
  /** 'subtree': the caller's snapshot subtree; 'all': every participant (HR). */
  reach: z.enum(['all', 'subtree']),
  /** Submitted proposals waiting for the caller's decision (their approval queue's length). */
  waitingForYou: z.number().int(),
});
export type CompPlanningCycle = z.infer<typeof compPlanningCycle>;

export const compPlanningList = z.object({ items: z.array(compPlanningCycle) });

/** The bands a promotion in a cycle may go to: current versions on the cycle's effective date. */
export const compPlanningBandQuery = z.object({
  jobFamily: z.string().trim().max(120).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
  cursor: z.string().max(500).optional(),
});

/** Approve a set of submitted proposals, all or nothing (bulk approval, item 6). */
export const approveProposalsRequest = submitProposalsRequest;
export const approveProposalsResponse = z.object({
  /** How many are now approved for good, and how many moved on to the next approver. */
  approved: z.number().int(),
  movedOn: z.number().int(),
});

const noteText = (required: 'compProposalNoteRequired' | 'compProposalReasonRequired') =>
  z.string().trim().min(1, issueMessage(required)).max(4000);

/** An approver's change of a submitted proposal: the whole proposal as a save, and why. */
export const adjustProposalRequest = saveProposalRequest.extend({
  note: noteText('compProposalNoteRequired'),
});
export type AdjustProposalRequest = z.output<typeof adjustProposalRequest>;

export const sendBackProposalRequest = z.object({
  version: z.number().int().min(1),
  reason: noteText('compProposalReasonRequired'),
});

/** One step of a proposal's approval history, with the figures before and after. */
export const compProposalEvent = z.object({
  id: z.string(),
  kind: z.enum(proposalEventKinds),
  actorPersonId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** The approver's note on an adjustment, the reason of a send-back. */
  approvalNote: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});
export const compProposalHistory = z.object({ items: z.array(compProposalEvent) });
export type CompProposalEvent = z.infer<typeof compProposalEvent>;
