import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../../components/DateField';
import { draftFrom, errorsOfStep, firstStepWithError, requestOf, suggestedDeadlines } from './cycleDraft';

describe('cycle wizard values', () => {
  it('suggests deadlines from the end of the period: a week, two weeks, three weeks …', () => {
    expect(suggestedDeadlines('2026-12-31')).toEqual({
      selfReviewDue: '2027-01-07',
      peerInputDue: '2027-01-10',
      managerReviewDue: '2027-01-14',
      calibrationDue: '2027-01-21',
      releaseDue: '2027-01-28',
      acknowledgeDue: '2027-02-04',
    });
    expect(suggestedDeadlines('')).toEqual({});
  });

  it('sends the exclusions with the filter, and no peer deadline without the peer phase', () => {
    const draft = { ...draftFrom(undefined), excludedPersonIds: ['p1'], peerInputDue: '2027-01-10' };
    expect(requestOf(draft)).toMatchObject({
      participantFilter: { excludedPersonIds: ['p1'] },
      peerInputDue: null,
    });
    expect(requestOf({ ...draft, withPeer: true }).peerInputDue).toBe('2027-01-10');
  });

  it('places each error on its step, the filter fields by their own names', () => {
    const errors = { name: 'n', 'participantFilter.hiredOnOrBefore': 'h', releaseDue: 'r' };
    expect(errorsOfStep(errors, 0)).toEqual({ name: 'n' });
    expect(errorsOfStep(errors, 1)).toEqual({ hiredOnOrBefore: 'h' });
    expect(errorsOfStep(errors, 2)).toEqual({ releaseDue: 'r' });
    expect(firstStepWithError({ releaseDue: 'r' })).toBe(2);
    expect(firstStepWithError({})).toBeNull();
  });

  it('reads dates typed as the app shows them, in English or German, or as ISO', () => {
    expect(parseTypedDate('16 Dec 2026')).toBe('2026-12-16');
    expect(parseTypedDate('1 Sept 2026')).toBe('2026-09-01');
    expect(parseTypedDate('16. Dezember 2026')).toBe('2026-12-16');
    expect(parseTypedDate('16.12.2026')).toBe('2026-12-16');
    expect(parseTypedDate('2026-12-16')).toBe('2026-12-16');
    expect(parseTypedDate('31.02.2026')).toBeNull();
    expect(parseTypedDate('12/16/2026')).toBeNull();
  });
});
