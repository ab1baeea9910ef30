import { describe, expect, it } from 'vitest';
import { distribution, leniency, withinTolerance } from './analysis';

const labels = ['1', '2', '3', '4', '5'];

describe('distribution against a guideline', () => {
  it('gives the share per rating and the deviation from the curve', () => {
    const ratings = [1, 2, 2, 3, 3, 3, 3, 4, 4, 5];
    const { bars, maxDeviation } = distribution(ratings, labels, [10, 20, 40, 20, 10]);
    expect(bars.map((b) => b.share)).toEqual([10, 20, 40, 20, 10]);
    expect(bars.every((b) => b.deviation === 0)).toBe(true);
    expect(maxDeviation).toBe(0);
  });

  it('reports the largest deviation, and none without a guideline', () => {
    const { bars, maxDeviation } = distribution([3, 3, 3, 4], labels, [10, 20, 40, 20, 10]);
    expect(bars[2]).toMatchObject({ count: 3, share: 75, deviation: 35 });
    expect(maxDeviation).toBe(35);
    expect(withinTolerance(maxDeviation, 5)).toBe(false);
    expect(withinTolerance(4.9, 5)).toBe(true);
    expect(distribution([3], labels, null).maxDeviation).toBeNull();
    expect(withinTolerance(null, 5)).toBe(true);
  });

  it('an empty session has no shares and no deviation to refuse', () => {
    const { bars, maxDeviation } = distribution([], labels, [10, 20, 40, 20, 10]);
    expect(bars.map((b) => b.share)).toEqual([0, 0, 0, 0, 0]);
    expect(maxDeviation).toBeNull();
  });
});

describe('manager leniency and severity', () => {
  const m = (id: string) => ({ id, displayName: id });
  it('flags managers whose mean is past the threshold from the session mean, largest gap first', () => {
    const cards = [
      ...[5, 5, 4].map((r) => ({ manager: m('generous'), proposedRating: r })),
      ...[2, 2, 3].map((r) => ({ manager: m('strict'), proposedRating: r })),
      ...[3, 4, 3].map((r) => ({ manager: m('middle'), proposedRating: r })),
    ];
    const rows = leniency(cards, 0.5);
    expect(rows.map((r) => [r.manager.id, r.flag])).toEqual([
      ['generous', 'lenient'],
      ['strict', 'severe'],
      ['middle', null],
    ]);
    expect(rows[0]).toMatchObject({ count: 3, meanProposed: 4.67 });
    expect(rows[0]!.delta).toBeCloseTo(4.67 - 31 / 9, 1);
  });

  it('does not flag a manager with a single review, however far off', () => {
    const rows = leniency(
      [
        { manager: m('one'), proposedRating: 5 },
        { manager: m('many'), proposedRating: 2 },
        { manager: m('many'), proposedRating: 2 },
      ],
      0.5,
    );
    expect(rows.find((r) => r.manager.id === 'one')?.flag).toBeNull();
    expect(rows.find((r) => r.manager.id === 'many')?.flag).toBe('severe');
  });

  it('says "too few to judge" rather than "in line" below two reviews, even at +1.25', () => {
    const rows = leniency(
      [
        { manager: m('one'), proposedRating: 5 },
        ...[4, 3, 3].map((r) => ({ manager: m('many'), proposedRating: r })),
      ],
      0.5,
    );
    expect(rows.find((r) => r.manager.id === 'one')).toMatchObject({ delta: 1.25, flag: null, tooFew: true });
    expect(rows.find((r) => r.manager.id === 'many')).toMatchObject({ tooFew: false });
  });
});
