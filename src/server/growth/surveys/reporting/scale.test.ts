import { describe, expect, it } from 'vitest';
import { aggregateAtoms } from './atoms';
import { driverHeatmap } from './heatmap';
import type { DriverQuestion, ResponseRecord } from './types';

/** A round of 50,000 responses (no timing asserted here: bench/ measures; this proves it aggregates). */
describe('a large round', () => {
  it('aggregates 50,000 responses into atoms and reports on them', () => {
    const questions: DriverQuestion[] = Array.from({ length: 10 }, (_, i) => ({
      id: `q${i}`,
      driver: `d${i % 5}`,
    }));
    const tenures = ['<1y', '1-3y', '3-5y', '5-10y', '10y+'];
    let state = 12345;
    const next = (limit: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % limit;
    };
    const responses: ResponseRecord[] = Array.from({ length: 50_000 }, () => ({
      buckets: {
        department: `dept-${next(50) % (1 + next(50))}`,
        tenure: tenures[next(5)]!,
        location: `loc-${next(10) % (1 + next(10))}`,
      },
      scores: Object.fromEntries(questions.map((question) => [question.id, 1 + next(5)])),
      enps: next(11),
    }));
    const table = aggregateAtoms(responses);
    expect(table.atoms.reduce((sum, atom) => sum + atom.n, 0)).toBe(50_000);
    expect(table.atoms.length).toBeLessThanOrEqual(50 * 5 * 10);
    const heatmap = driverHeatmap({
      responses,
      questions,
      rules: { threshold: 5, commentThreshold: 10 },
      rowAttribute: 'department',
    });
    expect(heatmap.overall.count).toEqual({ state: 'shown', n: 50_000 });
    const shownTotal = heatmap.rows.reduce(
      (sum, row) => sum + (row.count.state === 'shown' ? row.count.n : 0),
      0,
    );
    expect(shownTotal).toBeGreaterThan(40_000);
  });
});
