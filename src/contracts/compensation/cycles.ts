import { z } from 'zod';
import { isoDate, uuidParam } from '../common';
import { issueMessage } from '../issues';
import { budgetPools } from './budgetPools';
import { isIsoDate } from './isoDate';

/**
 * A compensation cycle's set-up and its participants (issue 12 items 2–3), shared by the server
 * and the HR screens. Money is integer minor units of the planning currency; percentages and
 * ratios are decimal strings, as the exact core (`./index.ts`) takes them.
 *
 * The dates must be in this order (checked on every save and again before launch):
 *   periodStart ≤ periodEnd ≤ effectiveDate, periodEnd ≤ visibilityDate,
 *   and an eligibility cut-off (hiredOnOrBefore), when set, ≤ periodEnd.
 * The period is the one increases reward (proration counts its days); the effective date is when new
 * pay starts; employees see their outcome from the visibility date — never before the period ends.
 */

export const compCycleStates = ['draft', 'planning', 'review', 'approved', 'released', 'archived'] as const;
export type CompCycleState = (typeof compCycleStates)[number];

export const eligibilities = ['eligible', 'ineligible', 'excluded'] as const;
export type Eligibility = (typeof eligibilities)[number];

/**
 * Why the rules made someone ineligible or excluded, first rule that applies wins (in this order).
 * `excluded_by_hr` comes from the rules' own list of people HR leaves out (reviewed elsewhere).
 */
export const eligibilityReasons = [
  'excluded_by_hr',
  'terminated',
  'hired_after_cutoff',
  'level_not_included',
  'recent_increase',
] as const;
export type EligibilityReason = (typeof eligibilityReasons)[number];

export const overBudgetPolicies = ['warn', 'block'] as const;
export type OverBudgetPolicy = (typeof overBudgetPolicies)[number];

const calendarDate = isoDate.refine(isIsoDate, issueMessage('dateFormat'));
const decimalText = z.string().trim().max(40);
const currencyCode = z.string().trim().toUpperCase().length(3, issueMessage('currencyCode'));

export const eligibilityRules = z.object({
  /** Only people hired on or before this date are eligible; null: no cut-off. */
  hiredOnOrBefore: calendarDate.nullable().default(null),
  /** People who have left (status terminated) are ineligible. */
  excludeTerminated: z.boolean().default(true),
  /** Months that must have passed since the last increase (merit, promotion, market, cycle); null: none. */
  minMonthsSinceLastIncrease: z.number().int().min(1).max(120).nullable().default(null),
  /** Only these levels are eligible; empty: every level. */
  levelIds: z.array(uuidParam).max(200).default([]),
  /** People HR leaves out of this cycle by name (e.g. executives reviewed elsewhere). */
  excludedPersonIds: z.array(uuidParam).max(1000).default([]),
});
export type EligibilityRules = z.output<typeof eligibilityRules>;

export const fxTableInput = z.object({
  base: currencyCode,
  asOf: calendarDate,
  source: z.string().trim().min(1, issueMessage('fxSourceRequired')).max(200),
  rates: z.record(z.string().trim().toUpperCase().length(3), decimalText).default({}),
});

const meritCellInput = z.object({ minPct: decimalText, targetPct: decimalText, maxPct: decimalText });
export const meritMatrixInput = z.object({
  axis: z.enum(['compa_ratio', 'position_in_range']),
  thresholds: z.array(decimalText).max(9),
  rows: z
    .array(z.object({ rating: z.number().int().min(1).max(10), cells: z.array(meritCellInput).max(10) }))
    .max(10),
});

const poolRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bottom_up'), percent: decimalText }),
  z.object({
    kind: z.literal('top_down'),
    amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  }),
]);
/** The cycle's pools: each set bottom-up (% of eligible base) or top-down (an amount); left out: no pool. */
export const budgetConfig = z.object(
  Object.fromEntries(budgetPools.map((pool) => [pool, poolRule.optional()])) as Record<
    (typeof budgetPools)[number],
    z.ZodOptional<typeof poolRule>
  >,
);
export type BudgetConfig = z.output<typeof budgetConfig>;

const nameText = z.string().trim().min(1, issueMessage('nameRequired')).max(200);

/** The set-up fields, without defaults: an edit changes only what it names. */
const cycleFields = {
  name: nameText,
  periodStart: calendarDate,
  periodEnd: calendarDate,
  effectiveDate: calendarDate,
  visibilityDate: calendarDate,
  planningCurrency: currencyCode,
  fxTable: fxTableInput,
  eligibilityRules,
  /** The review cycle whose LOCKED calibration supplies ratings; null: none (e.g. a market-only cycle). */
  reviewCycleId: uuidParam.nullable(),
  meritMatrix: meritMatrixInput.nullable(),
  budget: budgetConfig,
  /** Manager levels above the proposer who approve before the approval team and HR. */
  approvalDepth: z.number().int().min(0).max(10),
};

