import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compensationCodes } from './codes';
import { isoDateOf } from './isoDate';
import { FULL_PERIOD, factorValue, prorate, prorateExact, prorationFactor } from './proration';
import { rational } from './rational';

const year = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };

describe('prorationFactor', () => {
  it('hired 2 July in a calendar year → 183/365 (acceptance)', () => {
    expect(prorationFactor({ ...year, hireDate: '2026-07-02' })).toEqual({
      eligibleDays: 183,
      periodDays: 365,
    });
  });

  it('counts the whole period for someone hired before it, and 366 days in a leap year', () => {
    expect(prorationFactor({ ...year, hireDate: '2019-05-01' })).toEqual({
      eligibleDays: 365,
      periodDays: 365,
    });
    const leap = { periodStart: '2028-01-01', periodEnd: '2028-12-31', hireDate: '2020-01-01' };
    expect(prorationFactor(leap)).toEqual({ eligibleDays: 366, periodDays: 366 });
  });

  it('counts both the first and the last day', () => {
    expect(prorationFactor({ ...year, hireDate: '2026-12-31' })).toEqual({
      eligibleDays: 1,
      periodDays: 365,
    });
    expect(
      prorationFactor({ ...year, hireDate: '2026-01-01', terminatedOn: '2026-01-01' }).eligibleDays,
    ).toBe(1);
  });

  it('stops at the termination date and is 0 outside the period', () => {
    expect(
      prorationFactor({ ...year, hireDate: '2025-01-01', terminatedOn: '2026-03-31' }).eligibleDays,
    ).toBe(90);
    expect(prorationFactor({ ...year, hireDate: '2027-01-04' }).eligibleDays).toBe(0);
    expect(
      prorationFactor({ ...year, hireDate: '2020-01-01', terminatedOn: '2025-12-31' }).eligibleDays,
    ).toBe(0);
  });

  it('takes out unpaid leave inside the employed window once, overlaps merged', () => {
    const input = {
      ...year,
      hireDate: '2026-07-02',
      unpaidLeave: [
        { from: '2026-08-01', to: '2026-08-10' }, // 10 days
        { from: '2026-08-05', to: '2026-08-14' }, // 4 more
        { from: '2026-06-01', to: '2026-07-03' }, // 2 inside the window (2–3 July)
        { from: '2027-01-01', to: '2027-02-01' }, // after the period
      ],
    };
    expect(prorationFactor(input)).toEqual({ eligibleDays: 183 - 16, periodDays: 365 });
  });

  it('refuses bad dates, a period ending before it starts, leave ending before it starts', () => {
    expect(() => prorationFactor({ ...year, hireDate: '2026-02-30' })).toThrow(
      expect.objectContaining({
        code: compensationCodes.dateInvalid,
        params: expect.objectContaining({ field: 'hireDate' }),
      }),
    );
    expect(() =>
      prorationFactor({ periodStart: '2026-12-31', periodEnd: '2026-01-01', hireDate: '2026-01-01' }),
    ).toThrow(expect.objectContaining({ code: compensationCodes.periodInvalid }));
    expect(() =>
      prorationFactor({
        ...year,
        hireDate: '2026-01-01',
        unpaidLeave: [{ from: '2026-05-02', to: '2026-05-01' }],
      }),
    ).toThrow(expect.objectContaining({ code: compensationCodes.leaveInvalid, params: { index: 0 } }));
    expect(() => prorationFactor({ ...year, hireDate: '2026-05-01', terminatedOn: '2026-04-30' })).toThrow(
      expect.objectContaining({ code: compensationCodes.periodInvalid }),
    );
  });

  it('never exceeds the period, and leave only lowers it (property)', () => {
    const base = Date.UTC(2026, 0, 1) / 86_400_000;
    const day = fc.integer({ min: -400, max: 800 }).map((offset) => isoDateOf(base + offset));
    const spell = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
    fc.assert(
      fc.property(day, fc.array(spell, { maxLength: 5 }), (hireDate, unpaidLeave) => {
        const without = prorationFactor({ ...year, hireDate });
        const withLeave = prorationFactor({ ...year, hireDate, unpaidLeave });
        expect(without.eligibleDays).toBeLessThanOrEqual(365);
        expect(withLeave.eligibleDays).toBeGreaterThanOrEqual(0);
        expect(withLeave.eligibleDays).toBeLessThanOrEqual(without.eligibleDays);
      }),
    );
  });
});

describe('prorate', () => {
  const half = { eligibleDays: 183, periodDays: 365 };

  it('scales a percentage exactly and writes it to 4 places', () => {
    expect(prorateExact('5', half)).toEqual(rational(183n, 73n));
    expect(prorate('5', half)).toBe('2.5068');
    expect(prorate('7', half)).toBe('3.5096');
    expect(prorate('6.5', FULL_PERIOD)).toBe('6.5000');
    expect(prorate('3', half, 2)).toBe('1.50');
  });

  it('refuses a factor that is not a share of the period', () => {
    for (const factor of [
      { eligibleDays: 2, periodDays: 1 },
      { eligibleDays: -1, periodDays: 365 },
      { eligibleDays: 1, periodDays: 0 },
      { eligibleDays: 0.5, periodDays: 365 },
    ]) {
      expect(() => factorValue(factor)).toThrow(
        expect.objectContaining({ code: compensationCodes.periodInvalid }),
      );
    }
    expect(() => prorate('five', half)).toThrow(
      expect.objectContaining({ code: compensationCodes.decimalInvalid }),
    );
  });
});
