import { describe, expect, it } from 'vitest';
import {
  assignPool,
  hardRuleViolations,
  type MatchingContext,
  type MenteeInput,
  type MentorInput,
  rankMentors,
} from '.';
import { context, mentee, mentor } from './testing';

/**
 * One test per hard rule: `bad` breaks the rule and is otherwise the better mentor (it offers more),
 * `good` is eligible. The bad pair must be reported, never ranked, never featured, never assigned.
 */
function expectNeverMatched(
  rule: string,
  who: MenteeInput,
  bad: MentorInput,
  ctx: MatchingContext,
  good: MentorInput | null = mentor('m-good', { offers: [{ competencyId: 'c-lead', level: 1 }] }),
) {
  expect(hardRuleViolations(who, bad, ctx)).toContain(rule);
  const mentors = good ? [bad, good] : [bad];
  const { ranked, featuredMentorId } = rankMentors(who, mentors, ctx);
  expect(ranked.map((r) => r.mentorId)).not.toContain(bad.personId);
  expect(featuredMentorId).not.toBe(bad.personId);
  const pool = assignPool([who], mentors, ctx);
  expect(pool.pairs.filter((p) => p.mentorId === bad.personId)).toEqual([]);
  return pool;
}

describe('hard rules', () => {
  it('same_person: nobody mentors themselves', () => {
    const pool = expectNeverMatched(
      'same_person',
      mentee('p1', { levelRank: 1 }),
      mentor('p1', { levelRank: 5 }),
      context(),
    );
    expect(pool.pairs).toEqual([expect.objectContaining({ menteeId: 'p1', mentorId: 'm-good' })]);
  });

  it('not_opted_in: a mentor who opted out is never proposed, an opted-out mentee takes no place', () => {
    const ctx = context();
    expectNeverMatched(
      'not_opted_in',
      mentee('a'),
      mentor('m-out', { optedIn: false, offers: [{ competencyId: 'c-lead', level: 5 }] }),
      ctx,
    );
    const out = mentee('b', { optedIn: false });
    expect(hardRuleViolations(out, mentor('m-good'), ctx)).toEqual(['not_opted_in']);
    expect(rankMentors(out, [mentor('m-good')], ctx)).toEqual({ ranked: [], featuredMentorId: null });
    expect(assignPool([out], [mentor('m-good')], ctx)).toEqual({
      pairs: [],
      unmatched: [{ menteeId: 'b', reason: 'not_opted_in' }],
      totalScore: 0,
    });
  });

  it('reporting_chain: no ancestor and no descendant, however many levels apart', () => {
    // boss → lead → a: both boss (ancestor two levels up) and a report of a are excluded.
    const ctx = context({ a: 'lead', lead: 'boss', report: 'a' }, { minLevelGap: -5 });
    expectNeverMatched('reporting_chain', mentee('a'), mentor('boss', { levelRank: 6 }), ctx);
    expectNeverMatched('reporting_chain', mentee('a'), mentor('lead'), ctx);
    expectNeverMatched('reporting_chain', mentee('a'), mentor('report', { levelRank: 0 }), ctx);
    expect(hardRuleViolations(mentee('a'), mentor('m-good'), ctx)).toEqual([]);
  });

  it('capacity: a full mentor is not proposed, and one run never fills a mentor beyond its places', () => {
    const ctx = context();
    expectNeverMatched('capacity', mentee('a'), mentor('m-full', { capacity: 2, activeMentees: 2 }), ctx);
    // One free place, three mentees who all score it best: exactly one gets it.
    const single = mentor('m-one', {
      capacity: 3,
      activeMentees: 2,
      offers: [{ competencyId: 'c-lead', level: 5 }],
    });
    const pool = assignPool([mentee('a'), mentee('b'), mentee('c')], [single], ctx);
    expect(pool.pairs).toHaveLength(1);
    expect(pool.unmatched.map((u) => u.reason)).toEqual(['capacity_exhausted', 'capacity_exhausted']);
  });

  it('level_gap: mentor rank ≥ mentee rank + gap; unknown ranks pass only without a required gap', () => {
    const ctx = context({}, { minLevelGap: 1 });
    expectNeverMatched(
      'level_gap',
      mentee('a', { levelRank: 3 }),
      mentor('m-peer', { levelRank: 3 }),
      ctx,
      mentor('m-good', { levelRank: 4 }),
    );
    expectNeverMatched(
      'level_gap',
      mentee('a', { levelRank: null }),
      mentor('m-unknown', { levelRank: 9 }),
      ctx,
      mentor('m-good'),
    );
    const reverse = context({}, { minLevelGap: -2 });
    expect(hardRuleViolations(mentee('a', { levelRank: 5 }), mentor('m', { levelRank: 3 }), reverse)).toEqual(
      [],
    );
    expect(
      hardRuleViolations(
        mentee('a', { levelRank: null }),
        mentor('m', { levelRank: 3 }),
        context({}, { minLevelGap: 0 }),
      ),
    ).toEqual([]);
  });

  it('already_matched: a pair matched before is never proposed again; an open match keeps the mentee out', () => {
    const ctx = context({}, { matchedPairs: new Set(['a:m-before']) });
    expectNeverMatched(
      'already_matched',
      mentee('a'),
      mentor('m-before', { offers: [{ competencyId: 'c-lead', level: 5 }] }),
      ctx,
    );
    const open = context({}, { menteesWithOpenMatch: new Set(['b']) });
    expect(hardRuleViolations(mentee('b'), mentor('m-good'), open)).toEqual(['already_matched']);
    expect(rankMentors(mentee('b'), [mentor('m-good')], open).ranked).toEqual([]);
    expect(assignPool([mentee('b')], [mentor('m-good')], open).unmatched).toEqual([
      { menteeId: 'b', reason: 'already_matched' },
    ]);
  });

  it("do_not_match: either side's list is honoured", () => {
    const ctx = context();
    expectNeverMatched(
      'do_not_match',
      mentee('a', { doNotMatch: ['m-x'] }),
      mentor('m-x', { offers: [{ competencyId: 'c-lead', level: 5 }] }),
      ctx,
    );
    expectNeverMatched(
      'do_not_match',
      mentee('a'),
      mentor('m-y', { doNotMatch: ['a'], offers: [{ competencyId: 'c-lead', level: 5 }] }),
      ctx,
    );
  });

  it('reports no_eligible_mentor when only ineligible mentors exist', () => {
    const ctx = context({ a: 'm-boss' });
    expect(assignPool([mentee('a')], [mentor('m-boss')], ctx).unmatched).toEqual([
      { menteeId: 'a', reason: 'no_eligible_mentor' },
    ]);
  });
});