export const createCompCycleRequest = z.object({
  ...cycleFields,
  eligibilityRules: eligibilityRules.default({
    hiredOnOrBefore: null,
    excludeTerminated: true,
    minMonthsSinceLastIncrease: null,
    levelIds: [],
    excludedPersonIds: [],
  }),
  reviewCycleId: cycleFields.reviewCycleId.default(null),
  meritMatrix: cycleFields.meritMatrix.default(null),
  budget: budgetConfig.default({}),
  approvalDepth: cycleFields.approvalDepth.default(1),
  /** A dry run: planned like any cycle, never released (nobody's pay changes). */
  sandbox: z.boolean().default(false),
});
export type CreateCompCycleRequest = z.input<typeof createCompCycleRequest>;
export type NewCompCycle = z.output<typeof createCompCycleRequest>;

/** Changes to a draft: any of the set-up fields, with the version the editor saw. */
export const updateCompCycleRequest = z
  .object(cycleFields)
  .partial()
  .extend({ version: z.number().int().min(1) });
export type UpdateCompCycleRequest = z.output<typeof updateCompCycleRequest>;

export const versionRequest = z.object({ version: z.number().int().min(1) });

export const compCycleTransitionRequest = z.object({
  to: z.enum(['review', 'approved', 'released', 'archived']),
  version: z.number().int().min(1),
});

export const eligibilityOverrideRequest = z.object({
  eligibility: z.enum(eligibilities),
  reason: z.string().trim().min(1, issueMessage('overrideReasonRequired')).max(2000),
  version: z.number().int().min(1),
});

const setupIssue = z.object({
  field: z.string(),
  code: z.string(),
  level: z.enum(['error', 'warning']),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type SetupIssue = z.infer<typeof setupIssue>;

/** What the launch check found; a launch goes ahead only when `ready`. */
export const compCycleSetupCheck = z.object({
  ready: z.boolean(),
  issues: z.array(setupIssue),
  /** Currencies of the people's pay and their bands, every one of which the FX table must cover. */
  currencies: z.array(z.string()),
  people: z.number().int(),
});
export type CompCycleSetupCheck = z.infer<typeof compCycleSetupCheck>;

export const compCycleCounts = z.object({
  participants: z.number().int(),
  eligible: z.number().int(),
  ineligible: z.number().int(),
  excluded: z.number().int(),
  /** Of the eligible: no locked calibrated rating, no band, no pay record. */
  missingRating: z.number().int(),
  missingBand: z.number().int(),
  missingPay: z.number().int(),
});

export const compCycle = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(compCycleStates),
  sandbox: z.boolean(),
  periodStart: z.string(),
  periodEnd: z.string(),
  effectiveDate: z.string(),
  visibilityDate: z.string(),
  planningCurrency: z.string(),
  fxTable: z.object({
    base: z.string(),
    asOf: z.string(),
    source: z.string(),
    rates: z.record(z.string(), z.string()),
  }),
  fxFrozenAt: z.string().nullable(),
  eligibilityRules: z.object({
    hiredOnOrBefore: z.string().nullable(),
    excludeTerminated: z.boolean(),
    minMonthsSinceLastIncrease: z.number().int().nullable(),
    levelIds: z.array(z.string()),
    excludedPersonIds: z.array(z.string()),
  }),
  reviewCycleId: z.string().nullable(),
  meritMatrix: meritMatrixInput.nullable(),
  budget: budgetConfig,
  approvalDepth: z.number().int(),
  /** The organisation's setting, shown with the cycle: over budget warns or blocks. */
  overBudgetPolicy: z.enum(overBudgetPolicies),
  launchedAt: z.string().nullable(),
  releasedAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Null in lists; the cycle's own page carries them. */
  counts: compCycleCounts.nullable(),
  abilities: z.object({
    edit: z.boolean(),
    launch: z.boolean(),
    overrideEligibility: z.boolean(),
    /** The states it may move to next. */
    transitions: z.array(z.enum(compCycleStates)),
  }),
});
export type CompCycle = z.infer<typeof compCycle>;

export const compCycleListQuery = z.object({
  state: z.enum(compCycleStates).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});

export const compCyclePage = z.object({ items: z.array(compCycle), nextCursor: z.string().nullable() });

export const compParticipant = z.object({
  id: z.string(),
  personId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  /** As at launch. */
  managerId: z.string().nullable(),
  departmentId: z.string().nullable(),
  levelId: z.string().nullable(),
  hireDate: z.string(),
  eligibility: z.enum(eligibilities),
  /** What the rules decided, before any override. */
  ruleEligibility: z.enum(eligibilities),
  ruleReason: z.enum(eligibilityReasons).nullable(),
  override: z.object({ eligibility: z.enum(eligibilities), reason: z.string(), at: z.string() }).nullable(),
  pay: z
    .object({
      baseMinor: z.number().int(),
      currency: z.string(),
      frequency: z.string(),
      ftePermille: z.number().int(),
      jobFamily: z.string(),
      payZone: z.string().nullable(),
    })
    .nullable(),
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
  proration: z.object({ eligibleDays: z.number().int(), periodDays: z.number().int() }),
  /** From a locked calibration of the cycle's review cycle only; null otherwise (SPEC S1.6). */
  calibratedRating: z.number().int().nullable(),
  lastIncreaseDate: z.string().nullable(),
  version: z.number().int(),
});
export type CompParticipant = z.infer<typeof compParticipant>;

export const compParticipantListQuery = z.object({
  eligibility: z.enum(eligibilities).optional(),
  departmentId: uuidParam.optional(),
  managerId: uuidParam.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const compParticipantPage = z.object({
  items: z.array(compParticipant),
  nextCursor: z.string().nullable(),
});
