import { describe, expect, it } from 'vitest';
import {
  cellText,
  chartedColumns,
  csvHref,
  formatValue,
  groupSizePerRow,
  hasAnyFigure,
  hasSuppression,
  hiddenSummary,
  type MetricData,
  niceCeiling,
  rowGroupSize,
  toChartModel,
  wholeRowState,
} from './metricView';

const shown = (value: number, n = 10) => ({ state: 'shown' as const, value, n });
const below = { state: 'below_threshold' as const };
const complementary = { state: 'complementary' as const };
const noData = { state: 'no_data' as const };

/** Completion by department: Sales shown, Legal too small, Ops hidden to protect Legal, Labs empty. */
const completion: MetricData = {
  unit: 'percent',
  chart: 'bar',
  minGroupSize: 5,
  columns: [
    { key: 'self_review', label: 'Self review' },
    { key: 'people', label: 'People', unit: 'count' },
  ],
  rows: [
    { key: 'sales', label: 'Sales', cells: { self_review: shown(80, 12), people: shown(12, 12) } },
    { key: 'legal', label: 'Legal', cells: { self_review: below, people: below } },
    { key: 'ops', label: 'Ops', cells: { self_review: complementary, people: complementary } },
    { key: 'labs', label: 'Labs', cells: { self_review: noData, people: noData } },
  ],
  total: { key: 'total', label: 'All', cells: { self_review: shown(70, 30), people: shown(30, 30) } },
};

describe('toChartModel', () => {
  it('charts only the columns in the metric unit, one series each, under safe keys', () => {
    const model = toChartModel(completion);
    expect(model.series).toEqual([{ name: 's0', label: 'Self review', columnKey: 'self_review' }]);
    expect(model.data.map((d) => d.category)).toEqual(['Sales', 'Legal', 'Ops', 'Labs']);
    expect(model.data[0]).toEqual({ category: 'Sales', rowKey: 'sales', s0: 80 });
  });

  it('gives withheld and empty cells no value, and never a number of a withheld group', () => {
    const model = toChartModel(completion);
    expect(model.data.slice(1).map((d) => d.s0)).toEqual([null, null, null]);
    expect(model.hidden).toEqual([
      { row: 'Legal', column: 'Self review', state: 'below_threshold' },
      { row: 'Ops', column: 'Self review', state: 'complementary' },
    ]);
    expect(model.hasValues).toBe(true);
  });

  it('marks a wholly withheld row for a dashed band, not an empty one, and gives it no value', () => {
    const model = toChartModel(completion);
    expect(model.hiddenRows).toEqual(['Legal', 'Ops']);
    expect(Object.values(model.data[1]!)).toEqual(['Legal', 'legal', null]);
  });

  it('scales counts to a round number above the largest bar (the sum, when stacked)', () => {
    const counts: MetricData = {
      unit: 'count',
      chart: 'stackedBar',
      minGroupSize: 5,
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [
        { key: 'x', label: 'X', cells: { a: shown(30), b: shown(14) } },
        { key: 'y', label: 'Y', cells: { a: below, b: below } },
      ],
      total: null,
    };
    const model = toChartModel(counts);
    expect(model.scaleMax).toBe(50);
    expect(model.hiddenRows).toEqual(['Y']);
    expect(toChartModel({ ...counts, chart: 'bar' }).scaleMax).toBe(50);
    expect(toChartModel({ ...counts, chart: 'distribution' }).scaleMax).toBe(50);
    expect(model.scaleMin).toBe(0);
    const fixed = toChartModel({ ...counts, scale: { min: -100, max: 100 } });
    expect([fixed.scaleMin, fixed.scaleMax]).toEqual([-100, 100]);
    const difference = toChartModel({
      ...counts,
      unit: 'score',
      chart: 'bar',
      rows: [{ key: 'm', label: 'M', cells: { a: shown(-0.19), b: shown(0.3) } }],
    });
    expect([difference.scaleMin, difference.scaleMax]).toEqual([-1, 1]);
  });

  it('puts a reference row (the guideline) first and honours an explicit column list', () => {
    const model = toChartModel({
      ...completion,
      reference: { key: 'guideline', label: 'Guideline', cells: { self_review: shown(90, 0) } },
      chartColumns: ['self_review'],
    });
    expect(model.data[0]).toMatchObject({ category: 'Guideline', s0: 90 });
    expect(chartedColumns({ ...completion, chartColumns: ['people'] }).map((c) => c.key)).toEqual(['people']);
  });
});

