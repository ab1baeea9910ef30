import { describe, expect, it } from 'vitest';
import { segmentBreakdown } from './breakdown';
import { driverHeatmap } from './heatmap';
import { findLeaks, type Round } from './leakChecker.testing';
import { suppressByFamily } from './plan';
import type { DriverQuestion, ResponseRecord } from './types';
import { engineViewer, weakenedViewer } from './viewers.testing';

const questions: DriverQuestion[] = [
  { id: 'q1', driver: 'growth' },
  { id: 'q2', driver: 'belonging' },
];
const rules = { threshold: 5, commentThreshold: 10 };

function people(count: number, buckets: Record<string, string>, score = 4): ResponseRecord[] {
  return Array.from({ length: count }, () => ({ buckets, scores: { q1: score, q2: 3 }, enps: 9 }));
}

function states(rows: { value: string | null; count: { state: string } }[]) {
  return Object.fromEntries(rows.map((row) => [row.value, row.count.state]));
}

describe('the publication plan', () => {
  it('A=7, B=3, C=6 at 5: B and C hidden, A and the total shown', () => {
    const responses = [
      ...people(7, { department: 'A' }),
      ...people(3, { department: 'B' }),
      ...people(6, { department: 'C' }),
    ];
    const report = segmentBreakdown({ responses, questions, rules, groupBy: 'department' });
    expect(states(report.groups)).toEqual({ A: 'shown', B: 'below_threshold', C: 'complementary' });
    expect(report.total.count).toEqual({ state: 'shown', n: 16 });
  });

  it('A=7, B=3, C=6, D=8 at 5: B and C hidden (9 together), A and D shown', () => {
    const responses = [
      ...people(7, { department: 'A' }),
      ...people(3, { department: 'B' }),
      ...people(6, { department: 'C' }),
      ...people(8, { department: 'D' }),
    ];
    const report = segmentBreakdown({ responses, questions, rules, groupBy: 'department' });
    expect(states(report.groups)).toEqual({
      A: 'shown',
      B: 'below_threshold',
      C: 'complementary',
      D: 'shown',
    });
  });

  it('hides the cells of a two-way table and keeps both margins when no cell follows from them', () => {
    const responses = [
      ...people(2, { department: 'A', location: 'Lisbon' }),
      ...people(10, { department: 'A', location: 'Porto' }),
      ...people(10, { department: 'B', location: 'Lisbon' }),
      ...people(10, { department: 'B', location: 'Porto' }),
    ];
    const byDepartment = segmentBreakdown({ responses, questions, rules, groupBy: 'department' });
    const byLocation = segmentBreakdown({ responses, questions, rules, groupBy: 'location' });
    expect(states(byDepartment.groups)).toEqual({ A: 'shown', B: 'shown' });
    expect(states(byLocation.groups)).toEqual({ Lisbon: 'shown', Porto: 'shown' });
    for (const department of ['A', 'B']) {
      const cells = segmentBreakdown({
        responses,
        questions,
        rules,
        groupBy: 'location',
        filter: { department },
      });
      expect(Object.values(states(cells.groups)).every((state) => state !== 'shown')).toBe(true);
    }
    const round: Round = { responses, questions, comments: [], rules };
    expect(findLeaks(round, engineViewer(round))).toEqual([]);
  });

  it('closes a leak that per-table suppression leaves open (the same people in two tables)', () => {
    const responses = [
      ...people(1, { department: 'A' }),
      ...people(6, { department: 'B', location: 'Lisbon' }),
    ];
    const round: Round = { responses, questions, comments: [], rules };
    expect(findLeaks(round, weakenedViewer(round, suppressByFamily)).join()).toMatch(/is derivable/);
    expect(findLeaks(round, engineViewer(round))).toEqual([]);
  });

  it('refuses a filter whose complement within the whole round is a small group (overlap rule)', () => {
    const responses = [...people(10, { location: 'Lisbon' }), ...people(2, { location: 'Porto' })];
    const report = segmentBreakdown({ responses, questions, rules, groupBy: 'location' });
    expect(report.total.count).toEqual({ state: 'shown', n: 12 });
    expect(states(report.groups)).toEqual({ Lisbon: 'complementary', Porto: 'below_threshold' });
    const filtered = driverHeatmap({
      responses,
      questions,
      rules,
      rowAttribute: 'x',
      filter: { location: 'Lisbon' },
    });
    expect(filtered.overall.count.state).toBe('complementary');
  });

  it('refuses cuts finer than two attributes, and grouping by an attribute the filter fixes', () => {
    const responses = people(30, { department: 'A', location: 'Lisbon', tenure: '1-3y' });
    const filter = { department: 'A', location: 'Lisbon' };
    const fine = segmentBreakdown({ responses, questions, rules, groupBy: 'tenure', filter });
    expect(fine.total.count).toEqual({ state: 'shown', n: 30 });
    expect(states(fine.groups)).toEqual({ '1-3y': 'refused' });
    const same = segmentBreakdown({
      responses,
      questions,
      rules,
      groupBy: 'department',
      filter: { department: 'A' },
    });
    expect(states(same.groups)).toEqual({ A: 'refused' });
  });
});

describe('the heatmap', () => {
  const responses = [
    ...people(8, { department: 'Sales' }, 5),
    ...people(6, { department: 'Support' }, 3),
    ...people(2, { department: 'Legal' }),
  ];

  it('shows drivers, eNPS and counts by department, with "below threshold" distinct from "no data"', () => {
    const heatmap = driverHeatmap({
      responses,
      questions,
      rules,
      rowAttribute: 'department',
      rowValues: ['Finance'],
    });
    expect(heatmap.drivers).toEqual(['growth', 'belonging']);
    expect(states(heatmap.rows)).toEqual({
      Finance: 'no_data',
      Legal: 'below_threshold',
      Sales: 'shown',
      Support: 'complementary',
    });
    const sales = heatmap.rows.find((row) => row.value === 'Sales')!;
    expect(sales.drivers).toEqual({
      growth: { state: 'shown', mean: 5, n: 8 },
      belonging: { state: 'shown', mean: 3, n: 8 },
    });
    expect(sales.enps).toMatchObject({ state: 'shown', score: 100, n: 8 });
    expect(heatmap.overall.count).toEqual({ state: 'shown', n: 16 });
    const legal = heatmap.rows.find((row) => row.value === 'Legal')!;
    expect(legal.drivers.growth).toEqual({ state: 'below_threshold' });
    expect(legal.enps).toEqual({ state: 'below_threshold' });
  });

  it('gives the same rows as the segment breakdown', () => {
    const heatmap = driverHeatmap({ responses, questions, rules, rowAttribute: 'department' });
    const breakdown = segmentBreakdown({ responses, questions, rules, groupBy: 'department' });
    expect(heatmap.rows).toEqual(breakdown.groups);
    expect(heatmap.overall).toEqual(breakdown.total);
  });

  it('hides the overall row when the whole round is under the threshold', () => {
    const heatmap = driverHeatmap({ responses: people(4, {}), questions, rules, rowAttribute: 'department' });
    expect(heatmap.overall.count).toEqual({ state: 'below_threshold' });
  });
});
