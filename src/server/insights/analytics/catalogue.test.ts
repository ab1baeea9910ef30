import { describe, expect, it } from 'vitest';
import { analyticsMetricId, nextMetricIds, nowMetricIds } from '../../../contracts/analytics';
import { everyMetric, metricById } from './catalogue';
import { metricTable } from './csv';
import type { BucketSums, Sums } from './definition';
import type { GrainBucket } from './grain';
import { pointInTimeOf, presentMetric } from './present';
import type { GroupSums } from './read';

/**
 * One fixture per metric of the catalogue: a small organisation written as its grain (what the
 * snapshot job would store), and the figures worked out by hand in the comments.
 */
const group = (
  key: string | null,
  buckets: Partial<Record<GrainBucket, number | [number, number, number]>>,
) => {
  const sums: BucketSums = {};
  for (const [name, value] of Object.entries(buckets) as [GrainBucket, number | [number, number, number]][]) {
    const [people, total, squares] = typeof value === 'number' ? [value, 0, 0] : value;
    sums[name] = { people, total, squares } satisfies Sums;
  }
  return { key, sums } satisfies GroupSums;
};
const names = new Map([
  ['d-eng', 'Engineering'],
  ['d-ops', 'Ops'],
  ['d-sales', 'Sales'],
  ['m-1', 'Mia Manager'],
  ['m-2', 'Max Other'],
]);
const scale = ['Far below', 'Below', 'Meets', 'Above', 'Far above'];
const present = (id: string, groups: GroupSums[], extra: { guideline?: number[]; listAll?: boolean } = {}) =>
  presentMetric(metricById(analyticsMetricId.parse(id))!, groups, {
    names,
    cycle: { scale },
    pointInTime: null,
    guideline: extra.guideline ?? null,
    listAll: extra.listAll ?? false,
  });
const cells = (result: ReturnType<typeof present>, label: string) =>
  (label === 'All in scope' ? result.total : result.rows.find((row) => row.label === label))!.cells;
const shown = (value: number, n: number) => ({ state: 'shown', value, n });

