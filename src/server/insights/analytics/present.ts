import type {
  AnalyticsCell,
  AnalyticsMetricResult,
  AnalyticsPointInTime,
  AnalyticsRow,
} from '../../../contracts/analytics';
import { suppressGroups } from '../../platform/aggregates/suppression';
import {
  addSums,
  type BucketSums,
  bucket,
  type ColumnDefinition,
  type CycleFacts,
  type MetricDefinition,
  MIN_GROUP,
} from './definition';
import type { GroupSums } from './read';

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** "3 March 2026" from "2026-03-03". */
export const spelledDate = (isoDate: string) => longDate.format(new Date(`${isoDate}T00:00:00Z`));

/** The statement each chart carries about whose department and manager it groups by (item 2). */
export function pointInTimeOf(
  basis: AnalyticsPointInTime['basis'],
  days: { launchedOn: string | null; asOfDate: string; windowFrom: string },
): AnalyticsPointInTime | null {
  if (basis === 'cycle_launch') {
    if (!days.launchedOn) return null;
    return {
      basis,
      date: days.launchedOn,
      from: null,
      sentence: `Department and manager as of ${spelledDate(days.launchedOn)}, the cycle's launch.`,
    };
  }
  if (basis === 'snapshot')
    return {
      basis,
      date: days.asOfDate,
      from: null,
      sentence: `Department and manager as of ${spelledDate(days.asOfDate)}, the snapshot's day.`,
    };
  return {
    basis,
    date: days.asOfDate,
    from: days.windowFrom,
    sentence: `Managers as of each person's last day between ${spelledDate(days.windowFrom)} and ${spelledDate(days.asOfDate)}; departments as recorded on ${spelledDate(days.asOfDate)}.`,
  };
}

export interface PresentOptions {
  /**
   * Names of the departments or managers the rows are about. Manager rows are ordered without their
   * names, so a caller may name only the rows listed (`nameRows`) instead of every manager.
   */
  names: ReadonlyMap<string, string>;
  cycle: CycleFacts | null;
  pointInTime: AnalyticsPointInTime | null;
  /** Guideline share per rating (index 0 = rating 1), for rating distributions. */
  guideline: number[] | null;
  /** The CSV lists every row; the page lists up to the metric's `maxRows`. */
  listAll: boolean;
  /**
   * The same metric for the whole organisation, when the caller may read both it and this scope
   * (an HR admin reading their own subtree): a group whose organisation-wide figure differs from
   * this one by fewer than 5 people would give those people away by subtraction, so it is withheld.
   */
  organisation?: readonly GroupSums[];
  /**
   * The scope's sums, when the groups beyond those that may be listed carry only their size
   * (`readLargestGroups`); otherwise the sum of the groups.
   */
  scope?: BucketSums;
}

const noneLabel = { department: 'No department', manager: 'No manager' } as const;

/** Why a group (or the total) is withheld, or null when its cells are shown. */
export type WithheldReason = 'below_threshold' | 'complementary' | null;

/** A group in the place the table lists it, with its reason if withheld. */
export interface RankedGroup {
  key: string | null;
  sums: BucketSums;
  reason: WithheldReason;
}

/**
 * A metric's table before it is cut to the rows a page lists: every group in the page's order,
 * each with its reason if withheld, and the total (the scope's sums). The snapshot job keeps the
 * organisation's first rows of a long by-manager table (`now/listings.ts`) so the page need not
 * rank thousands of managers on each request.
 */
export interface RankedTable {
  groups: RankedGroup[];
  total: { sums: BucketSums; reason: WithheldReason };
}

/** The rows a page lists of a ranked table, the number left out, and the total. */
export interface ListedTable {
  listed: readonly RankedGroup[];
  omittedRows: number;
  total: RankedTable['total'];
}

const rowSize = (definition: MetricDefinition, sums: BucketSums) =>
  bucket(sums, definition.population).people;

/** A column's cell of a group: withheld, no data (nobody to count, nothing to divide by) or shown. */
function cellOf(
  definition: MetricDefinition,
  column: ColumnDefinition,
  sums: BucketSums,
  scope: BucketSums,
  reason: WithheldReason,
): AnalyticsCell {
  if (reason) return { state: reason };
  const n = rowSize(definition, sums);
  const value = n > 0 ? column.value(sums, { scope }) : null;
  return value === null ? { state: 'no_data' } : { state: 'shown', value, n };
}

const labelOf = (definition: MetricDefinition, key: string | null, names: ReadonlyMap<string, string>) =>
  key === null ? noneLabel[definition.rowsBy] : (names.get(key) ?? 'Removed');

/**
 * Suppresses and orders a metric's groups: each group (row) of fewer than 5 people withheld, with
 * complementary suppression among the rows (`suppressGroups`) so that no withheld row follows from
 * the total by subtraction; the total withheld when the whole scope is under 5. Departments are
 * ordered by name, managers by how far off they are (`rankBy`) or by size.
 */