describe('cell text', () => {
  it('says why a cell is empty: below threshold, protecting another, or no data', () => {
    expect(cellText(below, 'percent', 5, 'en-GB')).toEqual({ kind: 'below_threshold', min: 5 });
    expect(cellText(complementary, 'percent', 5, 'en-GB')).toEqual({ kind: 'complementary', min: 5 });
    expect(cellText(noData, 'percent', 5, 'en-GB')).toEqual({ kind: 'no_data' });
    expect(cellText(undefined, 'percent', 5, 'en-GB')).toEqual({ kind: 'no_data' });
    expect(cellText(shown(42.5, 17), 'percent', 5, 'en-GB')).toEqual({ kind: 'value', text: '42.5%', n: 17 });
  });

  it('formats each unit in the reader’s locale', () => {
    expect(formatValue(42.5, 'percent', 'de-DE')).toBe('42,5\u00a0%');
    expect(formatValue(1204, 'count', 'en-GB')).toBe('1,204');
    expect(formatValue(3.456, 'rating', 'en-GB')).toBe('3.46');
    expect(formatValue(-0.5, 'ratio', 'de-DE')).toBe('-0,50');
  });
});

describe('what a metric has', () => {
  it('knows figures and withheld cells apart, the total included', () => {
    expect(hasAnyFigure(completion)).toBe(true);
    expect(hasSuppression(completion)).toBe(true);
    const allHidden: MetricData = {
      ...completion,
      rows: completion.rows.slice(1, 3),
      total: { key: 'total', label: 'All', cells: { self_review: below } },
    };
    expect(hasAnyFigure(allHidden)).toBe(false);
    expect(hasSuppression(allHidden)).toBe(true);
    const empty: MetricData = { ...completion, rows: completion.rows.slice(3), total: null };
    expect(hasAnyFigure(empty)).toBe(false);
    expect(hasSuppression(empty)).toBe(false);
  });
});

describe('hiddenSummary', () => {
  it('names a wholly withheld row once and a partly withheld one cell by cell', () => {
    const model = toChartModel({
      unit: 'percent',
      chart: 'bar',
      minGroupSize: 5,
      columns: [
        { key: 'up', label: 'Up' },
        { key: 'down', label: 'Down' },
      ],
      rows: [
        { key: 'a', label: 'Design', cells: { up: below, down: below } },
        { key: 'b', label: 'Sales', cells: { up: complementary, down: shown(4) } },
      ],
      total: null,
    });
    expect(hiddenSummary(model)).toEqual([
      { row: 'Design', column: null },
      { row: 'Sales', column: 'Up' },
    ]);
  });
});

describe('table rows', () => {
  it('prints n once per row when a row’s figures are about the same people', () => {
    expect(rowGroupSize(completion.rows[0]!)).toBe(12);
    expect(rowGroupSize(completion.rows[1]!)).toBeNull();
    expect(groupSizePerRow(completion)).toBe(true);
    const mixed = { key: 'm', label: 'M', cells: { self_review: shown(50, 4), people: shown(9, 9) } };
    expect(rowGroupSize(mixed)).toBeUndefined();
    expect(groupSizePerRow({ ...completion, rows: [mixed] })).toBe(false);
  });

  it('says a wholly withheld row once, but not a row mixing reasons or figures', () => {
    const [sales, legal, ops, labs] = completion.rows;
    expect(wholeRowState(legal!, completion.columns)).toBe('below_threshold');
    expect(wholeRowState(ops!, completion.columns)).toBe('complementary');
    expect(wholeRowState(sales!, completion.columns)).toBeNull();
    expect(wholeRowState(labs!, completion.columns)).toBeNull();
    const mixed = { key: 'x', label: 'X', cells: { self_review: below, people: complementary } };
    expect(wholeRowState(mixed, completion.columns)).toBeNull();
  });
});

describe('helpers', () => {
  it('rounds a scale up to 1, 2 or 5 × a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 230].map(niceCeiling)).toEqual([1, 1, 5, 10, 10, 20, 500]);
  });

  it('builds the CSV address with the page’s query, leaving out what is unset', () => {
    expect(csvHref('/api/x/now', 'turnover', { scope: 'org', cycleId: undefined })).toBe(
      '/api/x/now/turnover.csv?scope=org',
    );
    expect(csvHref('/api/x/now', 'a b', {})).toBe('/api/x/now/a%20b.csv');
  });
});
