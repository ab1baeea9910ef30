import type { AnalyticsMetricId, AnalyticsMetricResult, AnalyticsScope } from '../../../contracts/analytics';
import type { Me } from '../../../contracts/auth';
import { isStacked, type MetricData, type MetricRow } from '../charts/metricView';

/**
 * Who may open the analytics and with which scopes, as the server decides it (contract
 * `analyticsScope`): HR admins see the organisation (and, if they manage, their own subtree);
 * managers see their subtree; anyone else has no analytics at all.
 */
export function analyticsAccess(me: Pick<Me, 'account' | 'isManager'>): {
  scopes: AnalyticsScope[];
  defaultScope: AnalyticsScope | null;
} {
  const hr = me.account.roles.includes('hr_admin');
  const scopes: AnalyticsScope[] = [];
  if (hr) scopes.push('org');
  if (me.isManager) scopes.push('subtree');
  return { scopes, defaultScope: scopes[0] ?? null };
}

/** The scope a page shows: the asked-for one when the viewer has it, else their default. */
export function effectiveScope(
  asked: AnalyticsScope | undefined,
  access: ReturnType<typeof analyticsAccess>,
): AnalyticsScope | null {
  return asked && access.scopes.includes(asked) ? asked : access.defaultScope;
}

/** A message lookup with the server's English as the fallback (`t(key, { defaultValue })`). */
export type Lookup = (key: string, fallback: string) => string;

/**
 * A metric of the analytics answer as the metric card takes it: fixed headings translated, names
 * (departments, managers, a scale's labels) as they are, the whole scope's row as the total, and a
 * rating guideline as a row to compare with.
 */
export function toMetricData(result: AnalyticsMetricResult, lookup: Lookup): MetricData {
  const heading = (kind: 'column' | 'row', h: { key: string; label: string; translate: boolean }) =>
    h.translate ? lookup(`analytics.${kind}.${h.key}`, h.label) : h.label;
  const row = (r: AnalyticsMetricResult['rows'][number]): MetricRow => ({
    key: r.key,
    label: heading('row', r),
    cells: r.cells,
  });
  const columns = result.columns.map((column) => ({
    key: column.key,
    label: heading('column', column),
    unit: column.unit,
  }));
  const reference: MetricRow | null = result.guideline
    ? {
        key: 'guideline',
        label: lookup('analytics.row.guideline', 'Guideline'),
        cells: Object.fromEntries(
          Object.entries(result.guideline).map(([key, value]) => [key, { state: 'shown', value, n: 0 }]),
        ),
      }
    : null;
  return {
    unit: result.unit,
    chart: result.chart,
    minGroupSize: result.minGroupSize,
    columns,
    rows: result.rows.map(row),
    total: result.total ? row(result.total) : null,
    omittedRows: result.omittedRows,
    reference,
    ...(fixedScaleOf[result.id] ? { scale: fixedScaleOf[result.id] } : {}),
    // A stack of parts must not also stack their sum.
    chartColumns:
      chartColumnsOf[result.id] ??
      columns
        .filter(
          (column) => column.unit === result.unit && !(isStacked(result.chart) && column.key === 'total'),
        )
        .map((column) => column.key),
  };
}

/** What the rows of a metric are, for the table's first column: managers, or departments. */
export function rowHeaderKey(id: AnalyticsMetricId): 'department' | 'manager' | 'round' {
  if (id === 'engagement_trend' || id === 'enps_trend') return 'round';
  return id === 'rating_distribution_manager' || id === 'manager_leniency' ? 'manager' : 'department';
}

/**
 * The columns a metric's chart draws when not simply all in its unit: manager leniency charts the
 * difference from everyone's mean (its z-score is on another scale, in the table); a trend draws its
 * figure, not the change beside it.
 */
const chartColumnsOf: Partial<Record<AnalyticsMetricId, string[]>> = {
  manager_leniency: ['difference'],
  engagement_trend: ['engagement'],
  enps_trend: ['enps'],
};

/** Figures with a fixed range are drawn on all of it: an engagement mean is 1–5, an eNPS −100..100. */
const fixedScaleOf: Partial<Record<AnalyticsMetricId, { min: number; max: number }>> = {
  engagement_trend: { min: 1, max: 5 },
  enps_trend: { min: -100, max: 100 },
};

/** Which "nothing here yet" sentence a metric without figures says (what to do to get some). */
export function emptyKey(
  id: AnalyticsMetricId,
): 'review' | 'ratings' | 'calibration' | 'leniency' | 'movement' | 'development' | 'engagement' {
  switch (id) {
    case 'review_completion':
      return 'review';
    case 'rating_distribution_department':
    case 'rating_distribution_manager':
    case 'high_performer_retention':
      return 'ratings';
    case 'calibration_change':
      return 'calibration';
    case 'manager_leniency':
      return 'leniency';
    case 'promotion_rate':
    case 'turnover':
      return 'movement';
    case 'engagement_trend':
    case 'enps_trend':
      return 'engagement';
    default:
      return 'development';
  }
}

/** The figures refresh in the background: poll while a refresh runs, quietly otherwise. */
export const refreshPollMs = (refreshing: boolean | undefined): number | false =>
  refreshing ? 2_000 : false;
