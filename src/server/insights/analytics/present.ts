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

/**
 * A metric's table as it may leave the server: each group (row) of fewer than 5 people withheld,
 * with complementary suppression among the rows (`suppressGroups`) so that no withheld row follows
 * from the total by subtraction; the total withheld when the whole scope is under 5. Cells of a
 * withheld row carry only the reason. The CSV is written from this same result.
 */
export function presentMetric(
  definition: MetricDefinition,
  unordered: readonly GroupSums[],
  options: PresentOptions,
): AnalyticsMetricResult {
  const columns = definition.columns(options.cycle);
  // A fixed order before suppression: of two equal siblings the same one is withheld on every read
  // (page and CSV), whatever order the database returned them in.
  const groups = [...unordered].sort((a, b) => (a.key ?? '~').localeCompare(b.key ?? '~'));
  const scope = options.scope ?? groups.reduce<BucketSums>((sums, group) => addSums(sums, group.sums), {});
  const sizeOf = (sums: BucketSums) => bucket(sums, definition.population).people;
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

  const cellsOf = (sums: BucketSums, withheld: AnalyticsCell | null): Record<string, AnalyticsCell> =>
    Object.fromEntries(
      columns.map((column) => {
        if (withheld) return [column.key, withheld];
        const n = sizeOf(sums);
        const value = n > 0 ? column.value(sums, { scope }) : null;
        const cell: AnalyticsCell = value === null ? { state: 'no_data' } : { state: 'shown', value, n };
        return [column.key, cell];
      }),
    );

  const rows = groups.map((group, index): AnalyticsRow & { size: number; rank: number } => {
    const reason = reasons[index];
    const name = group.key === null ? null : options.names.get(group.key);
    const cells = cellsOf(group.sums, reason ? { state: reason } : null);
    const rankCell = definition.rankBy ? cells[definition.rankBy] : undefined;
    return {
      key: group.key ?? 'none',
      label: group.key === null ? noneLabel[definition.rowsBy] : (name ?? 'Removed'),
      translate: group.key === null,
      cells,
      size: sizes[index]!,
      rank: rankCell?.state === 'shown' ? Math.abs(rankCell.value) : -1,
    };
  });
  const totalSize = sizeOf(scope);
  const total: AnalyticsRow | null =
    totalSize === 0
      ? null
      : {
          key: 'total',
          label: 'All',
          translate: true,
          cells: cellsOf(
            scope,
            totalSize < MIN_GROUP
              ? { state: 'below_threshold' }
              : smallRemainder('total', totalSize)
                ? { state: 'complementary' }
                : null,
          ),
        };

  // Departments read best by name; managers' rows (possibly thousands) by size or by how far off they are.
  if (definition.rowsBy === 'department') rows.sort((a, b) => a.label.localeCompare(b.label));
  else if (definition.rankBy) rows.sort((a, b) => b.rank - a.rank || b.size - a.size);
  else rows.sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
  const limit = options.listAll ? rows.length : (definition.maxRows ?? rows.length);
  const listed = rows.slice(0, limit).map(({ size: _size, rank: _rank, ...row }) => row);

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
    rows: listed,
    omittedRows: rows.length - listed.length,
    total,
    guideline,
  };
}

/** Gives listed rows their names (data, not translated) once they are known. */
export function nameRows(result: AnalyticsMetricResult, names: ReadonlyMap<string, string>) {
  for (const row of result.rows) {
    const name = row.translate ? undefined : names.get(row.key);
    if (name !== undefined) row.label = name;
  }
}
