import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressGroups } from './suppression';

describe('suppressGroups', () => {
  it('withholds a small sibling and the next smallest until the hidden total reaches the threshold', () => {
    expect(suppressGroups([7, 3, 6])).toEqual({
      shown: [7, null, null],
      reasons: [null, 'below_threshold', 'complementary'],
    });
  });

  it('keeps going while the withheld cells together are still a small group', () => {
    // 1 + 2 = 3 < 5, so the next smallest (8) is withheld too.
    expect(suppressGroups([1, 2, 8, 9]).shown).toEqual([null, null, null, 9]);
  });

  it('shows everything when every group is large enough, and empty cells always', () => {
    expect(suppressGroups([5, 0, 12])).toEqual({ shown: [5, 0, 12], reasons: [null, null, null] });
  });

  it('withholds a lone small group even when no sibling can cover it', () => {
    expect(suppressGroups([4, 0]).shown).toEqual([null, 0]);
  });

  it('counts cells withheld elsewhere as hidden, so a lone one gets a companion', () => {
    // 9 is hidden by its crossing column; alone it would follow from the total, so 8 goes too.
    expect(suppressGroups([9, 8, 12], 5, [true, false, false])).toEqual({
      shown: [null, null, 12],
      reasons: ['complementary', 'complementary', null],
    });
    expect(suppressGroups([9, 8, 12], 5, [true, false, true]).shown).toEqual([null, 8, null]);
  });

  it('never lets the threshold fall below 3', () => {
    expect(suppressGroups([2, 9], 1).shown).toEqual([null, null]);
  });

  it('no shown cell and published total lets a withheld cell be recovered', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const { shown } = suppressGroups(counts);
        const hidden = counts.filter((_, index) => shown[index] === null);
        for (const [index, count] of counts.entries())
          if (count > 0 && count < 5) expect(shown[index]).toBeNull();
        const anyShown = counts.some((count, index) => shown[index] !== null && count > 0);
        if (hidden.length > 0 && anyShown) {
          // Total minus the shown cells yields only the sum of the hidden ones: never a single
          // cell, and never a group under the threshold.
          expect(hidden.length).toBeGreaterThan(1);
          expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
        }
      }),
    );
  });
});