describe('the metric catalogue', () => {
  it('lists every metric of the contract once, each with its formula, grain, class and threshold', () => {
    expect(everyMetric.map((metric) => metric.id).sort()).toEqual([...nowMetricIds, ...nextMetricIds].sort());
    for (const metric of everyMetric) {
      expect(metric.formula.text.length).toBeGreaterThan(20);
      expect(metric.formula.definition.length).toBeGreaterThan(40);
      expect(metric.grain).not.toBe('');
      expect(metric.half === 'now' ? nowMetricIds : nextMetricIds).toContain(metric.id);
      // The Next half never holds a performance or compensation figure, the Now half no development.
      expect(['development', 'anonymous'].includes(metric.dataClass)).toBe(metric.half === 'next');
    }
    expect(metricById('manager_leniency')!.audience).toBe('hr');
    expect(metricById('promotion_rate')!.audience).toBe('hr');
  });

  it('review completion: share of the cycle past each phase', () => {
    const result = present('review_completion', [
      group('d-eng', {
        participants: 10,
        self_review: 8,
        manager_review: 6,
        calibrated: 5,
        released: 4,
        acknowledged: 2,
      }),
      group('d-sales', {
        participants: 5,
        self_review: 5,
        manager_review: 5,
        calibrated: 5,
        released: 5,
        acknowledged: 5,
      }),
    ]);
    expect(cells(result, 'Engineering')).toEqual({
      self_review: shown(80, 10),
      manager_review: shown(60, 10),
      calibrated: shown(50, 10),
      released: shown(40, 10),
      acknowledged: shown(20, 10),
    });
    // 13 of 15 submitted their self review.
    expect(cells(result, 'All in scope').self_review).toEqual(shown(86.7, 15));
  });

  it('rating distribution by department: shares of the rated, the guideline beside them, small groups withheld', () => {
    const result = present(
      'rating_distribution_department',
      [
        group('d-eng', { rated: 8, rating_2: 2, rating_3: 4, rating_4: 1, rating_5: 1 }),
        group('d-ops', { rated: 2, rating_3: 2 }),
        group('d-sales', { rated: 6, rating_3: 6 }),
      ],
      { guideline: [10, 20, 40, 20, 10] },
    );
    expect(cells(result, 'Engineering')).toEqual({
      rating_1: shown(0, 8),
      rating_2: shown(25, 8),
      rating_3: shown(50, 8),
      rating_4: shown(12.5, 8),
      rating_5: shown(12.5, 8),
    });
    // Ops (2) is under 5; Sales (6, the smallest shown) is withheld with it, so 16 − 8 tells nothing.
    expect(cells(result, 'Ops').rating_3).toEqual({ state: 'below_threshold' });
    expect(cells(result, 'Sales').rating_3).toEqual({ state: 'complementary' });
    expect(cells(result, 'All in scope').rating_3).toEqual(shown(75, 16));
    expect(result.guideline).toEqual({
      rating_1: 10,
      rating_2: 20,
      rating_3: 40,
      rating_4: 20,
      rating_5: 10,
    });
    expect(result.columns.map((column) => [column.key, column.label, column.translate])).toContainEqual([
      'rating_3',
      'Meets',
      false,
    ]);
  });

  it('rating distribution by manager: the largest teams first, at most 100 on the page, all in the CSV', () => {
    const teams = Array.from({ length: 102 }, (_, i) =>
      group(`m-${String(i).padStart(3, '0')}`, { rated: 5 + (i % 3), rating_3: 5 }),
    );
    const page = present('rating_distribution_manager', teams);
    expect(page.rows).toHaveLength(100);
    expect(page.omittedRows).toBe(2);
    expect(Object.values(page.rows[0]!.cells)[2]).toEqual(shown(71.4, 7));
    expect(present('rating_distribution_manager', teams, { listAll: true }).rows).toHaveLength(102);
  });

  it('calibration change rate: moved, up and down as shares of the calibrated', () => {
    const result = present('calibration_change', [group('d-eng', { calibrated: 10, up: 2, down: 1 })]);
    expect(cells(result, 'Engineering')).toEqual({
      moved: shown(30, 10),
      up: shown(20, 10),
      down: shown(10, 10),
    });
  });

  it('manager leniency: mean proposed rating against the scope, with a z-score', () => {
    // m-1 proposed 4 4 4 5 3 (sum 20, squares 82), m-2 2 2 2 2 2 (sum 10, squares 20).
    // Scope: mean 30/10 = 3, variance 102/10 − 9 = 1.2, sd 1.0954; z = ±1 / (1.0954 / √5) = ±2.04.
    const result = present('manager_leniency', [
      group('m-1', { proposed: [5, 20, 82] }),
      group('m-2', { proposed: [5, 10, 20] }),
    ]);
    expect(cells(result, 'Mia Manager')).toEqual({
      mean_proposed: shown(4, 5),
      difference: shown(1, 5),
      z_score: shown(2.04, 5),
    });
    expect(cells(result, 'Max Other').z_score).toEqual(shown(-2.04, 5));
    expect(cells(result, 'All in scope').mean_proposed).toEqual(shown(3, 10));
  });

  it('internal promotion rate: promotions over the average headcount', () => {
    // Average headcount (18 + 20) / 2 = 19; 3 promotions → 15.8 %.
    const result = present('promotion_rate', [
      group('d-eng', { population: 20, start: 18, end: 20, promoted: [2, 3, 0] }),
    ]);
    expect(cells(result, 'Engineering')).toEqual({ promotions: shown(3, 20), rate: shown(15.8, 20) });
  });

  it('turnover: separations by reason over the average headcount', () => {
    // Average headcount (20 + 18) / 2 = 19: 3 voluntary 15.8 %, 1 involuntary 5.3 %, total 21.1 %.
    const result = present('turnover', [
      group('d-eng', { population: 22, start: 20, end: 18, voluntary: 3, involuntary: 1 }),
    ]);
    expect(cells(result, 'Engineering')).toEqual({
      voluntary: shown(15.8, 22),
      involuntary: shown(5.3, 22),
      unspecified: shown(0, 22),
      total: shown(21.1, 22),
    });
  });

  it('retention of high performers: the top-rated still employed', () => {
    const result = present('high_performer_retention', [group('d-eng', { top_rated: 6, retained: 5 })]);
    expect(cells(result, 'Engineering')).toEqual({ top_rated: shown(6, 6), retained: shown(83.3, 6) });
  });

  it('development coverage: active plans and recent career conversations', () => {
    const result = present('development_coverage', [
      group('d-eng', { people: 10, active_plan: 4, career_conversation: 7 }),
    ]);
    expect(cells(result, 'Engineering')).toEqual({
      active_plan: shown(40, 10),
      career_conversation: shown(70, 10),
    });
  });

  it('mentoring participation: mentees, mentors and either', () => {
    const result = present('mentoring_participation', [
      group('d-eng', { people: 8, mentee: 2, mentor: 1, any: 3 }),
    ]);
    expect(cells(result, 'Engineering')).toEqual({
      mentee: shown(25, 8),
      mentor: shown(12.5, 8),
      any: shown(37.5, 8),
    });
  });

  it('coaching utilisation: sessions held over sessions allowed, engagements by state', () => {
    const result = present('coaching_utilisation', [
      group('d-eng', {
        coachees: 5,
        sessions: [4, 9, 0],
        allowance: [4, 24, 0],
        requested: [1, 1, 0],
        chemistry: [1, 1, 0],
        active: [3, 3, 0],
        completed: [1, 1, 0],
        declined: [1, 1, 0],
      }),
    ]);
    expect(cells(result, 'Engineering')).toEqual({
      utilisation: shown(37.5, 5),
      sessions_used: shown(9, 5),
      sessions_allowed: shown(24, 5),
      proposed: shown(2, 5),
      active: shown(3, 5),
      completed: shown(1, 5),
      ended: shown(1, 5),
    });
  });
});

