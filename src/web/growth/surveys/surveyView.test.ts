import { describe, expect, it } from 'vitest';
import {
  answerBody,
  breakdownMetric,
  comparisonRefused,
  driverMetric,
  enpsTone,
  formatDelta,
  formatEnps,
  formatScore,
  hasTrendLine,
  heatCell,
  missingAnswers,
  orderSegments,
  questionOfField,
  scoreTone,
  share,
  toMetricCell,
} from './surveyView';

describe('heatmap cells', () => {
  it('colours a shown score by its band and keeps its group size', () => {
    expect(heatCell({ state: 'shown', mean: 4.25, n: 9 }, 'en-GB')).toEqual({
      kind: 'score',
      text: '4.3',
      n: 9,
      tone: 'positive',
    });
    expect(heatCell({ state: 'shown', mean: 3, n: 5 }, 'en-GB')).toMatchObject({
      tone: 'caution',
      text: '3.0',
    });
    // 2.96 shows as "3,0", so it takes the colour of 3.0, never that of "below 3.0".
    expect(heatCell({ state: 'shown', mean: 2.96, n: 5 }, 'de-DE')).toMatchObject({
      tone: 'caution',
      text: '3,0',
    });
    expect(heatCell({ state: 'shown', mean: 2.94, n: 5 }, 'en-GB')).toMatchObject({
      tone: 'negative',
      text: '2.9',
    });
  });

  it('keeps "below threshold" and "hidden" apart from "no data", with no figure in either', () => {
    expect(heatCell({ state: 'below_threshold' }, 'en-GB')).toEqual({
      kind: 'withheld',
      reason: 'below_threshold',
    });
    expect(heatCell({ state: 'complementary' }, 'en-GB')).toEqual({
      kind: 'withheld',
      reason: 'complementary',
    });
    expect(heatCell({ state: 'refused' }, 'en-GB')).toEqual({ kind: 'withheld', reason: 'refused' });
    expect(heatCell({ state: 'no_data' }, 'en-GB')).toEqual({ kind: 'no_data' });
    expect(heatCell(undefined, 'en-GB')).toEqual({ kind: 'no_data' });
  });

  it('bands scores at 3 and 4', () => {
    expect([1, 2.99, 3, 3.99, 4, 5].map(scoreTone)).toEqual([
      'negative',
      'negative',
      'caution',
      'caution',
      'positive',
      'positive',
    ]);
    expect(formatScore(3.04, 'en-GB')).toBe('3.0');
  });
});

describe('eNPS and changes', () => {
  it('signs an eNPS the way people read it', () => {
    expect(formatEnps(23)).toBe('+23');
    expect(formatEnps(-8)).toBe('−8');
    expect(formatEnps(0)).toBe('0');
    expect([enpsTone(5), enpsTone(-1), enpsTone(0)]).toEqual(['positive', 'negative', 'neutral']);
  });

  it('formats a change on its own scale', () => {
    expect(formatDelta(0.26, 'score', 'en-GB')).toBe('+0.3');
    expect(formatDelta(-0.04, 'score', 'en-GB')).toBe('0.0');
    expect(formatDelta(-1.25, 'score', 'de-DE')).toBe('−1,3');
    expect(formatDelta(-12, 'enps', 'en-GB')).toBe('−12');
  });

  it('gives a share only of a non-empty whole', () => {
    expect(share(3, 12)).toBe(25);
    expect(share(0, 0)).toBeNull();
  });

  it('draws a trend line only with two rounds that have a figure', () => {
    expect(hasTrendLine([{ score: 10 }, { score: null }])).toBe(false);
    expect(hasTrendLine([{ score: 10 }, { score: null }, { score: -4 }])).toBe(true);
  });
});

