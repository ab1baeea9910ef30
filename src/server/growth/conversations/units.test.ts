import { describe, expect, it } from 'vitest';
import { cadenceStart, dueDate } from './cadence';
import { momentOn } from './commands/complete';
import { nearestRelease } from './releaseWarning';
import { addMonths, daysBetween } from './settings';

describe('conversation dates', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-06-15', 6)).toBe('2026-12-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(daysBetween('2026-12-01', '2026-12-15')).toBe(14);
    expect(daysBetween('2026-12-15', '2026-12-01')).toBe(-14);
  });

  it('is due a cadence after the last conversation held, or after joining', () => {
    expect(dueDate(new Date('2026-03-10T09:00:00Z'), '2020-01-01', 6, 'UTC')).toBe('2026-09-10');
    expect(dueDate(null, '2026-05-04', 6, 'UTC')).toBe('2026-11-04');
    // Held at 09:00 on 11 March in Auckland, which is still 10 March in UTC: counts from the 11th.
    expect(dueDate(new Date('2026-03-10T20:00:00Z'), '2020-01-01', 6, 'Pacific/Auckland')).toBe('2026-09-11');
    expect(dueDate(new Date('2026-03-10T20:00:00Z'), '2020-01-01', 6, 'UTC')).toBe('2026-09-10');
  });

  it('counts from the latest of the rule start, the hire date and the start with the manager', () => {
    expect(cadenceStart('2026-01-01', '2021-09-06', '2021-09-06')).toBe('2026-01-01');
    expect(cadenceStart('2026-01-01', '2026-03-02', null)).toBe('2026-03-02');
    expect(cadenceStart('2026-01-01', '2021-09-06', '2026-05-20')).toBe('2026-05-20');
  });

  it('stores a held day as a moment the organisation reads back as that day', () => {
    for (const zone of ['UTC', 'Pacific/Auckland', 'Pacific/Honolulu', 'Europe/Berlin']) {
      const moment = momentOn('2026-03-10', zone);
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(moment)).toBe('2026-03-10');
    }
  });

  it('warns within the window on either side of a release date, naming the nearest', () => {
    expect(nearestRelease('2026-12-10', ['2026-12-20'], 14)).toBe('2026-12-20');
    expect(nearestRelease('2026-12-10', ['2026-11-26'], 14)).toBe('2026-11-26');
    expect(nearestRelease('2026-12-10', ['2026-11-25', '2026-12-25'], 14)).toBeNull();
    expect(nearestRelease('2026-12-10', ['2026-12-01', '2026-12-12'], 14)).toBe('2026-12-12');
    expect(nearestRelease('2026-12-10', ['2026-12-10'], 0)).toBe('2026-12-10');
  });
});
