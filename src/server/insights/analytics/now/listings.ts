import { sql } from 'drizzle-orm';
import type { AnalyticsMetricId } from '../../../../contracts/analytics';
import { type Db, queryRows } from '../../../platform/db/client';
import type { BucketSums, MetricDefinition } from '../definition';
import { type ListedTable, rankGroups, type WithheldReason } from '../present';
import { readGroups } from '../read';
import { analyticsNowListings } from '../tables';
import { snapshotCycles } from './cycles';
import { nowMetrics } from './metrics';

/**
 * The metrics whose organisation table the job lists ahead: by manager (a group per manager, so
 * thousands), capped on the page, per cycle. Ranking one means reading every manager's sums and
 * suppressing them all, which depends on the snapshot only — so it is done once per snapshot.
 */
export const listedAhead = (metric: MetricDefinition) =>
  metric.half === 'now' &&
  metric.rowsBy === 'manager' &&
  metric.maxRows !== undefined &&
  metric.basis === 'cycle_launch';

/**
 * Ranks the organisation's by-manager tables of every snapshot cycle and keeps the rows the page
 * lists (`analytics_now_listings`), from the rollup just written in the same transaction: the
 * full computation the CSV runs (`readGroups` of every manager, `rankGroups`), cut to `maxRows`.
 */
export async function writeNowListings(
  tx: Db,
  input: { organizationId: string; timeZone: string },
): Promise<void> {
  const { organizationId } = input;
  const metrics = nowMetrics.filter(listedAhead);
  for (const cycle of await snapshotCycles(tx, organizationId, input.timeZone)) {
    const byManager = await readGroups(tx, {
      half: 'now',
      organizationId,
      metrics: [...new Set(metrics.map((metric) => metric.grainMetric))],
      cycleId: cycle.id,
      rowsBy: 'manager',
      scope: { kind: 'org' },
    });
    for (const metric of metrics) {
      const { groups, total } = rankGroups(metric, byManager.get(metric.grainMetric) ?? [], {
        names: new Map(),
        cycle,
      });
      const row = (position: number, managerId: string | null, reason: WithheldReason, sums: BucketSums) => ({
        organizationId,
        metricId: metric.id as (typeof analyticsNowListings.$inferInsert)['metricId'],
        cycleId: cycle.id,
        position,
        managerId,
        reason,
        sums,
        groups: groups.length,
      });
      await tx
        .insert(analyticsNowListings)
        .values([
          row(0, null, total.reason, total.sums),
          ...groups
            .slice(0, metric.maxRows)
            .map((group, index) => row(index + 1, group.key, group.reason, group.sums)),
        ]);
    }
  }
}

interface Raw {
  metric_id: AnalyticsMetricId;
  position: number;
  manager_id: string | null;
  reason: WithheldReason;
  sums: BucketSums;
  groups: number;
}

/**
 * The listed rows of the organisation's by-manager tables for a cycle, as `renderMetric` takes
 * them: one statement of at most `maxRows + 1` rows a metric. A metric without a listing (a
 * snapshot written before listings were, a cycle launched since the snapshot) is not in the map,
 * and the caller ranks its groups itself.
 */
export async function readNowListings(
  db: Db,
  options: { organizationId: string; cycleId: string; metrics: MetricDefinition[] },
): Promise<Map<AnalyticsMetricId, ListedTable>> {
  const result = new Map<AnalyticsMetricId, ListedTable>();
  const metrics = options.metrics.filter(listedAhead);
  if (metrics.length === 0) return result;
  const rows = await queryRows<Raw>(
    db,
    sql`SELECT metric_id, position, manager_id, reason, sums, groups FROM analytics_now_listings
         WHERE organization_id = ${options.organizationId} AND cycle_id = ${options.cycleId}
           AND metric_id IN (${sql.join(
             metrics.map((metric) => sql`${metric.id}`),
             sql`, `,
           )})
         ORDER BY metric_id, position`,
  );
  for (const metric of metrics) {
    const own = rows.filter((row) => row.metric_id === metric.id);
    const [total, ...listed] = own;
    if (total?.position !== 0) continue;
    result.set(metric.id, {
      listed: listed.map((row) => ({ key: row.manager_id, sums: row.sums, reason: row.reason })),
      omittedRows: total.groups - listed.length,
      total: { sums: total.sums, reason: total.reason },
    });
  }
  return result;
}
