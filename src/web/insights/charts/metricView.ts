/**
 * What a metric card draws, worked out without React so it can be tested: a metric's rows and
 * columns become chart data (one bar group or line point per row, one series per column), and every
 * cell becomes the text its table shows. Suppressed cells carry no number anywhere — not in the
 * chart data, not in the table — and say why ("below threshold") apart from cells with no data.
 *
 * The shape is the analytics contract's (`src/contracts/analytics.ts`), kept structural here so the
 * pulse-survey reports can hand the same card their own figures.
 */

export type MetricUnit = 'percent' | 'count' | 'score' | 'rating' | 'ratio';
export type MetricChartKind = 'bar' | 'stackedBar' | 'line' | 'distribution';

export type MetricCell =
  | { state: 'shown'; value: number; n: number }
  | { state: 'below_threshold' }
  | { state: 'complementary' }
  | { state: 'no_data' };

export type CellState = MetricCell['state'];

export interface MetricColumn {
  key: string;
  label: string;
  /** The column's own unit when it differs from the metric's (a count beside a rate). */
  unit?: MetricUnit;
}

export interface MetricRow {
  key: string;
  label: string;
  cells: Record<string, MetricCell | undefined>;
}

export interface MetricData {
  unit: MetricUnit;
  chart: MetricChartKind;
  minGroupSize: number;
  columns: readonly MetricColumn[];
  rows: readonly MetricRow[];
  /** The whole scope's row, withheld like the others; shown last in the table, not charted. */
  total: MetricRow | null;
  /** A row to compare with (a rating guideline): charted first and listed in the table, without n. */
  reference?: MetricRow | null;
  /** Groups left off the chart and table (the largest are listed); the CSV has them all. */
  omittedRows?: number;
  /** The columns the chart draws (default: those in the metric's unit); the table shows all. */
  chartColumns?: readonly string[];
  /**
   * The value axis when the figure has a fixed range (an eNPS runs from −100 to 100): a change of
   * one point should not fill the chart. Default: from the figures.
   */
  scale?: { min: number; max: number };
}

/** A column's unit: its own, or the metric's. */
export const columnUnit = (metric: MetricData, column: MetricColumn): MetricUnit =>
  column.unit ?? metric.unit;

/** The columns a chart of the metric draws: figures on one scale only. */
export function chartedColumns(metric: MetricData): MetricColumn[] {
  if (metric.chartColumns) {
    const wanted = new Set(metric.chartColumns);
    return metric.columns.filter((column) => wanted.has(column.key));
  }
  return metric.columns.filter((column) => columnUnit(metric, column) === metric.unit);
}

/** A cell that is hidden to protect a small group (itself small, or one whose total would reveal one). */
export const isSuppressed = (cell: MetricCell | undefined): boolean =>
  cell?.state === 'below_threshold' || cell?.state === 'complementary';

/** The state of a cell, a missing one read as "no data". */
export const cellState = (cell: MetricCell | undefined): CellState => cell?.state ?? 'no_data';

/** The category key of a chart row; series keys are `s0`, `s1`, … (column keys may hold dots). */
export const categoryKey = 'category';
/** Each chart row also carries its metric row's key, so a tooltip can find the cells. */
export const rowKeyKey = 'rowKey';

export interface ChartSeries {
  name: string;
  label: string;
  columnKey: string;
}

export type ChartDatum = Record<string, string | number | null>;

export interface HiddenCell {
  row: string;
  column: string;
  state: 'below_threshold' | 'complementary';
}

export interface ChartModel {
  data: ChartDatum[];
  series: ChartSeries[];
  /** Cells withheld, in table order: listed under the chart, since a bar cannot say "hidden". */
  hidden: HiddenCell[];
  /** Categories (row labels, in order) whose charted figures are all hidden: an empty dashed band each. */
  hiddenRows: string[];
  /** Whether any figure at all can be drawn. */
  hasValues: boolean;
  /** The end of the value axis. */
  scaleMax: number;
  /** The start of the value axis: 0, or below it when a figure is negative (a difference from the mean). */
  scaleMin: number;
}

/** Charts whose series are parts of one whole, drawn as one stacked bar per row. */
export const isStacked = (kind: MetricChartKind): boolean => kind === 'stackedBar' || kind === 'distribution';

/**
 * Chart data of a metric. Each shown cell gives its value; hidden and empty cells give `null` (no
 * bar, a gap in a line). A row with every charted cell hidden is listed in `hiddenRows`, drawn as a
 * dashed empty band across its place — no length, so it carries no figure, only that the group is withheld.
 */
