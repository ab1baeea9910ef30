import { type SQL, sql } from 'drizzle-orm';
import type { AnalyticsHalf } from '../../../contracts/analytics';
import { type Db, queryRows } from '../../platform/db/client';
import type { BucketSums } from './definition';
import type { GrainBucket, GrainMetric } from './grain';

/** Whose people a request covers: the organisation, or everyone below one manager. */
export type ScopeFilter = { kind: 'org' } | { kind: 'subtree'; managerId: string };

const tableOf: Record<AnalyticsHalf, SQL> = {
  now: sql.raw('analytics_now_snapshots'),
  next: sql.raw('analytics_next_snapshots'),
};

export interface GroupSums {
  /** Department or manager id; null for "none". */
  key: string | null;
  sums: BucketSums;
}

interface Raw {
  metric_id: GrainMetric;
  key: string | null;
  bucket: GrainBucket;
  people: number | string;
  total: number | string;
  squares: number | string;
}

/**
 * The snapshot's sums for several grain metrics, grouped by department or by manager, within the
 * scope: one statement over the snapshot (the read index, and for a subtree the chain's GIN index),
 * never over reviews or people. The organisation is the job's rollup rows (one per department or
 * manager and bucket); a subtree is the grain rows whose chain of managers holds the manager.
 */
export async function readGroups(
  db: Db,
  options: {
    half: AnalyticsHalf;
    organizationId: string;
    metrics: GrainMetric[];
    cycleId: string | null;
    rowsBy: 'department' | 'manager';
    scope: ScopeFilter;
  },
): Promise<Map<GrainMetric, GroupSums[]>> {
  const result = new Map<GrainMetric, GroupSums[]>();
  if (options.metrics.length === 0) return result;
  const column = sql.raw(options.rowsBy === 'department' ? 'department_id' : 'manager_id');
  const cycle = options.cycleId
    ? sql`(cycle_id = ${options.cycleId} OR cycle_id IS NULL)`
    : sql`cycle_id IS NULL`;
  const metrics = sql.join(
    options.metrics.map((metric) => sql`${metric}`),
    sql`, `,
  );
  // One flat row per metric, group and bucket, grouped into `GroupSums` here: building a JSON
  // object per group in the database cost more than the read itself (thousands of managers).
  const rows = await queryRows<Raw>(
    db,
    options.scope.kind === 'org'
      ? // The organisation reads the job's rollup, one row per metric, cycle, group and bucket
        // (nothing left to sum); a subtree sums its grain rows.
        sql`SELECT metric_id, ${column} AS key, bucket, people, total, total_squares AS squares
              FROM ${tableOf[options.half]}
             WHERE organization_id = ${options.organizationId} AND rollup = ${options.rowsBy}
               AND metric_id IN (${metrics}) AND ${cycle}`
      : sql`SELECT metric_id, ${column} AS key, bucket,
                   sum(people) AS people, sum(total) AS total, sum(total_squares) AS squares
              FROM ${tableOf[options.half]}
             WHERE organization_id = ${options.organizationId}
               AND rollup = 'grain' AND chain @> ARRAY[${options.scope.managerId}::uuid]
               AND metric_id IN (${metrics}) AND ${cycle}
             GROUP BY metric_id, ${column}, bucket`,
  );
  for (const [metric, byKey] of groupRows(rows))
    result.set(
      metric,
      [...byKey].map(([key, sums]) => ({ key, sums })),
    );
  return result;
}

/** Flat rows (one per metric, group and bucket) as each metric's groups' bucket sums. */
function groupRows(rows: Raw[]) {
  const groups = new Map<GrainMetric, Map<string | null, BucketSums>>();
  for (const row of rows) {
    const byKey = groups.get(row.metric_id) ?? new Map<string | null, BucketSums>();
    groups.set(row.metric_id, byKey);
    const sums = byKey.get(row.key) ?? {};
    byKey.set(row.key, sums);
    // Added, not assigned: a group's bucket met twice (a cycle's row and a cycle-less one) sums.
    const current = sums[row.bucket];
    const people = Number(row.people);
    const total = Number(row.total);
    const squares = Number(row.squares);
    sums[row.bucket] = current
      ? { people: current.people + people, total: current.total + total, squares: current.squares + squares }
      : { people, total, squares };
  }
  return groups;
}

/**
 * The organisation's groups of a by-manager metric whose page lists only its largest groups (by
 * the population bucket, `limit` of them): every manager's size, which is all the ordering and the
 * suppression need, with full sums only for the managers that may be listed (every one at least as
 * large as the `limit`-th, ties included), and the scope's sums for the total row. Three
 * statements over the job's rollup instead of every manager's every bucket.
 */
export async function readLargestGroups(
  db: Db,
  options: {
    half: AnalyticsHalf;
    organizationId: string;
    metric: GrainMetric;
    population: GrainBucket;
    cycleId: string | null;
    limit: number;
  },
): Promise<{ groups: GroupSums[]; scope: BucketSums }> {
  const table = tableOf[options.half];
  const cycle = options.cycleId
    ? sql`(cycle_id = ${options.cycleId} OR cycle_id IS NULL)`
    : sql`cycle_id IS NULL`;
  const where = sql`organization_id = ${options.organizationId} AND rollup = 'manager'
    AND metric_id = ${options.metric} AND ${cycle}`;
  const sizes = await queryRows<{ key: string | null; size: number | string }>(
    db,
    sql`SELECT manager_id AS key, coalesce(sum(people) FILTER (WHERE bucket = ${options.population}), 0) AS size
          FROM ${table} WHERE ${where} GROUP BY manager_id`,
  );
  // The whole organisation's sums: those of its departments (a few rows), the same grain rows.
  const scopeRows = await queryRows<Omit<Raw, 'key'>>(
    db,
    sql`SELECT metric_id, bucket, sum(people) AS people, sum(total) AS total, sum(total_squares) AS squares
          FROM ${table}
         WHERE organization_id = ${options.organizationId} AND rollup = 'department'
           AND metric_id = ${options.metric} AND ${cycle}
         GROUP BY metric_id, bucket`,
  );
  const scope =
    groupRows(scopeRows.map((row) => ({ ...row, key: null })))
      .get(options.metric)
      ?.get(null) ?? {};
  const ordered = sizes.map((row) => Number(row.size)).sort((a, b) => b - a);
  const cut = ordered.length > options.limit ? ordered[options.limit - 1]! : Number.NEGATIVE_INFINITY;
  const listable = sizes.filter((row) => Number(row.size) >= cut);
  const ids = listable.flatMap((row) => (row.key === null ? [] : [sql`${row.key}::uuid`]));
  const none = listable.some((row) => row.key === null);
  const full =
    listable.length === 0
      ? new Map<string | null, BucketSums>()
      : (groupRows(
          await queryRows<Raw>(
            db,
            sql`SELECT metric_id, manager_id AS key, bucket, people, total, total_squares AS squares
                  FROM ${table} WHERE ${where}
                   AND (${ids.length > 0 ? sql`manager_id IN (${sql.join(ids, sql`, `)})` : sql`false`}
                        ${none ? sql`OR manager_id IS NULL` : sql``})`,
          ),
        ).get(options.metric) ?? new Map<string | null, BucketSums>());
  const groups = sizes.map(({ key, size }): GroupSums => {
    const people = Number(size);
    // A group that cannot be listed carries its size only: its cells are never shown.
    return {
      key,
      sums: full.get(key) ?? (people > 0 ? { [options.population]: { people, total: 0, squares: 0 } } : {}),
    };
  });
  return { groups, scope };
}
