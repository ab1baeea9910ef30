import { sql } from 'drizzle-orm';
import type {
  AnalyticsHalf,
  AnalyticsMetricId,
  AnalyticsMetricResult,
  AnalyticsPage,
  AnalyticsScope,
} from '../../../contracts/analytics';
import type { Actor } from '../../platform/auth/actor';
import { organizationTimeZone } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { type AnalyticsViewer, maySee, resolveScope } from './access';
import { metricById, metricsOf } from './catalogue';
import type { BucketSums, MetricDefinition } from './definition';
import type { GrainMetric } from './grain';
import { engagementResults } from './next/engagement';
import { type SnapshotCycle, snapshotCycles } from './now/cycles';
import { readNowListings } from './now/listings';
import { nameRows, pointInTimeOf, presentMetric, renderMetric } from './present';
import { type GroupSums, readGroups, readLargestGroups, type ScopeFilter } from './read';
import { pendingRefresh, refreshAnalytics } from './refresh';

export interface AnalyticsRequest {
  half: AnalyticsHalf;
  scope?: AnalyticsScope;
  cycleId?: string;
  /** One metric only (the CSV), listing all its rows. */
  metricId?: AnalyticsMetricId;
}

interface Run {
  computed_at: string;
  as_of_date: string;
  window_from: string;
}

const loadRun = async (db: Db, organizationId: string, half: AnalyticsHalf) =>
  (
    await queryRows<Run>(
      db,
      sql`SELECT computed_at::text AS computed_at, as_of_date::text AS as_of_date, window_from::text AS window_from
            FROM analytics_snapshot_runs WHERE organization_id = ${organizationId} AND half = ${half}`,
    )
  )[0] ?? null;