describe('suppression and statements', () => {
  it('withholds everything when the whole scope is under 5, and tells "no data" from "withheld"', () => {
    const small = present('development_coverage', [
      group('d-eng', { people: 3, active_plan: 1 }),
      group(null, { people: 1 }),
    ]);
    expect(cells(small, 'All in scope').active_plan).toEqual({ state: 'below_threshold' });
    expect(cells(small, 'Engineering').active_plan).toEqual({ state: 'below_threshold' });
    expect(small.rows.find((row) => row.key === 'none')).toMatchObject({
      label: 'No department',
      translate: true,
    });
    const empty = present('coaching_utilisation', [group('d-eng', { coachees: 5 })]);
    expect(cells(empty, 'Engineering').utilisation).toEqual({ state: 'no_data' });
    expect(present('turnover', []).total).toBeNull();
  });

  it('withholds the same sibling on every read, whatever order the rows come in', () => {
    const rows = [group('d-eng', { rated: 6 }), group('d-ops', { rated: 2 }), group('d-sales', { rated: 6 })];
    const forward = present('rating_distribution_department', rows);
    const backward = present('rating_distribution_department', [...rows].reverse());
    expect(forward.rows).toEqual(backward.rows);
    expect(cells(forward, 'Engineering').rating_1).toEqual({ state: 'complementary' });
  });

  it('withholds a group of an HR admin’s subtree that differs from the organisation’s by fewer than 5', () => {
    const subtree = [
      group('d-eng', { people: 6, active_plan: 3 }),
      group('d-sales', { people: 5, active_plan: 1 }),
    ];
    const metric = metricById('development_coverage')!;
    const options = { names, cycle: null, pointInTime: null, guideline: null, listAll: false };
    // Engineering has 8 people in the organisation, 6 of them here: the other 2 would follow.
    const nested = presentMetric(metric, subtree, {
      ...options,
      organisation: [
        group('d-eng', { people: 8, active_plan: 4 }),
        group('d-sales', { people: 5, active_plan: 1 }),
      ],
    });
    expect(cells(nested, 'Engineering').active_plan).toEqual({ state: 'complementary' });
    // Sales goes with it (else the subtree total minus Sales gives Engineering back), and so does
    // the total (13 in the organisation, 11 here).
    expect(cells(nested, 'Sales').active_plan).toEqual({ state: 'complementary' });
    expect(cells(nested, 'All in scope').active_plan).toEqual({ state: 'complementary' });
    // The same subtree, when it holds the whole of each department, shows everything.
    const whole = presentMetric(metric, subtree, { ...options, organisation: subtree });
    expect(cells(whole, 'Engineering').active_plan).toEqual(shown(50, 6));
    expect(cells(whole, 'All in scope').active_plan).toEqual(shown(36.4, 11));
  });

  it('writes the CSV from the same cells: withheld ones as text, never a number', () => {
    const result = present('rating_distribution_department', [
      group('d-eng', { rated: 8, rating_3: 8 }),
      group('d-ops', { rated: 2, rating_3: 2 }),
      group('d-sales', { rated: 6, rating_3: 6 }),
    ]);
    const { columns, rows } = metricTable(result, '2026-12-07T10:00:00.000Z');
    expect(columns.map((column) => column.header).slice(0, 4)).toEqual([
      'Group',
      'Far below (%)',
      'Below (%)',
      'Meets (%)',
    ]);
    const ops = rows.find((row) => row.group === 'Ops')!;
    expect(ops.c_rating_3).toBe('below threshold');
    expect(ops.people).toBe('below threshold');
    expect(rows.find((row) => row.group === 'Sales')!.c_rating_3).toBe('withheld (complementary)');
    expect(rows.find((row) => row.group === 'Engineering')!.people).toBe(8);
    expect(rows.at(-1)).toMatchObject({ group: 'All in scope', people: 16 });
  });

  it('states whose department and manager a chart uses', () => {
    const days = { launchedOn: '2026-03-03', asOfDate: '2026-12-07', windowFrom: '2025-12-07' };
    expect(pointInTimeOf('cycle_launch', days)?.sentence).toBe(
      "Department and manager as of 3 March 2026, the cycle's launch.",
    );
    expect(pointInTimeOf('snapshot', days)?.sentence).toBe(
      "Department and manager as of 7 December 2026, the snapshot's day.",
    );
    expect(pointInTimeOf('window', days)).toMatchObject({
      basis: 'window',
      from: '2025-12-07',
      date: '2026-12-07',
    });
    expect(pointInTimeOf('cycle_launch', { ...days, launchedOn: null })).toBeNull();
  });
});
