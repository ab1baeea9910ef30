import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { payFrequencies, payReasons } from '../../../../contracts/compensation/payData';
import { levels, organizations, people } from '../../../org/tables';
import { compCycles } from '../cycles/tables';

// The lists live in the contracts, so the web app and the API validate with the same values.
export {
  type PayFrequency,
  type PayReason,
  payFrequencies,
  payReasons,
} from '../../../../contracts/compensation/payData';

/** Full time in `fte_permille`: 1000 = 1.0 FTE, 800 = 0.8 FTE. Integers, so no float ever rounds a share. */
export const FULL_TIME_PERMILLE = 1000;

/**
 * A person's pay from a date on (SPEC S3.6, issue 12 item 1), class `compensation`. Never updated
 * or deleted in place: the history is the record. A correction is a new row with reason
 * `correction`; "pay as of D" is the row with the latest `effective_from` ≤ D, ties broken by the
 * later `created_at` (then id), so the newest word on a date wins and the old one stays readable.
 *
 * Money is an integer count of the currency's minor units (cents, yen, fils): `base_minor` is the
 * full-time annual-equivalent base for `annual`, the monthly amount for `monthly`, the hourly rate
 * for `hourly`. `fte_permille` is the share of full time worked, in thousandths (see
 * FULL_TIME_PERMILLE); `variable_target_bps` the variable pay target in basis points of base
 * (1000 = 10 %). `mode: 'number'`: amounts stay far below 2^53 (the contracts refuse larger ones).
 */
export const payRecords = pgTable(
  'pay_records',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    baseMinor: bigint('base_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    frequency: text('frequency', { enum: payFrequencies }).notNull(),
    ftePermille: integer('fte_permille').notNull().default(FULL_TIME_PERMILLE),
    variableTargetBps: integer('variable_target_bps'),
    jobFamily: text('job_family').notNull(),
    /** A geographic or market zone whose bands apply; null where the organisation uses none. */
    payZone: text('pay_zone'),
    reason: text('reason', { enum: payReasons }).notNull(),
    /**
     * The compensation cycle whose release wrote it (reason `cycle`). The employee does not see such
     * a record before the cycle's visibility date (`hideUnreleasedFrom` in queries.ts).
     */
    compCycleId: uuid('comp_cycle_id').references(() => compCycles.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    /** The HR admin's login; no foreign key (like the audit trail's actor), cleared by an erasure. */
    createdByAccountId: uuid('created_by_account_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pay_records_person_idx').on(t.organizationId, t.personId, t.effectiveFrom),
    index('pay_records_cycle_idx').on(t.compCycleId).where(sql`${t.compCycleId} IS NOT NULL`),
    check('pay_records_cycle_reason', sql`${t.compCycleId} IS NULL OR ${t.reason} = 'cycle'`),
    check('pay_records_base_positive', sql`${t.baseMinor} > 0`),
    check('pay_records_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('pay_records_fte_range', sql`${t.ftePermille} BETWEEN 1 AND 1000`),
    check(
      'pay_records_variable_range',
      sql`${t.variableTargetBps} IS NULL OR ${t.variableTargetBps} BETWEEN 0 AND 100000`,
    ),
  ],
);

/**
 * A salary band version for a job family × level (× zone), class `compensation`: min, target and
 * max in integer minor units of its currency, annual full-time amounts. Append-only like pay
 * records: "the band as of D" is the latest `effective_from` ≤ D per (family, level, zone), ties
 * by the later `created_at`. A null target means the midpoint of min and max. Family and zone are
 * compared case-insensitively, here and with a person's pay record.
 */
export const compBands = pgTable(
  'comp_bands',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    jobFamily: text('job_family').notNull(),
    levelId: uuid('level_id')
      .notNull()
      .references(() => levels.id),
    payZone: text('pay_zone'),
    currency: text('currency').notNull(),
    minMinor: bigint('min_minor', { mode: 'number' }).notNull(),
    targetMinor: bigint('target_minor', { mode: 'number' }),
    maxMinor: bigint('max_minor', { mode: 'number' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** The HR admin's login; no foreign key, cleared by an erasure. */
    createdByAccountId: uuid('created_by_account_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Families and zones match without regard to case ("Engineering" = "engineering").
    index('comp_bands_lookup_idx').on(
      t.organizationId,
      sql`lower(${t.jobFamily})`,
      t.levelId,
      t.effectiveFrom,
    ),
    check('comp_bands_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('comp_bands_min_positive', sql`${t.minMinor} > 0`),
    check('comp_bands_min_below_max', sql`${t.minMinor} < ${t.maxMinor}`),
    check(
      'comp_bands_target_inside',
      sql`${t.targetMinor} IS NULL OR ${t.targetMinor} BETWEEN ${t.minMinor} AND ${t.maxMinor}`,
    ),
  ],
);