export function rankGroups(
  definition: MetricDefinition,
  unordered: readonly GroupSums[],
  options: Pick<PresentOptions, 'names' | 'cycle' | 'organisation' | 'scope'>,
): RankedTable {
  // A fixed order before suppression: of two equal siblings the same one is withheld on every read
  // (page and CSV), whatever order the database returned them in.
  const groups = [...unordered].sort((a, b) => (a.key ?? '~').localeCompare(b.key ?? '~'));
  const scope = options.scope ?? groups.reduce<BucketSums>((sums, group) => addSums(sums, group.sums), {});
  const sizeOf = (sums: BucketSums) => rowSize(definition, sums);
  const sizes = groups.map((group) => sizeOf(group.sums));
  const organisationSize = new Map(
    (options.organisation ?? []).map((group) => [group.key, sizeOf(group.sums)] as const),
  );
  const smallRemainder = (key: string | null | 'total', size: number) => {
    if (!options.organisation) return false;
    const whole =
      key === 'total'
        ? (options.organisation ?? []).reduce((sum, group) => sum + sizeOf(group.sums), 0)
        : (organisationSize.get(key) ?? 0);
    return whole - size > 0 && whole - size < MIN_GROUP;
  };
  const forced = groups.map((group, index) => smallRemainder(group.key, sizes[index]!));
  // A forced row enters the sibling suppression as a small group (hiding at least as much as its
  // real size would), and is then marked complementary: it is not small itself.
  const { reasons: suppressed } = suppressGroups(
    sizes.map((size, index) => (forced[index] ? Math.min(size, 1) : size)),
    MIN_GROUP,
  );
  const reasons = suppressed.map((reason, index) =>
    forced[index] && sizes[index]! >= MIN_GROUP ? ('complementary' as const) : reason,
  );

  const rankColumn = definition.rankBy
    ? definition.columns(options.cycle).find((column) => column.key === definition.rankBy)
    : undefined;
  const rows = groups.map((group, index) => {
    const reason = reasons[index] ?? null;
    const rankCell = rankColumn ? cellOf(definition, rankColumn, group.sums, scope, reason) : undefined;
    return {
      group: { key: group.key, sums: group.sums, reason },
      label: labelOf(definition, group.key, options.names),
      key: group.key ?? 'none',
      size: sizes[index]!,
      rank: rankCell?.state === 'shown' ? Math.abs(rankCell.value) : -1,
    };
  });
  const totalSize = sizeOf(scope);
  const totalReason: WithheldReason =
    totalSize < MIN_GROUP ? 'below_threshold' : smallRemainder('total', totalSize) ? 'complementary' : null;

  // Departments read best by name; managers' rows (possibly thousands) by size or by how far off they are.
  if (definition.rowsBy === 'department') rows.sort((a, b) => a.label.localeCompare(b.label));
  else if (definition.rankBy) rows.sort((a, b) => b.rank - a.rank || b.size - a.size);
  else rows.sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
  return { groups: rows.map((row) => row.group), total: { sums: scope, reason: totalReason } };
}

/**
 * The rows a table lists, as they may leave the server: cells of a withheld row carry only the
 * reason; `omittedRows` counts the ranked rows left out (the page lists up to `maxRows`).
 */
export function renderMetric(
  definition: MetricDefinition,
  table: ListedTable,
  options: Pick<PresentOptions, 'names' | 'cycle' | 'pointInTime' | 'guideline'>,
): AnalyticsMetricResult {
  const columns = definition.columns(options.cycle);
  const scope = table.total.sums;
  const cellsOf = (sums: BucketSums, reason: WithheldReason): Record<string, AnalyticsCell> =>
    Object.fromEntries(
      columns.map((column) => [column.key, cellOf(definition, column, sums, scope, reason)]),
    );
  const rows = table.listed.map(
    (group): AnalyticsRow => ({
      key: group.key ?? 'none',
      label: labelOf(definition, group.key, options.names),
      translate: group.key === null,
      cells: cellsOf(group.sums, group.reason),
    }),
  );
  const total: AnalyticsRow | null =
    rowSize(definition, scope) === 0
      ? null
      : { key: 'total', label: 'All in scope', translate: true, cells: cellsOf(scope, table.total.reason) };

  const guideline =
    options.guideline && definition.grainMetric === 'rating_distribution'
      ? Object.fromEntries(
          columns
            .map((column, index) => [column.key, options.guideline![index]] as const)
            .filter((entry): entry is readonly [string, number] => typeof entry[1] === 'number'),
        )
      : null;

  return {
    id: definition.id,
    half: definition.half,
    title: definition.title,
    dataClass: definition.dataClass,
    formula: definition.formula,
    grain: definition.grain,
    minGroupSize: MIN_GROUP,
    unit: definition.unit,
    chart: definition.chart,
    audience: definition.audience,
    pointInTime: options.pointInTime,
    columns: columns.map(({ key, label, translate, unit }) => ({ key, label, translate, unit })),
    rows,
    omittedRows: table.omittedRows,
    total,
    guideline,
  };
}

/**
 * A metric's table as it may leave the server (`rankGroups`, then `renderMetric` of the rows the
 * page lists, or of every row for the CSV). The CSV is written from this same result.
 */
export function presentMetric(
  definition: MetricDefinition,
  unordered: readonly GroupSums[],
  options: PresentOptions,
): AnalyticsMetricResult {
  const { groups, total } = rankGroups(definition, unordered, options);
  const listed = options.listAll ? groups : groups.slice(0, definition.maxRows ?? groups.length);
  return renderMetric(definition, { listed, omittedRows: groups.length - listed.length, total }, options);
}

/** Gives listed rows their names (data, not translated) once they are known. */
export function nameRows(result: AnalyticsMetricResult, names: ReadonlyMap<string, string>) {
  for (const row of result.rows) {
    const name = row.translate ? undefined : names.get(row.key);
    if (name !== undefined) row.label = name;
  }
}
