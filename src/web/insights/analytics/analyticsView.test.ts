import { describe, expect, it } from 'vitest';
import type { AnalyticsMetricResult } from '../../../contracts/analytics';
import {
  analyticsAccess,
  effectiveScope,
  emptyKey,
  refreshPollMs,
  rowHeaderKey,
  toMetricData,
} from './analyticsView';

const person = (roles: string[], isManager: boolean) =>
  ({ account: { id: 'a', email: 'x@y.z', roles, locale: 'en' }, isManager }) as Parameters<
    typeof analyticsAccess
  >[0];

describe('analyticsAccess', () => {
  it('gives HR the organisation, managers their subtree, HR who manage both, others nothing', () => {
    expect(analyticsAccess(person(['hr_admin'], false))).toEqual({ scopes: ['org'], defaultScope: 'org' });
    expect(analyticsAccess(person(['hr_admin'], true))).toEqual({
      scopes: ['org', 'subtree'],
      defaultScope: 'org',
    });
    expect(analyticsAccess(person([], true))).toEqual({ scopes: ['subtree'], defaultScope: 'subtree' });
    expect(analyticsAccess(person(['approver', 'org_admin'], false))).toEqual({
      scopes: [],
      defaultScope: null,
    });
  });

  it('keeps an asked-for scope only when the viewer has it', () => {
    const manager = analyticsAccess(person([], true));
    expect(effectiveScope('org', manager)).toBe('subtree');
    expect(effectiveScope(undefined, manager)).toBe('subtree');
    const hr = analyticsAccess(person(['hr_admin'], true));
    expect(effectiveScope('subtree', hr)).toBe('subtree');
    expect(effectiveScope(undefined, analyticsAccess(person([], false)))).toBeNull();
  });
});

const distribution: AnalyticsMetricResult = {
  id: 'rating_distribution_department',
  half: 'now',
  title: 'Rating distribution by department',
  dataClass: 'performance',
  formula: { text: 'Share per level.', definition: 'rated at level / rated' },
  grain: 'cycle × department (at launch)',
  minGroupSize: 5,
  unit: 'percent',
  chart: 'stackedBar',
  audience: 'managers',
  pointInTime: { basis: 'cycle_launch', date: '2026-03-03', from: null, sentence: 'As of launch.' },
  columns: [
    { key: 'rating_1', label: 'Below', translate: false, unit: 'percent' },
    { key: 'rating_2', label: 'Meets', translate: false, unit: 'percent' },
    { key: 'total', label: 'Total', translate: true, unit: 'percent' },
    { key: 'rated', label: 'Rated', translate: true, unit: 'count' },
  ],
  rows: [
    {
      key: 'd1',
      label: 'Engineering',
      translate: false,
      cells: {
        rating_1: { state: 'shown', value: 20, n: 10 },
        rating_2: { state: 'shown', value: 80, n: 10 },
        total: { state: 'shown', value: 100, n: 10 },
        rated: { state: 'shown', value: 10, n: 10 },
      },
    },
    {
      key: 'none',
      label: 'No department',
      translate: true,
      cells: { rating_1: { state: 'below_threshold' } },
    },
  ],
  omittedRows: 3,
  total: {
    key: 'total',
    label: 'Total',
    translate: true,
    cells: { rated: { state: 'shown', value: 14, n: 14 } },
  },
  guideline: { rating_1: 10, rating_2: 90 },
};

describe('toMetricData', () => {
  const lookup = (key: string, fallback: string) =>
    key.startsWith('analytics.row.') ? `[${key}]` : fallback;

  it('translates fixed headings only; names stay as the data has them', () => {
    const data = toMetricData(distribution, lookup);
    expect(data.columns.map((c) => c.label)).toEqual(['Below', 'Meets', 'Total', 'Rated']);
    expect(data.rows.map((r) => r.label)).toEqual(['Engineering', '[analytics.row.none]']);
    expect(data.total?.label).toBe('[analytics.row.total]');
    expect(data.columns[3]).toMatchObject({ key: 'rated', unit: 'count' });
    expect(data.omittedRows).toBe(3);
  });

  it('charts the parts of a stack but not their sum, nor columns in another unit', () => {
    expect(toMetricData({ ...distribution, id: 'manager_leniency' }, lookup).chartColumns).toEqual([
      'difference',
    ]);
    expect(toMetricData(distribution, lookup).chartColumns).toEqual(['rating_1', 'rating_2']);
    expect(toMetricData({ ...distribution, chart: 'bar' }, lookup).chartColumns).toEqual([
      'rating_1',
      'rating_2',
      'total',
    ]);
  });

  it('turns the guideline into a reference row; no guideline, no row', () => {
    const data = toMetricData(distribution, lookup);
    expect(data.reference).toEqual({
      key: 'guideline',
      label: '[analytics.row.guideline]',
      cells: { rating_1: { state: 'shown', value: 10, n: 0 }, rating_2: { state: 'shown', value: 90, n: 0 } },
    });
    expect(toMetricData({ ...distribution, guideline: null }, lookup).reference).toBeNull();
  });

  it('draws a trend’s figure on its whole range, not the change beside it', () => {
    const enps = toMetricData({ ...distribution, id: 'enps_trend', chart: 'line', guideline: null }, lookup);
    expect(enps.chartColumns).toEqual(['enps']);
    expect(enps.scale).toEqual({ min: -100, max: 100 });
    expect(toMetricData(distribution, lookup).scale).toBeUndefined();
  });
});

describe('page helpers', () => {
  it('names the rows and the empty state by metric', () => {
    expect(rowHeaderKey('manager_leniency')).toBe('manager');
    expect(rowHeaderKey('rating_distribution_department')).toBe('department');
    expect(rowHeaderKey('turnover')).toBe('department');
    expect(emptyKey('calibration_change')).toBe('calibration');
    expect(emptyKey('turnover')).toBe('movement');
    expect(emptyKey('coaching_utilisation')).toBe('development');
    expect(rowHeaderKey('engagement_trend')).toBe('round');
    expect(emptyKey('enps_trend')).toBe('engagement');
  });

  it('polls only while a refresh runs', () => {
    expect(refreshPollMs(true)).toBe(2000);
    expect(refreshPollMs(false)).toBe(false);
    expect(refreshPollMs(undefined)).toBe(false);
  });
});
