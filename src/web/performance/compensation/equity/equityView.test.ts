import { describe, expect, it } from 'vitest';
import type { EquityGroup } from './api';
import { bucketRange, groupStatus } from './equityView';

const group = (overrides: Partial<EquityGroup>): EquityGroup => ({
  key: null,
  name: 'Sales',
  suppressed: false,
  suppression: null,
  headcount: 6,
  proposed: 6,
  meanIncreasePct: '3.00',
  medianIncreasePct: '3.00',
  meanCompaBefore: '1.0000',
  meanCompaAfter: '1.0300',
  ...overrides,
});

describe('equity view', () => {
  it('tells a withheld group from one with no data yet', () => {
    expect(groupStatus(group({}))).toBe('shown');
    expect(groupStatus(group({ suppressed: true, suppression: 'small', meanIncreasePct: null }))).toBe(
      'small',
    );
    expect(groupStatus(group({ suppressed: true, suppression: 'complementary' }))).toBe('complementary');
    expect(groupStatus(group({ proposed: 0, meanIncreasePct: null }))).toBe('noData');
  });

  it('names the open ends of the histogram', () => {
    expect(bucketRange({ from: null, to: '0.80', before: 1, after: 0 }).kind).toBe('below');
    expect(bucketRange({ from: '1.20', to: null, before: 1, after: 0 }).kind).toBe('above');
    expect(bucketRange({ from: '0.80', to: '0.90', before: 1, after: 0 })).toEqual({
      kind: 'between',
      from: '0.80',
      to: '0.90',
    });
  });
});