describe('metric card shapes', () => {
  it('never hands the card a figure for a withheld driver', () => {
    const metric = driverMetric(
      [
        { driver: 'growth', score: { state: 'shown', mean: 3.5, n: 12 } },
        { driver: 'workload', score: { state: 'below_threshold' } },
        { driver: 'autonomy', score: { state: 'refused' } },
      ],
      5,
      (driver) => driver.toUpperCase(),
      'Score',
    );
    expect(metric.minGroupSize).toBe(5);
    expect(metric.rows.map((r) => r.cells.score)).toEqual([
      { state: 'shown', value: 3.5, n: 12 },
      { state: 'below_threshold' },
      { state: 'complementary' },
    ]);
    expect(metric.rows[0]!.label).toBe('GROWTH');
    expect(toMetricCell(undefined)).toEqual({ state: 'no_data' });
  });

  it('charts the drivers of a breakdown and lists the head count in the table only', () => {
    const metric = breakdownMetric(
      {
        drivers: ['growth'],
        threshold: 5,
        segments: [
          {
            key: 'under_1y',
            label: '< 1y',
            count: { state: 'shown', n: 7 },
            cells: [{ driver: 'growth', cell: { state: 'shown', mean: 4, n: 7 } }],
          },
          {
            key: '1_2y',
            label: '1–2y',
            count: { state: 'below_threshold' },
            cells: [{ driver: 'growth', cell: { state: 'below_threshold' } }],
          },
        ],
        total: {
          key: null,
          label: 'All',
          count: { state: 'shown', n: 10 },
          cells: [{ driver: 'growth', cell: { state: 'shown', mean: 3.8, n: 10 } }],
        },
      },
      { driver: (d) => d, count: 'Answers' },
    );
    expect(metric.chartColumns).toEqual(['growth']);
    expect(metric.columns.find((c) => c.key === 'count')?.unit).toBe('count');
    expect(metric.rows[1]!.cells).toEqual({
      growth: { state: 'below_threshold' },
      count: { state: 'below_threshold' },
    });
    expect(metric.total?.cells.count).toEqual({ state: 'shown', value: 10, n: 10 });
  });

  it('recognises a comparison the server refused as a whole', () => {
    expect(comparisonRefused([{ count: { state: 'refused' } }, { count: { state: 'refused' } }])).toBe(true);
    expect(
      comparisonRefused([{ count: { state: 'refused' } }, { count: { state: 'below_threshold' } }]),
    ).toBe(false);
    expect(comparisonRefused([])).toBe(false);
  });
});

describe('segment order', () => {
  const bands = ['under_1y', '1_2y', '2_5y', '5y_plus'];
  it('lists tenure bands short to long and departments by name, the unknown group last', () => {
    const tenure = ['5y_plus', '1_2y', null, 'under_1y'].map((key) => ({ key, label: null }));
    expect(orderSegments(tenure, 'tenure', bands).map((s) => s.key)).toEqual([
      'under_1y',
      '1_2y',
      '5y_plus',
      null,
    ]);
    const departments = [
      { key: 'b', label: 'Sales' },
      { key: null, label: null },
      { key: 'a', label: 'Design' },
    ];
    expect(orderSegments(departments, 'department', bands).map((s) => s.label)).toEqual([
      'Design',
      'Sales',
      null,
    ]);
  });
});

describe('answering', () => {
  const questions = [
    { id: 'a', kind: 'likert' as const },
    { id: 'b', kind: 'likert' as const },
    { id: 'e', kind: 'enps' as const },
    { id: 'c', kind: 'comment' as const },
  ];

  it('names every unanswered question as the server would', () => {
    expect(missingAnswers(questions, { likert: { a: 4 }, enps: null })).toEqual(['likert.b', 'enps']);
    expect(missingAnswers(questions, { likert: { a: 4, b: 1 }, enps: 0 })).toEqual([]);
  });

  it('sends only asked answers and leaves blank comments out', () => {
    expect(
      answerBody(questions, { likert: { a: 5, b: 2, x: 3 }, enps: 9, comments: { c: '  ', x: 'not asked' } }),
    ).toEqual({ likert: { a: 5, b: 2 }, enps: 9, comments: {} });
    expect(
      answerBody(questions.slice(0, 2), { likert: { a: 1, b: 1 }, enps: 7, comments: {} }).enps,
    ).toBeNull();
    expect(
      answerBody(questions, { likert: {}, enps: null, comments: { c: ' More focus time ' } }).comments,
    ).toEqual({
      c: 'More focus time',
    });
  });

  it('finds the question a server field error is about', () => {
    expect(questionOfField('likert.q1')).toBe('q1');
    expect(questionOfField('comments.q2')).toBe('q2');
    expect(questionOfField('enps')).toBe('enps');
    expect(questionOfField('token')).toBeNull();
  });
});