export function toChartModel(metric: MetricData): ChartModel {
  const series = chartedColumns(metric).map((column, index) => ({
    name: `s${index}`,
    label: column.label,
    columnKey: column.key,
  }));
  const hidden: HiddenCell[] = [];
  const hiddenRows: string[] = [];
  let hasValues = false;
  let largest = 0;
  let smallest = 0;
  const stacked = isStacked(metric.chart);
  const rows = metric.reference ? [metric.reference, ...metric.rows] : metric.rows;
  const data = rows.map((row) => {
    const datum: ChartDatum = { [categoryKey]: row.label, [rowKeyKey]: row.key };
    let rowSum = 0;
    let rowHidden = 0;
    for (const s of series) {
      const cell = row.cells[s.columnKey];
      if (cell?.state === 'shown') {
        datum[s.name] = cell.value;
        hasValues = true;
        rowSum += cell.value;
        largest = Math.max(largest, stacked ? rowSum : cell.value);
        smallest = Math.min(smallest, cell.value);
      } else {
        datum[s.name] = null;
        if (cell && (cell.state === 'below_threshold' || cell.state === 'complementary')) {
          hidden.push({ row: row.label, column: s.label, state: cell.state });
          rowHidden += 1;
        }
      }
    }
    const allHidden = series.length > 0 && rowHidden === series.length;
    if (allHidden) hiddenRows.push(row.label);
    return datum;
  });
  const scaleMax =
    metric.scale?.max ?? (metric.unit === 'percent' && largest <= 100 ? 100 : niceCeiling(largest));
  const scaleMin = metric.scale?.min ?? (smallest < 0 ? -niceCeiling(-smallest) : 0);
  return { data, series, hidden, hiddenRows, hasValues, scaleMax, scaleMin };
}

/**
 * The withheld cells as a short list for the note under a chart: a row whose charted figures are all
 * withheld is named once ("Design"), a partly withheld row cell by cell ("Sales · Up").
 */
export function hiddenSummary(model: ChartModel): { row: string; column: string | null }[] {
  const counts = new Map<string, number>();
  for (const cell of model.hidden) counts.set(cell.row, (counts.get(cell.row) ?? 0) + 1);
  const listed = new Set<string>();
  const summary: { row: string; column: string | null }[] = [];
  for (const cell of model.hidden) {
    const whole = model.series.length === 1 || counts.get(cell.row) === model.series.length;
    if (!whole) summary.push({ row: cell.row, column: cell.column });
    else if (!listed.has(cell.row)) {
      listed.add(cell.row);
      summary.push({ row: cell.row, column: null });
    }
  }
  return summary;
}

/** A round number at or above `value` (1, 2, 5 × a power of ten), at least 1. */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const dataRows = (metric: MetricData): MetricRow[] => [
  ...metric.rows,
  ...(metric.total ? [metric.total] : []),
];

/** Whether the metric has anything to show: some cell of a row or the total not hidden and not empty. */
export function hasAnyFigure(metric: MetricData): boolean {
  return dataRows(metric).some((row) => Object.values(row.cells).some((cell) => cell?.state === 'shown'));
}

/** Whether some figure is withheld (then the card still shows the table: which groups are hidden). */
export function hasSuppression(metric: MetricData): boolean {
  return dataRows(metric).some((row) => Object.values(row.cells).some(isSuppressed));
}

/** A number in the metric's unit, in the reader's locale ("42 %", "3.4", "1,204"). */
export function formatValue(value: number, unit: MetricUnit, locale: string): string {
  switch (unit) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value / 100,
      );
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case 'score':
    case 'rating':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    case 'ratio':
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        value,
      );
  }
}

/** What a table cell says, as a message key and its parameters (or a formatted figure). */
export type CellText =
  | { kind: 'value'; text: string; n: number }
  | { kind: 'below_threshold'; min: number }
  | { kind: 'complementary'; min: number }
  | { kind: 'no_data' };

export function cellText(
  cell: MetricCell | undefined,
  unit: MetricUnit,
  minGroupSize: number,
  locale: string,
): CellText {
  switch (cellState(cell)) {
    case 'shown': {
      const shown = cell as Extract<MetricCell, { state: 'shown' }>;
      return { kind: 'value', text: formatValue(shown.value, unit, locale), n: shown.n };
    }
    case 'below_threshold':
      return { kind: 'below_threshold', min: minGroupSize };
    case 'complementary':
      return { kind: 'complementary', min: minGroupSize };
    default:
      return { kind: 'no_data' };
  }
}

/** A count of people behind a shown cell is worth printing unless the cell is itself a count. */
export const showsGroupSize = (unit: MetricUnit): boolean => unit !== 'count';

/**
 * The group size of a row when every figure in it is about the same people (a department's shares
 * of one headcount): the table then prints n once per row instead of in every cell. Null when the
 * row has no figure; undefined when its figures count different people.
 */
export function rowGroupSize(row: MetricRow): number | null | undefined {
  let n: number | null = null;
  for (const cell of Object.values(row.cells)) {
    if (cell?.state !== 'shown') continue;
    if (n === null) n = cell.n;
    else if (n !== cell.n) return undefined;
  }
  return n;
}

/** Whether each row's (and the total's) figures share one group size, so n gets a column of its own. */
export const groupSizePerRow = (metric: MetricData): boolean =>
  dataRows(metric).every((row) => rowGroupSize(row) !== undefined);

/** The one state of a row whose every cell is withheld the same way (its table row says it once). */
export function wholeRowState(
  row: MetricRow,
  columns: readonly MetricColumn[],
): 'below_threshold' | 'complementary' | null {
  const states = new Set(columns.map((column) => cellState(row.cells[column.key])));
  if (states.size !== 1) return null;
  const [only] = states;
  return only === 'below_threshold' || only === 'complementary' ? only : null;
}

/** The CSV address of a metric: same query as the page, so the file holds what the page shows. */
export function csvHref(base: string, metricId: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const qs = search.toString();
  return `${base}/${encodeURIComponent(metricId)}.csv${qs ? `?${qs}` : ''}`;
}