async function namesOf(db: Db, organizationId: string, table: 'departments' | 'people', ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const name = table === 'departments' ? sql`name` : sql`given_name || ' ' || family_name`;
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, ${name} AS name FROM ${sql.raw(table)}
         WHERE organization_id = ${organizationId}
           AND id IN (${sql.join(
             ids.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})`,
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The cycle a page opens on: the latest one with calibrated ratings in the snapshot (a cycle still
 * in its self-review phase has no distribution to show yet), else the latest launched.
 */
async function defaultCycle(db: Db, organizationId: string, cycles: SnapshotCycle[]) {
  if (cycles.length === 0) return null;
  const rated = await queryRows<{ cycle_id: string }>(
    db,
    sql`SELECT DISTINCT cycle_id FROM analytics_now_snapshots
         WHERE organization_id = ${organizationId} AND rollup = 'department' AND metric_id = 'rating_distribution'`,
  );
  const withRatings = new Set(rated.map((row) => row.cycle_id));
  return cycles.find((cycle) => withRatings.has(cycle.id)) ?? cycles[0]!;
}

const grainMetricsOf = (metrics: MetricDefinition[], rowsBy: 'department' | 'manager') => [
  ...new Set(metrics.filter((m) => m.rowsBy === rowsBy).map((m) => m.grainMetric)),
];

/**
 * One half's page (or one metric of it, for the CSV), answered from the snapshot: the scope is
 * checked, the grain rows in scope are summed by department and by manager (two statements), the
 * groups are named and every table is suppressed. The very first request of an organisation
 * computes its snapshot, so a fresh installation never shows an empty page.
 */
export async function buildAnalytics(
  db: Db,
  actor: Actor,
  viewer: AnalyticsViewer,
  request: AnalyticsRequest,
): Promise<AnalyticsPage> {
  const { half } = request;
  const organizationId = actor.organizationId;
  const { scope, filter } = resolveScope(viewer, request.scope);
  let run = await loadRun(db, organizationId, half);
  if (!run) {
    await refreshAnalytics(db, { organizationId });
    run = (await loadRun(db, organizationId, half))!;
  }
  const timeZone = await organizationTimeZone(db, organizationId);
  const cycles: SnapshotCycle[] = half === 'now' ? await snapshotCycles(db, organizationId, timeZone) : [];
  let cycle: SnapshotCycle | null = await defaultCycle(db, organizationId, cycles);
  if (request.cycleId && half === 'now') {
    cycle = cycles.find((candidate) => candidate.id === request.cycleId) ?? null;
    if (!cycle) throw notFound('That cycle');
  }
  const metrics = metricsOf(half).filter(
    (metric) => maySee(viewer, metric) && (!request.metricId || metric.id === request.metricId),
  );
  // The organisation's by-manager tables of a cycle as the snapshot job ranked them: the page reads
  // the rows it lists (`now/listings.ts`) instead of ranking every manager on each request.
  const listings =
    half === 'now' && filter.kind === 'org' && !request.metricId && cycle
      ? await readNowListings(db, { organizationId, cycleId: cycle.id, metrics })
      : new Map<never, never>();
  // Without a listing (a snapshot older than listings), a by-manager table ordered by size reads
  // every manager's size and the listed managers' sums, not every manager's sums.
  const largestOnly = (metric: MetricDefinition) =>
    filter.kind === 'org' &&
    !request.metricId &&
    metric.rowsBy === 'manager' &&
    metric.maxRows !== undefined &&
    !metric.rankBy &&
    !listings.has(metric.id);
  const read = (
    rowsBy: 'department' | 'manager',
    scope: ScopeFilter = filter,
    of: MetricDefinition[] = metrics,
  ) =>
    readGroups(db, {
      half,
      organizationId,
      metrics: grainMetricsOf(of, rowsBy),
      cycleId: cycle?.id ?? null,
      rowsBy,
      scope,
    });
  const byDepartment = await read('department');
  const byManager = await read(
    'manager',
    filter,
    metrics.filter((metric) => !largestOnly(metric) && !listings.has(metric.id)),
  );
  const largest = new Map<AnalyticsMetricId, { groups: GroupSums[]; scope: BucketSums }>();
  for (const metric of metrics.filter(largestOnly))
    largest.set(
      metric.id,
      await readLargestGroups(db, {
        half,
        organizationId,
        metric: metric.grainMetric,
        population: metric.population,
        cycleId: cycle?.id ?? null,
        limit: metric.maxRows!,
      }),
    );
  // An HR admin reading their own subtree could subtract it from the organisation's figures.
  const organisation =
    viewer.hr && filter.kind === 'subtree'
      ? {
          department: await read('department', { kind: 'org' }),
          manager: await read('manager', { kind: 'org' }),
        }
      : null;
  const keys = (groups: Map<GrainMetric, GroupSums[]>) => [
    ...new Set([...groups.values()].flat().flatMap((group) => (group.key ? [group.key] : []))),
  ];
  const departmentNames = await namesOf(db, organizationId, 'departments', keys(byDepartment));

  const days = { asOfDate: run.as_of_date, windowFrom: run.window_from };
  const results: AnalyticsMetricResult[] = metrics.map((metric) => {
    const cycleBased = metric.basis === 'cycle_launch';
    const listing = listings.get(metric.id);
    if (listing)
      return renderMetric(metric, listing, {
        names: new Map(),
        cycle,
        pointInTime: pointInTimeOf(metric.basis, { ...days, launchedOn: cycle?.launchedOn ?? null }),
        guideline: cycle?.guideline ?? null,
      });
    const sized = cycleBased && !cycle ? undefined : largest.get(metric.id);
    const groups =
      sized?.groups ??
      (metric.rowsBy === 'department' ? byDepartment : byManager).get(metric.grainMetric) ??
      [];
    return presentMetric(metric, cycleBased && !cycle ? [] : groups, {
      ...(sized ? { scope: sized.scope } : {}),
      names: metric.rowsBy === 'department' ? departmentNames : new Map(),
      cycle,
      pointInTime: pointInTimeOf(metric.basis, { ...days, launchedOn: cycle?.launchedOn ?? null }),
      guideline: cycle?.guideline ?? null,
      listAll: Boolean(request.metricId),
      ...(organisation
        ? {
            organisation:
              cycleBased && !cycle ? [] : (organisation[metric.rowsBy].get(metric.grainMetric) ?? []),
          }
        : {}),
    });
  });

  // Managers are named only where listed: a page names at most 100 of them, not every manager.
  const byManagerResults = results.filter((result) => metricById(result.id)?.rowsBy === 'manager');
  const listed = [...new Set(byManagerResults.flatMap((result) => result.rows.map((row) => row.key)))];
  const managerNames = await namesOf(
    db,
    organizationId,
    'people',
    listed.filter((key) => key !== 'none'),
  );
  for (const result of byManagerResults) nameRows(result, managerNames);
  // The engagement trends come from the surveys' rounds, not from the snapshot.
  if (half === 'next')
    results.push(
      ...(await engagementResults(db, { organizationId, viewer, filter, metricId: request.metricId })),
    );

  return {
    half,
    scope,
    asOf: new Date(run.computed_at).toISOString(),
    refreshing: (await pendingRefresh(db, organizationId)) !== null,
    canRefresh: viewer.hr,
    cycles: cycles.map(({ id, name, launchedOn }) => ({ id, name, launchedOn })),
    cycleId: cycle?.id ?? null,
    metrics: results,
  };
}
