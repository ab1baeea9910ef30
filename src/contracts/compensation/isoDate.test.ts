import { describe, expect, it } from 'vitest';
import { compensationCodes } from './codes';
import { dayNumber, dayNumberOrNull, isIsoDate, isoDateOf } from './isoDate';

describe('ISO dates as UTC day numbers', () => {
  it('counts whole days from 1970-01-01', () => {
    expect(dayNumberOrNull('1970-01-01')).toBe(0);
    expect(dayNumberOrNull('1970-01-02')).toBe(1);
    expect(dayNumberOrNull('1969-12-31')).toBe(-1);
    expect((dayNumberOrNull('2026-12-31') ?? 0) - (dayNumberOrNull('2026-01-01') ?? 0)).toBe(364);
    expect((dayNumberOrNull('2028-12-31') ?? 0) - (dayNumberOrNull('2028-01-01') ?? 0)).toBe(365);
  });

  it('refuses dates that do not exist and other shapes', () => {
    for (const text of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '0099-01-01',
      '2026-1-1',
      '2026-01-01T00:00',
    ]) {
      expect(isIsoDate(text)).toBe(false);
    }
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(() => dayNumber('2026-02-30', 'hireDate')).toThrow(
      expect.objectContaining({
        code: compensationCodes.dateInvalid,
        params: { field: 'hireDate', value: '2026-02-30' },
      }),
    );
  });

  it('writes a day number back as its date', () => {
    expect(isoDateOf(dayNumber('2026-07-02', 'd'))).toBe('2026-07-02');
  });
});
