import { sql } from 'drizzle-orm';
import { rollUpClosedRounds } from '../../growth/surveys/readApi';
import { organizationTimeZone, todayIn } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { enqueueJob } from '../../platform/jobs/queue';
import { registerJobHandler } from '../../platform/jobs/registry';
import { HOUR, type Job, type JobHandler } from '../../platform/jobs/types';
import { catalogue } from './catalogue';
import { writeNextGrain } from './next/snapshot';
import { writeNowListings } from './now/listings';
import { writeNowCycleGrain, writeNowWindowGrain } from './now/snapshot';

/** The grain metrics some catalogue metric reads by manager. */
const managerGrainMetrics = [
  ...new Set(catalogue.filter((metric) => metric.rowsBy === 'manager').map((metric) => metric.grainMetric)),
];

/** The window of turnover and promotions: the 12 months up to today. */
export const WINDOW_MONTHS = 12;

/** `date` minus whole months, clamped to the month's last day (29 Feb − 12 months = 28 Feb). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * Recomputes both halves of an organisation's analytics snapshot in one transaction: readers see
 * the old snapshot until the new one commits, never a half-written one. An advisory lock per
 * organisation keeps two refreshes (the schedule and HR's "refresh now") from interleaving.
 */
export async function refreshAnalytics(
  db: Db,
  options: { organizationId: string; now?: Date },
): Promise<{ asOfDate: string }> {
  const { organizationId } = options;
  const timeZone = await organizationTimeZone(db, organizationId);
  const today = todayIn(timeZone, options.now);
  const windowFrom = monthsBefore(today, WINDOW_MONTHS);
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`analytics:${organizationId}`}))`);
    await tx.execute(sql`DELETE FROM analytics_now_snapshots WHERE organization_id = ${organizationId}`);
    await tx.execute(sql`DELETE FROM analytics_next_snapshots WHERE organization_id = ${organizationId}`);
    await tx.execute(sql`DELETE FROM analytics_now_listings WHERE organization_id = ${organizationId}`);
    const input = { organizationId, timeZone, today, windowFrom };
    await writeNowCycleGrain(tx, input);
    await writeNowWindowGrain(tx, input);
    await writeNextGrain(tx, input);
    await writeRollups(tx, organizationId);
    // The organisation's long by-manager tables, ranked once per snapshot rather than per request.
    await writeNowListings(tx, input);
    await tx.execute(sql`
      INSERT INTO analytics_snapshot_runs (organization_id, half, computed_at, as_of_date, window_from, people)
      SELECT ${organizationId}, half, ${options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`}, ${today}::date, ${windowFrom}::date,
             (SELECT count(*) FROM people WHERE organization_id = ${organizationId})
        FROM (VALUES ('now'), ('next')) AS h(half)
      ON CONFLICT (organization_id, half) DO UPDATE
        SET computed_at = excluded.computed_at, as_of_date = excluded.as_of_date,
            window_from = excluded.window_from, people = excluded.people`);
  });
  // Closed pulse rounds get their totals here too, so the engagement trend's first reader does not pay for them.
  await rollUpClosedRounds(db, { organizationId });
  // Each refresh rewrites the organisation's grain whole: fresh statistics keep the page's
  // aggregation a hash over the read index instead of a sort spilling to disk.
  await db.execute(sql`ANALYZE analytics_now_snapshots, analytics_next_snapshots`);
  return { asOfDate: today };
}

/**
 * The organisation's sums by department (every metric) and by manager (the metrics read by
 * manager), from the grain just written: the organisation's page then reads these instead of
 * summing every grain row on each request.
 */
async function writeRollups(tx: Db, organizationId: string) {
  for (const table of [sql.raw('analytics_now_snapshots'), sql.raw('analytics_next_snapshots')]) {
    await tx.execute(sql`
      INSERT INTO ${table}
        (organization_id, rollup, metric_id, cycle_id, department_id, manager_id, chain, bucket, people, total, total_squares)
      SELECT organization_id, 'department', metric_id, cycle_id, department_id, NULL, ARRAY[]::uuid[], bucket,
             sum(people), sum(total), sum(total_squares)
        FROM ${table} WHERE organization_id = ${organizationId} AND rollup = 'grain'
       GROUP BY organization_id, metric_id, cycle_id, department_id, bucket
      UNION ALL
      SELECT organization_id, 'manager', metric_id, cycle_id, NULL, manager_id, ARRAY[]::uuid[], bucket,
             sum(people), sum(total), sum(total_squares)
        FROM ${table}
       WHERE organization_id = ${organizationId} AND rollup = 'grain'
         AND metric_id IN (${sql.join(
           managerGrainMetrics.map((metric) => sql`${metric}`),
           sql`, `,
         )})
       GROUP BY organization_id, metric_id, cycle_id, manager_id, bucket`);
  }
}

/** HR's "refresh now" (POST /api/insights/analytics/refresh), run by the queue. */
export const analyticsRefreshHandler: JobHandler = {
  name: 'analytics-refresh',
  maxAttempts: 3,
  async run({ db, organizationId }) {
    if (!organizationId) return undefined;
    const { asOfDate } = await refreshAnalytics(db, { organizationId });
    return `analytics snapshot as of ${asOfDate}`;
  },
};
registerJobHandler(analyticsRefreshHandler);

/** The schedule: every organisation's snapshot is recomputed every six hours. */
export const analyticsSnapshotJob: Job = {
  name: 'analytics-snapshot',
  everyMs: 6 * HOUR,
  perOrganization: true,
  async run({ db, organizationId }) {
    if (!organizationId) return undefined;
    const { asOfDate } = await refreshAnalytics(db, { organizationId });
    return `analytics snapshot as of ${asOfDate}`;
  },
};

const refreshJobNames = [analyticsRefreshHandler.name, analyticsSnapshotJob.name];

/** The organisation's queued or running refresh, if any. */
export async function pendingRefresh(db: Db, organizationId: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM job_queue
         WHERE organization_id = ${organizationId} AND state IN ('queued', 'running')
           AND name IN (${sql.join(
             refreshJobNames.map((name) => sql`${name}`),
             sql`, `,
           )})
         ORDER BY created_at LIMIT 1`,
  );
  return row?.id ?? null;
}

/**
 * Queues a refresh unless one is already waiting or running (then that one answers): pressing the
 * button twice never runs two.
 */
export async function requestRefresh(db: Db, organizationId: string): Promise<string> {
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`analytics-request:${organizationId}`}))`);
    const pending = await pendingRefresh(tx, organizationId);
    if (pending) return pending;
    const id = await enqueueJob(tx, { name: analyticsRefreshHandler.name, organizationId, maxAttempts: 3 });
    return id!;
  });
}
