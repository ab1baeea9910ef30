import { describe, expect, it } from 'vitest';
import { nextMeetingDate, nextOccurrence } from './schedule';

describe('1:1 schedule', () => {
  it('steps by a week, two weeks or a month', () => {
    expect(nextOccurrence('2026-03-02', 'weekly')).toBe('2026-03-09');
    expect(nextOccurrence('2026-03-02', 'biweekly')).toBe('2026-03-16');
    expect(nextOccurrence('2026-03-02', 'monthly')).toBe('2026-04-02');
  });

  it('keeps month ends inside the shorter month', () => {
    expect(nextOccurrence('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextOccurrence('2028-01-31', 'monthly')).toBe('2028-02-29');
    expect(nextOccurrence('2026-12-15', 'monthly')).toBe('2027-01-15');
  });

  it('schedules one step after the meeting when it was completed on time or early', () => {
    expect(nextMeetingDate('2026-03-02', 'weekly', '2026-03-02')).toBe('2026-03-09');
    expect(nextMeetingDate('2026-03-02', 'weekly', '2026-02-27')).toBe('2026-03-09');
  });

  it('never schedules into the past when a meeting is completed late', () => {
    expect(nextMeetingDate('2026-03-02', 'weekly', '2026-03-20')).toBe('2026-03-23');
    expect(nextMeetingDate('2026-03-02', 'biweekly', '2026-03-16')).toBe('2026-03-30');
  });
});
