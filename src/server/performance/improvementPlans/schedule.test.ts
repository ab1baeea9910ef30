import { describe, expect, it } from 'vitest';
import { checkInDates, daysBetween, endDateOf, isCalendarDay } from './schedule';

describe('check-in schedule', () => {
  it('puts weekly check-ins every 7 days after the start, up to the end day included', () => {
    expect(checkInDates({ kind: 'weekly', dates: [] }, '2027-03-01', '2027-03-29')).toEqual([
      '2027-03-08',
      '2027-03-15',
      '2027-03-22',
      '2027-03-29',
    ]);
  });

  it('puts biweekly check-ins every 14 days, across a month end', () => {
    expect(checkInDates({ kind: 'biweekly', dates: [] }, '2027-01-20', '2027-03-20')).toEqual([
      '2027-02-03',
      '2027-02-17',
      '2027-03-03',
      '2027-03-17',
    ]);
  });

  it('takes explicit dates sorted and once each', () => {
    expect(
      checkInDates(
        { kind: 'dates', dates: ['2027-04-10', '2027-03-05', '2027-04-10'] },
        '2027-03-01',
        '2027-05-01',
      ),
    ).toEqual(['2027-03-05', '2027-04-10']);
  });

  it('tells calendar days from strings that only look like one', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2027-13-01')).toBe(false);
    expect(isCalendarDay('0000-00-00')).toBe(false);
  });

  it('ends 30, 60 or 90 days after the start, or on the explicit end date', () => {
    expect(endDateOf({ startDate: '2027-01-31', durationDays: 30, endDate: null })).toBe('2027-03-02');
    expect(endDateOf({ startDate: '2027-01-31', durationDays: null, endDate: '2027-02-15' })).toBe(
      '2027-02-15',
    );
    expect(daysBetween('2027-01-31', '2027-03-02')).toBe(30);
  });
});
