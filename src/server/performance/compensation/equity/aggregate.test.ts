import { describe, expect, it } from 'vitest';
import {
  bucketIndex,
  distributionOf,
  type GroupSummary,
  groupOut,
  isSmall,
  meanOf,
  medianOf,
  type PersonFigures,
  summarize,
  suppressCounts,
  suppressionOf,
} from './aggregate';

/** A person with an increase of `pct` % (null: no proposal) and compa-ratios as decimals. */
const person = (
  pct: string | null,
  before: string | null = '1.0000',
  after: string | null = before,
): PersonFigures => {
  const scaled = (text: string | null) => (text === null ? null : BigInt(Math.round(Number(text) * 10_000)));
  return {
    proposed: pct !== null,
    increase: scaled(pct),
    compaBefore: scaled(before),
    compaAfter: scaled(after),
  };
};

/** A group of `headcount` people, all proposed for at 3 % (`proposed` of them), placed at 1.0. */
const group = (headcount: number, proposed = headcount): GroupSummary =>
  summarize(Array.from({ length: headcount }, (_, index) => person(index < proposed ? '3' : null)));

describe('means and medians', () => {
  it('averages exactly and rounds once, half to even', () => {
    expect(meanOf([30000n, 40000n], 2)).toBe('3.50');
    // (1 + 2 + 2) / 3 = 1.6666… → 1.67
    expect(meanOf([10000n, 20000n, 20000n], 2)).toBe('1.67');
    // 0.125 at 2 places is a tie: to the even neighbour 0.12
    expect(meanOf([1250n], 2)).toBe('0.12');
    expect(meanOf([], 2)).toBeNull();
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(medianOf([50000n, 10000n, 30000n], 2)).toBe('3.00');
    expect(medianOf([40000n, 10000n, 20000n, 100000n], 2)).toBe('3.00');
    expect(medianOf([10000n, 20001n], 4)).toBe('1.5000');
    expect(medianOf([], 2)).toBeNull();
  });

  it('counts only proposals past the draft in the increase, everyone placed in the compa-ratios', () => {
    const summary = summarize([
      person('2', '0.9000', '0.9180'),
      person('4', '1.1000', '1.1440'),
      person(null, '0.8000'),
      person(null, null),
    ]);
    expect(summary).toEqual({
      headcount: 4,
      proposed: 2,
      placedBefore: 3,
      placedAfter: 3,
      meanIncreasePct: '3.00',
      medianIncreasePct: '3.00',
      meanCompaBefore: '0.9333',
      meanCompaAfter: '0.9540',
    });
  });
});

describe('suppression', () => {
  it('hides a group of fewer than five and, alone, the next smallest: A=7, B=3, C=6 → B and C', () => {
    expect(suppressionOf([group(7), group(3), group(6)])).toEqual([null, 'small', 'complementary']);
  });

  it('needs no complement when two or more groups are small, or nothing is', () => {
    expect(suppressionOf([group(9), group(3), group(4)])).toEqual([null, 'small', 'small']);
    expect(suppressionOf([group(5), group(6)])).toEqual([null, null]);
    expect(suppressionOf([group(3)])).toEqual(['small']);
  });

  it('calls a group small when any figure of it rests on one to four people', () => {
    expect(isSmall(group(10, 2))).toBe(true);
    expect(isSmall(group(10, 0))).toBe(false);
    expect(isSmall(group(10, 5))).toBe(false);
  });

  it('takes a complement that has proposals when the hidden group has some', () => {
    // The 6-person group has no proposals: hiding it would leave the small group's increase derivable.
    expect(suppressionOf([group(8), group(3), group(6, 0)])).toEqual(['complementary', 'small', null]);
  });

  it('withholds every figure of a suppressed group, and says why', () => {
    const out = groupOut({ key: null, name: 'Sales' }, group(3), 'small');
    expect(out).toMatchObject({
      suppressed: true,
      suppression: 'small',
      headcount: null,
      meanIncreasePct: null,
    });
    const shown = groupOut({ key: null, name: 'Sales' }, group(6, 0), null);
    expect(shown).toMatchObject({ suppressed: false, headcount: 6, proposed: 0, meanIncreasePct: null });
  });
});

describe('compa-ratio distribution', () => {
  it('puts a ratio on an edge into the bucket above it', () => {
    expect(bucketIndex(7999n)).toBe(0);
    expect(bucketIndex(8000n)).toBe(1);
    expect(bucketIndex(10000n)).toBe(3);
    expect(bucketIndex(12000n)).toBe(5);
  });

  it('counts before and after, and withholds counts of one to four with a complement', () => {
    expect(suppressCounts([0, 3, 7, 12, 6, 0])).toEqual([0, null, 7, 12, null, 0]);
    expect(suppressCounts([0, 3, 2, 12, 6, 0])).toEqual([0, null, null, 12, 6, 0]);
    const people = [
      ...Array.from({ length: 6 }, () => person('3', '0.8500', '0.9500')),
      person('3', '1.2500'),
    ];
    const full = distributionOf(people, false);
    expect(full.map((bucket) => [bucket.from, bucket.to, bucket.before, bucket.after])).toEqual([
      [null, '0.80', 0, 0],
      ['0.80', '0.90', 6, 0],
      ['0.90', '1.00', 0, 6],
      ['1.00', '1.10', 0, 0],
      ['1.10', '1.20', 0, 0],
      ['1.20', null, 1, 1],
    ]);
    const withheld = distributionOf(people, true);
    expect(withheld.map((bucket) => [bucket.before, bucket.after])).toEqual([
      [0, 0],
      [null, 0],
      [0, null],
      [0, 0],
      [0, 0],
      [null, null],
    ]);
  });
});
