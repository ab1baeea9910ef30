import { z } from 'zod';
import { cursorPageOf, isoDate } from '../common';
import { issueMessage } from '../issues';
import { isIsoDate } from './isoDate';
import { checkCurrency, type Parsed, parseAmount, parseFte, parsePercentBps } from './payInputs';

/**
 * Pay data (SPEC S3.6, issue 12 item 1): effective-dated pay records per person and salary bands
 * per job family × level (× zone), class `compensation`. Requests take figures as people write
 * them — money as a decimal in major units ("85000.50"), FTE as a share ("0.8"), the variable
 * target as a percent ("12.5") — parsed exactly (`payInputs.ts`); answers give the exact stored
 * integers: minor units with their currency, FTE per mille, basis points.
 */

export const payFrequencies = ['annual', 'monthly', 'hourly'] as const;
export const payFrequency = z.enum(payFrequencies);
export type PayFrequency = z.infer<typeof payFrequency>;

export const payReasons = ['hire', 'merit', 'promotion', 'market', 'correction', 'import', 'cycle'] as const;
export const payReason = z.enum(payReasons);
export type PayReason = z.infer<typeof payReason>;

/** Reasons HR gives by hand; `import` is the CSV import's and `cycle` a released cycle's. */
export const manualPayReason = z.enum(['hire', 'merit', 'promotion', 'market', 'correction']);

/** A calendar date that exists ("2026-02-30" does not). */
export const effectiveDate = isoDate.refine(isIsoDate, issueMessage('dateInvalid'));

const familyText = z.string().trim().min(1, issueMessage('jobFamilyRequired')).max(120);
/** A blank zone is no zone. */
const zoneText = z
  .string()
  .trim()
  .max(120)
  .nullish()
  .transform((zone) => (zone ? zone : null));
const currencyText = z.string().trim().toUpperCase().length(3, issueMessage('currencyCode'));
const figureText = z.string().max(40);

/** Adds a parser's refusal to the field it came from; returns the value otherwise. */
function take<T>(ctx: z.RefinementCtx, field: string, parsed: Parsed<T>): T | undefined {
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', path: [field], message: parsed.issue.code, params: parsed.issue.params });
  return undefined;
}

export const createPayRecordRequest = z
  .object({
    effectiveFrom: effectiveDate,
    /** Decimal in major units of `currency`: the annual full-time base, the monthly amount or the hourly rate. */
    base: figureText,
    currency: currencyText,
    frequency: payFrequency,
    /** Share of full time, "1" when left out. */
    fte: figureText.default('1'),
    /** Variable pay target in percent of base; null or left out when there is none. */
    variableTargetPercent: figureText.nullish(),
    jobFamily: familyText,
    payZone: zoneText,
    reason: manualPayReason,
    note: z.string().trim().max(2000).default(''),
  })
  .transform((input, ctx) => {
    const currency = take(ctx, 'currency', checkCurrency(input.currency));
    const baseMinor = currency ? take(ctx, 'base', parseAmount(input.base, currency)) : undefined;
    const ftePermille = take(ctx, 'fte', parseFte(input.fte));
    const blankVariable = input.variableTargetPercent == null || input.variableTargetPercent.trim() === '';
    const variableTargetBps = blankVariable
      ? null
      : take(ctx, 'variableTargetPercent', parsePercentBps(input.variableTargetPercent ?? ''));
    if (baseMinor === undefined || ftePermille === undefined || variableTargetBps === undefined)
      return z.NEVER;
    return {
      effectiveFrom: input.effectiveFrom,
      baseMinor,
      currency: currency!,
      frequency: input.frequency,
      ftePermille,
      variableTargetBps,
      jobFamily: input.jobFamily,
      payZone: input.payZone,
      reason: input.reason,
      note: input.note,
    };
  });
export type CreatePayRecordRequest = z.input<typeof createPayRecordRequest>;
export type NewPayRecord = z.output<typeof createPayRecordRequest>;

export const createBandRequest = z
  .object({
    jobFamily: familyText,
    levelId: z.string().uuid(issueMessage('chooseLevel')),
    payZone: zoneText,
    currency: currencyText,
    /** Decimals in major units of `currency`, annual full-time amounts. */
    min: figureText,
    /** Left out or blank: the midpoint of min and max. */
    target: figureText.nullish(),
    max: figureText,
    effectiveFrom: effectiveDate,
  })
  .transform((input, ctx) => {
    const currency = take(ctx, 'currency', checkCurrency(input.currency));
    if (!currency) return z.NEVER;
    const minMinor = take(ctx, 'min', parseAmount(input.min, currency));
    const maxMinor = take(ctx, 'max', parseAmount(input.max, currency));
    const blankTarget = input.target == null || input.target.trim() === '';
    const targetMinor = blankTarget ? null : take(ctx, 'target', parseAmount(input.target ?? '', currency));
    if (minMinor === undefined || maxMinor === undefined || targetMinor === undefined) return z.NEVER;
    const order = bandOrderIssue({ minMinor, targetMinor, maxMinor });
    if (order) {
      ctx.addIssue({ code: 'custom', path: [order.field], message: order.code });
      return z.NEVER;
    }
    return {
      jobFamily: input.jobFamily,
      levelId: input.levelId,
      payZone: input.payZone,
      currency,
      minMinor,
      targetMinor,
      maxMinor,
      effectiveFrom: input.effectiveFrom,
    };
  });
