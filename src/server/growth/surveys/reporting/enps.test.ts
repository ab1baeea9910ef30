import { describe, expect, it } from 'vitest';
import { enpsOf } from './enps';
import { effectiveRules } from './rules';
import { trendDelta } from './trend';

const rules = { threshold: 5, commentThreshold: 10 };

describe('enpsOf', () => {
  it('is round(100 × (promoters − detractors) / n), passives counted in n only', () => {
    expect(enpsOf([10, 10, 10, 10, 6], rules)).toEqual({
      state: 'shown',
      score: 60,
      n: 5,
      promoters: 4,
      passives: 0,
      detractors: 1,
    });
    expect(enpsOf([9, 7, 8, 0, 6, 10], rules)).toMatchObject({ score: 0, passives: 2 });
    expect(enpsOf([9, 9, 7, 7, 7, 6], rules)).toMatchObject({ score: 17 });
    expect(enpsOf([0, 0, 7, 7, 7, 7], rules)).toMatchObject({ score: -33 });
  });

  it('withholds a score under the threshold, and says "no data" for nobody', () => {
    expect(enpsOf([10, 10, 10, 10], rules)).toEqual({ state: 'below_threshold' });
    expect(enpsOf([], rules)).toEqual({ state: 'no_data' });
  });

  it('never lets the threshold fall below 3, nor the comment threshold below the threshold', () => {
    expect(enpsOf([10, 10], { threshold: 1, commentThreshold: 1 })).toEqual({ state: 'below_threshold' });
    expect(effectiveRules({ threshold: 1, commentThreshold: 2 })).toEqual({
      threshold: 3,
      commentThreshold: 3,
    });
    expect(effectiveRules({ threshold: 7, commentThreshold: 4 })).toEqual({
      threshold: 7,
      commentThreshold: 7,
    });
  });
});

describe('trendDelta', () => {
  it('shows a change only when both rounds pass the threshold', () => {
    const shown = (mean: number, n: number) => ({ state: 'shown' as const, mean, n });
    expect(trendDelta(shown(3, 6), shown(3.5, 8), rules)).toEqual({
      state: 'shown',
      delta: 0.5,
      previous: 3,
      current: 3.5,
    });
    expect(trendDelta({ state: 'below_threshold' }, shown(3.5, 8), rules)).toEqual({ state: 'withheld' });
    expect(trendDelta(shown(3, 6), { state: 'complementary' }, rules)).toEqual({ state: 'withheld' });
    expect(trendDelta(shown(3, 4), shown(3.5, 8), rules)).toEqual({ state: 'withheld' });
  });

  it('works on eNPS too', () => {
    const previous = enpsOf([10, 10, 10, 6, 6], rules);
    const current = enpsOf([10, 10, 10, 10, 6], rules);
    expect(trendDelta(previous, current, rules)).toEqual({
      state: 'shown',
      delta: 40,
      previous: 20,
      current: 60,
    });
  });
});
