import { z } from 'zod';
import { pageQuery, uuidParam } from '../common';
import { compCycleStates } from './cycles';
import { payFrequency } from './payData';

/**
 * The pay-equity check of a launched cycle (issue 12 item 8): increase % and compa-ratio by group,
 * the compa-ratio distribution before and after the proposals, and the people left below their
 * band minimum. Percentages and ratios are exact decimal strings from the core (increase 2 places,
 * compa-ratio 4, half to even); money is integer minor units.
 *
 * A proposal counts once it has left the draft (submitted, returned or approved). A figure that
 * would describe fewer than `minGroupSize` people is withheld (`suppressed`), and when exactly one
 * group of a dimension is withheld the next smallest is too (`complementary`), so no group follows
 * from the total by subtraction. A group with nobody to describe (`proposed` 0) has null figures
 * without being suppressed: no data.
 */

export const EQUITY_MIN_GROUP = 5;

export const equityDimensions = ['department', 'level'] as const;
export type EquityDimension = (typeof equityDimensions)[number];

export const suppressionReasons = ['small', 'complementary'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

export const equityQuery = pageQuery;

export const equityGroup = z.object({
  /** The department or level id as snapshotted at launch; null: the people without one. */
  key: uuidParam.nullable(),
  name: z.string().nullable(),
  suppressed: z.boolean(),
  suppression: z.enum(suppressionReasons).nullable(),
  /** Eligible participants; null when suppressed. */
  headcount: z.number().int().nullable(),
  /** Of them, with a proposal past the draft. */
  proposed: z.number().int().nullable(),
  /** New base against the launch base, in each person's own currency: "3.25". */
  meanIncreasePct: z.string().nullable(),
  medianIncreasePct: z.string().nullable(),
  /** Launch snapshot: "0.9812". */
  meanCompaBefore: z.string().nullable(),
  /** New base ÷ band target (the promotion's band when promoted), at the cycle's frozen rates. */
  meanCompaAfter: z.string().nullable(),
});
export type EquityGroup = z.infer<typeof equityGroup>;

export const equityDimensionReport = z.object({
  dimension: z.enum(equityDimensions),
  /** Whether a group was withheld only to protect a small one. */
  complementary: z.boolean(),
  groups: z.array(equityGroup),
});

export const compaBucket = z.object({
  /** Lower bound (inclusive), null for the first bucket; upper bound (exclusive), null for the last. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** People whose compa-ratio falls here; null when withheld (approvers only: 1–4 people). */
  before: z.number().int().nullable(),
  after: z.number().int().nullable(),
});
export type CompaBucket = z.infer<typeof compaBucket>;

export const belowMinimumPerson = z.object({
  participantId: uuidParam,
  personId: uuidParam,
  givenName: z.string(),
  familyName: z.string(),
  departmentName: z.string().nullable(),
  /** The base after the cycle, in the person's pay currency and frequency. */
  newBaseMinor: z.number().int(),
  currency: z.string(),
  payFrequency: payFrequency.nullable(),
  /** The minimum of the band after the cycle (the promotion's band when promoted), annual. */
  bandMinMinor: z.number().int(),
  bandCurrency: z.string(),
  /** Whether a proposal (past the draft) is behind the new base, or the base is unchanged. */
  proposed: z.boolean(),
});
export type BelowMinimumPerson = z.infer<typeof belowMinimumPerson>;

export const compEquityReport = z.object({
  cycleId: uuidParam,
  cycleState: z.enum(compCycleStates),
  minGroupSize: z.number().int(),
  /** No gender (or other protected attribute) is recorded for people, so there is no such dimension. */
  genderRecorded: z.boolean(),
  total: equityGroup,
  dimensions: z.array(equityDimensionReport),
  distribution: z.object({
    buckets: z.array(compaBucket),
    /** Whether small buckets were withheld (approvers; HR sees every count). */
    suppressed: z.boolean(),
  }),
  /** How many eligible people stay below their band minimum after the cycle. */
  belowMinimumCount: z.number().int(),
  /** The people themselves, by name — HR only (null for the approval team). Paged. */
  belowMinimum: z
    .object({
      items: z.array(belowMinimumPerson),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int(),
    })
    .nullable(),
});
export type CompEquityReport = z.infer<typeof compEquityReport>;
