import type { AnalyticsCell, AnalyticsMetricResult, AnalyticsRow } from '../../../contracts/analytics';
import type { ExportColumn } from '../../platform/export/table';

type CsvRow = Record<string, string | number>;

/** How a withheld or empty cell reads in a spreadsheet: the reason, never a number. */
const cellText: Record<Exclude<AnalyticsCell['state'], 'shown'>, string> = {
  below_threshold: 'below threshold',
  complementary: 'withheld (complementary)',
  no_data: 'no data',
};

const unitSuffix = { percent: ' (%)', count: '', score: '', rating: '', ratio: '' } as const;

const textOf = (cell: AnalyticsCell | undefined): string | number =>
  !cell ? cellText.no_data : cell.state === 'shown' ? cell.value : cellText[cell.state];

/** The row's group size: shown only when its cells are (a withheld row says why instead). */
function groupSize(row: AnalyticsRow): string | number {
  const cells = Object.values(row.cells);
  const shown = cells.find((cell) => cell.state === 'shown');
  if (shown?.state === 'shown') return shown.n;
  const withheld = cells.find((cell) => cell.state === 'below_threshold' || cell.state === 'complementary');
  return withheld ? textOf(withheld) : '';
}

/**
 * A metric's CSV, written from the very result the page shows (issue 14 item 3): the same
 * suppressed cells, withheld ones as text ("below threshold"), every row (the page lists up to 100),
 * the total, then the guideline curve where there is one; on each line the point-in-time statement
 * and the snapshot's time.
 */
export function metricTable(result: AnalyticsMetricResult, asOf: string | null) {
  const columns: ExportColumn<CsvRow>[] = [
    { key: 'group', header: 'Group' },
    ...result.columns.map((column) => ({
      key: `c_${column.key}`,
      header: `${column.label}${unitSuffix[column.unit]}`,
      numeric: true,
    })),
    { key: 'people', header: 'People', numeric: true },
    { key: 'grouping', header: 'Grouping' },
    { key: 'asOf', header: 'Computed at' },
  ];
  const line = (row: AnalyticsRow): CsvRow => ({
    group: row.label,
    ...Object.fromEntries(result.columns.map((column) => [`c_${column.key}`, textOf(row.cells[column.key])])),
    people: groupSize(row),
    grouping: result.pointInTime?.sentence ?? '',
    asOf: asOf ?? '',
  });
  const rows = [...result.rows, ...(result.total ? [result.total] : [])].map(line);
  if (result.guideline)
    rows.push({
      group: 'Guideline',
      ...Object.fromEntries(
        result.columns.map((column) => [`c_${column.key}`, result.guideline?.[column.key] ?? '']),
      ),
      people: '',
      grouping: '',
      asOf: asOf ?? '',
    });
  return { columns, rows };
}