export type CreateBandRequest = z.input<typeof createBandRequest>;
export type NewBand = z.output<typeof createBandRequest>;

/** What is wrong with the order of a band's amounts, and on which field, or null. */
export function bandOrderIssue(band: {
  minMinor: number;
  targetMinor: number | null;
  maxMinor: number;
}): { field: 'max' | 'target'; code: 'bandMinBelowMax' | 'bandTargetInside' } | null {
  if (band.minMinor >= band.maxMinor) return { field: 'max', code: 'bandMinBelowMax' };
  if (band.targetMinor !== null && (band.targetMinor < band.minMinor || band.targetMinor > band.maxMinor)) {
    return { field: 'target', code: 'bandTargetInside' };
  }
  return null;
}

export const payRecord = z.object({
  id: z.string(),
  personId: z.string(),
  effectiveFrom: z.string(),
  baseMinor: z.number().int(),
  currency: z.string(),
  frequency: payFrequency,
  ftePermille: z.number().int(),
  variableTargetBps: z.number().int().nullable(),
  jobFamily: z.string(),
  payZone: z.string().nullable(),
  reason: payReason,
  compCycleId: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  /** A later record on the same effective date replaced this one (a correction); it stays as history. */
  superseded: z.boolean(),
});
export type PayRecord = z.infer<typeof payRecord>;

export const compBand = z.object({
  id: z.string(),
  jobFamily: z.string(),
  levelId: z.string(),
  levelCode: z.string(),
  levelName: z.string(),
  payZone: z.string().nullable(),
  currency: z.string(),
  minMinor: z.number().int(),
  /** Null: the band's reference point is its midpoint (`midpointMinor`). */
  targetMinor: z.number().int().nullable(),
  maxMinor: z.number().int(),
  /** (min + max) / 2, rounded half to even to a whole minor unit, for display. */
  midpointMinor: z.number().int(),
  effectiveFrom: z.string(),
  createdAt: z.string(),
  /** A newer version of the same band is in effect on the list's date (history view only). */
  superseded: z.boolean(),
});
export type CompBand = z.infer<typeof compBand>;

/**
 * Where a person's current base sits in their band. Placed only when a band applies and can be
 * compared: the same currency (no exchange rates outside a cycle) and an annual or monthly base
 * (an hourly rate has no agreed yearly hours here). Ratios are exact 4-place decimals and numbers.
 */
export const bandPlacement = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('placed'),
    band: compBand,
    /** The base as a full-time annual amount in the band's currency (monthly × 12). */
    annualBaseMinor: z.number().int(),
    compaRatio: z.object({ decimal: z.string(), value: z.number() }),
    positionInRange: z.object({ decimal: z.string(), value: z.number() }),
    flag: z.enum(['below_min', 'within', 'above_max']),
  }),
  z.object({ status: z.literal('no_band') }),
  z.object({ status: z.literal('currency_differs'), band: compBand }),
  z.object({ status: z.literal('hourly'), band: compBand }),
]);
export type BandPlacement = z.infer<typeof bandPlacement>;

export const payHistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(300).optional(),
});

/**
 * A person's pay: the record in effect today and where it sits in the band (when the caller may
 * see placement), with the history newest first in cursor pages.
 */
export const personPay = cursorPageOf(payRecord).extend({
  personId: z.string(),
  /** The organisation's today, which "current" is measured on. */
  asOf: z.string(),
  current: payRecord.nullable(),
  /** Null when the caller may not see band placement (an employee, unless the organisation shows it). */
  placement: bandPlacement.nullable(),
  abilities: z.object({ addRecord: z.boolean(), seePlacement: z.boolean() }),
});
export type PersonPay = z.infer<typeof personPay>;

export const bandListQuery = z.object({
  jobFamily: z.string().trim().max(120).optional(),
  levelId: z.string().uuid().optional(),
  /** `current`: the version of each band in effect on `asOf` (default today); `history`: every version. */
  view: z.enum(['current', 'history']).default('current'),
  asOf: effectiveDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});
export const bandPage = cursorPageOf(compBand).extend({ asOf: z.string() });
export type BandPage = z.infer<typeof bandPage>;
