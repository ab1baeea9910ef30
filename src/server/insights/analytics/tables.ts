import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { analyticsHalves, nowMetricIds } from '../../../contracts/analytics';
import { organizations } from '../../org/tables';
import type { BucketSums } from './definition';
import { grainBuckets, grainMetrics, grainRollups } from './grain';

/**
 * The precomputed grain of HR analytics (issue 14 item 5): counts of people per metric, cycle,
 * department and direct manager, each with the chain of managers above (as of the metric's point in
 * time). A manager's subtree is the rows whose chain holds them, the organisation all rows: a page
 * sums a few thousand grain rows and never scans reviews or people. One table per half, so the two
 * tracks' aggregates never share a table (SPEC S1.1): the Now table is class `performance`, the Next
 * table class `development` (platform/dataClasses/registry.ts). Rows hold counts and sums only —
 * no text of any record. Rewritten whole for an organisation by `refreshAnalytics`.
 */
const grainColumns = () => ({
  /**
   * A key of its own: the rows have no natural one (department and manager may be null), and a
   * backup reads a keyless table in physical order, which a restore need not reproduce.
   */
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  /**
   * `grain`: a row of the grain above. `department` / `manager`: the organisation's sums by
   * department or by manager, written by the job from the grain, so the organisation's page reads
   * a few hundred rows however large the organisation (chain empty).
   */
  rollup: text('rollup', { enum: grainRollups }).notNull().default('grain'),
  metricId: text('metric_id', { enum: grainMetrics }).notNull(),
  /** The review cycle of a cycle-based metric; null for a window or today's figure. */
  cycleId: uuid('cycle_id'),
  /** The department as of the point in time (a review's launch snapshot, or the person's now). */
  departmentId: uuid('department_id'),
  /** The direct manager as of the point in time (for a review: its reviewer, fixed at launch). */
  managerId: uuid('manager_id'),
  /** Every manager above the people of the row, top first, as of the point in time. */
  chain: uuid('chain').array().notNull(),
  bucket: text('bucket', { enum: grainBuckets }).notNull(),
  /** People (or, for coaching statuses, engagements) in the bucket. */
  people: integer('people').notNull(),
  /** The sum of the bucket's values (ratings, sessions), for means and ratios. */
  total: numeric('total').notNull().default('0'),
  /** The sum of squares of the values, for a standard deviation (manager leniency). */
  totalSquares: numeric('total_squares').notNull().default('0'),
});

export const analyticsNowSnapshots = pgTable('analytics_now_snapshots', grainColumns(), (t) => [
  index('analytics_now_snapshots_read_idx').on(t.organizationId, t.rollup, t.metricId, t.cycleId),
  index('analytics_now_snapshots_chain_idx').using('gin', t.chain),
]);

export const analyticsNextSnapshots = pgTable('analytics_next_snapshots', grainColumns(), (t) => [
  index('analytics_next_snapshots_read_idx').on(t.organizationId, t.rollup, t.metricId, t.cycleId),
  index('analytics_next_snapshots_chain_idx').using('gin', t.chain),
]);

/**
 * The organisation's long by-manager tables as the HR page lists them, per cycle: a by-manager
 * metric has a group for every manager (thousands), but its page lists `maxRows` of them, in an
 * order (by size, or by how far off a manager is) and with a suppression that depend on every
 * group. The snapshot job ranks them once (`now/listings.ts`, the same `rankGroups` the page
 * runs); the page then reads these few rows instead of every manager's sums. Position 0 is the
 * total row (the organisation's sums), positions 1.. the listed groups in order. Counts and sums
 * only, of the Now half (class `performance`); rewritten whole by `refreshAnalytics`.
 */
export const analyticsNowListings = pgTable(
  'analytics_now_listings',
  {
    /** A key of one column, like the grain's (a JSON column is planted and scanned by its key). */
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The catalogue metric (not the grain metric: one grain may be listed by several metrics). */
    metricId: text('metric_id', { enum: nowMetricIds }).notNull(),
    cycleId: uuid('cycle_id').notNull(),
    /** 0: the total row; 1..maxRows: the listed groups, in the page's order. */
    position: integer('position').notNull(),
    /** The manager of a listed group; null for the total row and for the "no manager" group. */
    managerId: uuid('manager_id'),
    /** Why the row's cells are withheld (`below_threshold`, `complementary`), or null: shown. */
    reason: text('reason', { enum: ['below_threshold', 'complementary'] }),
    /** The group's sums per bucket (`BucketSums`), as the page's cells are computed from them. */
    sums: jsonb('sums').$type<BucketSums>().notNull(),
    /** How many groups the metric has in the organisation: the page omits all but `maxRows`. */
    groups: integer('groups').notNull(),
  },
  (t) => [
    uniqueIndex('analytics_now_listings_position_uq').on(t.organizationId, t.metricId, t.cycleId, t.position),
  ],
);

/** When each half of an organisation was last computed, and the days its figures are as of. */
export const analyticsSnapshotRuns = pgTable(
  'analytics_snapshot_runs',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    half: text('half', { enum: analyticsHalves }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().default(sql`now()`),
    /** The organisation's today when computed: the "as of" day of today's figures. */
    asOfDate: date('as_of_date', { mode: 'string' }).notNull(),
    /** The first day of the window of window metrics (turnover, promotions). */
    windowFrom: date('window_from', { mode: 'string' }).notNull(),
    people: integer('people').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.half] })],
);
