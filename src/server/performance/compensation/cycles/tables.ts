import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FxTable } from '../../../../contracts/compensation';
import type { BudgetConfig, EligibilityRules } from '../../../../contracts/compensation/cycles';
import {
  compCycleStates,
  eligibilities,
  eligibilityReasons,
} from '../../../../contracts/compensation/cycles';
import type { MeritMatrix } from '../../../../contracts/compensation/meritMatrix';
import { payFrequencies } from '../../../../contracts/compensation/payData';
import { organizations, people } from '../../../org/tables';
import { reviewCycles } from '../../reviews/tables';

/**
 * A compensation cycle (SPEC S3.6, issue 12 items 2–5), class `compensation`: its dates, planning
 * currency and exchange rates (frozen at launch), eligibility rules, the review cycle whose locked
 * calibration supplies ratings, the merit matrix, the budget pools and the approval depth.
 *
 * States: draft → planning (launched) → review (submissions closed) → approved → released →
 * archived. A sandbox is a dry run: it may be archived from any state but is never released, and
 * the database holds it to that too (`comp_cycles_sandbox_never_released`). A non-sandbox cycle is
 * archived only after its release, so "archived" always tells whether pay changed (released_at).
 */
export const compCycles = pgTable(
  'comp_cycles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    visibilityDate: date('visibility_date', { mode: 'string' }).notNull(),
    planningCurrency: text('planning_currency').notNull(),
    /** Editable in draft; frozen (fx_frozen_at) at launch, when every snapshot is computed with it. */
    fxTable: jsonb('fx_table').$type<FxTable>().notNull(),
    fxFrozenAt: timestamp('fx_frozen_at', { withTimezone: true }),
    state: text('state', { enum: compCycleStates }).notNull().default('draft'),
    sandbox: boolean('sandbox').notNull().default(false),
    eligibilityRules: jsonb('eligibility_rules').$type<EligibilityRules>().notNull(),
    /** Performance input: ratings only from this review cycle's LOCKED calibration sessions (S1.6). */
    reviewCycleId: uuid('review_cycle_id').references(() => reviewCycles.id, { onDelete: 'set null' }),
    meritMatrix: jsonb('merit_matrix').$type<MeritMatrix>(),
    budget: jsonb('budget').$type<BudgetConfig>().notNull().default({}),
    approvalDepth: integer('approval_depth').notNull().default(1),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    /** Logins, no foreign keys (as the audit trail's actor); cleared by an erasure. */
    launchedByAccountId: uuid('launched_by_account_id'),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdByAccountId: uuid('created_by_account_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('comp_cycles_org_idx').on(t.organizationId, t.createdAt, t.id),
    check(
      'comp_cycles_sandbox_never_released',
      sql`NOT ${t.sandbox} OR (${t.releasedAt} IS NULL AND ${t.state} <> 'released')`,
    ),
    check('comp_cycles_released_has_time', sql`${t.state} <> 'released' OR ${t.releasedAt} IS NOT NULL`),
    check(
      'comp_cycles_archived_after_release',
      sql`${t.state} <> 'archived' OR ${t.sandbox} OR ${t.releasedAt} IS NOT NULL`,
    ),
    check(
      'comp_cycles_launched',
      sql`${t.state} = 'draft' OR ${t.state} = 'archived' OR ${t.launchedAt} IS NOT NULL`,
    ),
    check('comp_cycles_period_order', sql`${t.periodStart} <= ${t.periodEnd}`),
    check('comp_cycles_currency_code', sql`${t.planningCurrency} ~ '^[A-Z]{3}$'`),
    check('comp_cycles_approval_depth', sql`${t.approvalDepth} BETWEEN 0 AND 10`),
    // The set-up documents are objects (the contracts give their fields); never a bare value.
    check('comp_cycles_fx_table_object', sql`jsonb_typeof(${t.fxTable}) = 'object'`),
    check('comp_cycles_rules_object', sql`jsonb_typeof(${t.eligibilityRules}) = 'object'`),
    check('comp_cycles_budget_object', sql`jsonb_typeof(${t.budget}) = 'object'`),
    check(
      'comp_cycles_matrix_object',
      sql`${t.meritMatrix} IS NULL OR jsonb_typeof(${t.meritMatrix}) = 'object'`,
    ),
  ],
);

/**
 * A person's place in a launched cycle, snapshotted at launch (class `compensation`): eligibility by
 * the rules (and HR's override with its reason), the manager at launch, current pay and band, the
 * compa-ratio and position in range, the proration factor, the calibrated rating (only from a locked
 * calibration) and the last increase. Later proposals reference `id`; nothing here changes after
 * launch except an eligibility override.
 */
export const compCycleParticipants = pgTable(
  'comp_cycle_participants',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => compCycles.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    managerId: uuid('manager_id').references(() => people.id, { onDelete: 'set null' }),
    departmentId: uuid('department_id'),
    levelId: uuid('level_id'),
    hireDate: date('hire_date', { mode: 'string' }).notNull(),
    eligibility: text('eligibility', { enum: eligibilities }).notNull(),
    ruleEligibility: text('rule_eligibility', { enum: eligibilities }).notNull(),
    ruleReason: text('rule_reason', { enum: eligibilityReasons }),
    overrideEligibility: text('override_eligibility', { enum: eligibilities }),
    overrideReason: text('override_reason'),
    overriddenByAccountId: uuid('overridden_by_account_id'),
    overriddenAt: timestamp('overridden_at', { withTimezone: true }),
    payRecordId: uuid('pay_record_id'),
    baseMinor: bigint('base_minor', { mode: 'number' }),
    payCurrency: text('pay_currency'),
    payFrequency: text('pay_frequency', { enum: payFrequencies }),
    ftePermille: integer('fte_permille'),
    jobFamily: text('job_family'),
    payZone: text('pay_zone'),
    bandId: uuid('band_id'),
    bandCurrency: text('band_currency'),
    bandMinMinor: bigint('band_min_minor', { mode: 'number' }),
    bandTargetMinor: bigint('band_target_minor', { mode: 'number' }),
    bandMaxMinor: bigint('band_max_minor', { mode: 'number' }),
    /** Exact 4-place decimals from the core (half to even); null when not placed (no band, hourly). */
    compaRatio: numeric('compa_ratio', { precision: 12, scale: 4 }),
    positionInRange: numeric('position_in_range', { precision: 12, scale: 4 }),
    eligibleDays: integer('eligible_days').notNull(),
    periodDays: integer('period_days').notNull(),
    calibratedRating: integer('calibrated_rating'),
    lastIncreaseDate: date('last_increase_date', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('comp_cycle_participants_cycle_person_uq').on(t.cycleId, t.personId),
    index('comp_cycle_participants_org_person_idx').on(t.organizationId, t.personId),
    index('comp_cycle_participants_cycle_manager_idx').on(t.cycleId, t.managerId),
    index('comp_cycle_participants_cycle_department_idx').on(t.cycleId, t.departmentId),
    check('comp_cycle_participants_days', sql`${t.eligibleDays} BETWEEN 0 AND ${t.periodDays}`),
    check('comp_cycle_participants_pay_currency', sql`${t.payCurrency} ~ '^[A-Z]{3}$'`),
    check('comp_cycle_participants_band_currency', sql`${t.bandCurrency} ~ '^[A-Z]{3}$'`),
    check(
      'comp_cycle_participants_override_reason',
      sql`${t.overrideEligibility} IS NULL OR ${t.overrideReason} IS NOT NULL`,
    ),
  ],
);
