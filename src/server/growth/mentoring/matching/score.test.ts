import { describe, expect, it } from 'vitest';
import { defaultMatchingWeights, rankMentors, scoreMatch } from '.';
import { context, mentee, mentor } from './testing';

describe('scoreMatch', () => {
  it('computes every part as documented (hand-computed)', () => {
    const who = mentee('a', {
      wants: [
        { competencyId: 'A', level: 4 },
        { competencyId: 'B', level: 2 },
      ],
      gapCompetencyIds: ['A', 'C', 'D'],
      prefersCrossFunction: true,
      departmentId: 'eng',
      languages: ['en', 'de'],
      utcOffsetMinutes: 60,
      availability: ['mon-am', 'tue-pm', 'wed-am'],
    });
    const by = mentor('m', {
      offers: [
        { competencyId: 'A', level: 3 },
        { competencyId: 'B', level: 5 },
      ],
      departmentId: 'sales',
      languages: ['DE'],
      utcOffsetMinutes: -120,
      availability: ['tue-pm', 'wed-am', 'thu-am', 'fri-pm'],
    });
    // skills 50 × (3/4 + 2/2)/2 = 43.75 → 43.8; gaps 20 × 1/3 → 6.7; cross 10 (other department);
    // language shared (5) + 3 h apart (5 × 0.5 = 2.5) → 7.5; slots 2 of min(3, 4) → 6.7. Sum 74.7 → 75.
    expect(scoreMatch(who, by, defaultMatchingWeights)).toEqual({
      mentorId: 'm',
      score: 75,
      breakdown: { skills: 43.8, gaps: 6.7, crossFunction: 10, languageTimeZone: 7.5, availability: 6.7 },
    });
  });

  it('gives half of a part when a side has not said', () => {
    const who = mentee('a', {
      wants: [],
      gapCompetencyIds: [],
      prefersCrossFunction: true,
      departmentId: null,
      languages: [],
      utcOffsetMinutes: null,
      availability: [],
    });
    expect(scoreMatch(who, mentor('m'), defaultMatchingWeights)).toEqual({
      mentorId: 'm',
      score: 50,
      breakdown: { skills: 25, gaps: 10, crossFunction: 5, languageTimeZone: 5, availability: 5 },
    });
  });

  it('cross-function: only a stated preference can cost points', () => {
    const same = mentor('m', { departmentId: 'eng' });
    expect(
      scoreMatch(
        mentee('a', { departmentId: 'eng', prefersCrossFunction: true }),
        same,
        defaultMatchingWeights,
      ).breakdown.crossFunction,
    ).toBe(0);
    expect(
      scoreMatch(
        mentee('a', { departmentId: 'eng', prefersCrossFunction: false }),
        same,
        defaultMatchingWeights,
      ).breakdown.crossFunction,
    ).toBe(10);
  });

  it('time zones: clock distance, none from 6 h, wrapping around the date line', () => {
    const tz = (a: number, b: number) =>
      scoreMatch(
        mentee('a', { utcOffsetMinutes: a, languages: ['fr'] }),
        mentor('m', { utcOffsetMinutes: b }),
        defaultMatchingWeights,
      ).breakdown.languageTimeZone;
    expect(tz(0, 0)).toBe(5); // no shared language, same zone
    expect(tz(0, 90)).toBe(3.8); // 5 × 0.75 = 3.75 → 3.8
    expect(tz(0, 360)).toBe(0);
    expect(tz(0, -600)).toBe(0);
    expect(tz(840, -600)).toBe(5); // UTC+14 and UTC−10: the same clock
  });

  it('skills: offering more than the target earns no extra; missing skills earn nothing', () => {
    const who = mentee('a', {
      wants: [
        { competencyId: 'X', level: 2 },
        { competencyId: 'Y', level: 5 },
      ],
    });
    const by = mentor('m', { offers: [{ competencyId: 'X', level: 5 }] });
    expect(scoreMatch(who, by, defaultMatchingWeights).breakdown.skills).toBe(25);
  });

  it('normalises weights that do not sum to 100, and falls back to the defaults when all are 0', () => {
    const who = mentee('a');
    const by = mentor('m');
    const reference = scoreMatch(who, by, defaultMatchingWeights);
    expect(
      scoreMatch(who, by, { skills: 5, gaps: 2, crossFunction: 1, languageTimeZone: 1, availability: 1 }),
    ).toEqual(reference);
    expect(
      scoreMatch(who, by, { skills: 0, gaps: 0, crossFunction: 0, languageTimeZone: 0, availability: 0 }),
    ).toEqual(reference);
    const skillsOnly = scoreMatch(who, by, {
      skills: 1,
      gaps: 0,
      crossFunction: 0,
      languageTimeZone: 0,
      availability: 0,
    });
    expect(skillsOnly).toEqual({
      mentorId: 'm',
      score: 100,
      breakdown: { skills: 100, gaps: 0, crossFunction: 0, languageTimeZone: 0, availability: 0 },
    });
  });
});

describe('rankMentors', () => {
  const who = mentee('a', { wants: [{ competencyId: 'c-lead', level: 5 }] });
  const at = (level: number) => [{ competencyId: 'c-lead', level }];

  it('orders by score, then fewer current mentees, then person id', () => {
    const mentors = [
      mentor('m-c', { offers: at(4), activeMentees: 1 }),
      mentor('m-b', { offers: at(4), activeMentees: 0 }),
      mentor('m-a', { offers: at(4), activeMentees: 1 }),
      mentor('m-top', { offers: at(5), activeMentees: 1 }),
    ];
    expect(rankMentors(who, mentors, context()).ranked.map((r) => r.mentorId)).toEqual([
      'm-top',
      'm-b',
      'm-a',
      'm-c',
    ]);
  });

  it('rotates the featured suggestion by remaining capacity', () => {
    const mentors = [
      mentor('m-1', { offers: at(5), capacity: 2, activeMentees: 0 }), // 2 free places
      mentor('m-2', { offers: at(4), capacity: 2, activeMentees: 1 }), // 1 free place
      mentor('m-3', { offers: at(3), capacity: 1, activeMentees: 0 }), // 1 free place
    ];
    const featured = (times: Record<string, number>) =>
      rankMentors(who, mentors, context(), new Map(Object.entries(times))).featuredMentorId;
    expect(featured({})).toBe('m-1');
    expect(featured({ 'm-1': 1 })).toBe('m-1');
    expect(featured({ 'm-1': 2 })).toBe('m-2');
    expect(featured({ 'm-1': 2, 'm-2': 1 })).toBe('m-3');
    expect(featured({ 'm-1': 3, 'm-2': 5, 'm-3': 1 })).toBe('m-1'); // all booked out: the best one
    expect(rankMentors(who, [], context()).featuredMentorId).toBeNull();
  });
});
