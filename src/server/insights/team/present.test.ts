import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../contracts/teamView';
import { nextAction } from './present';

type Columns = Parameters<typeof nextAction>[0];

const quiet: Columns = {
  goals: { onTrack: 1, atRisk: 0, offTrack: 0, noCheckIn: 0, done: 0 },
  review: null,
  oneOnOne: { seriesId: 's1', lastMetOn: '2026-11-01', nextMeetingOn: '2026-12-10' },
  conversation: {
    lastHeldAt: '2026-09-01T10:00:00.000Z',
    nextScheduledAt: null,
    nextConversationId: null,
    dueBy: '2027-03-01',
    overdue: false,
    dueSoon: false,
  },
  plan: null,
  feedback: { awaitingYou: 0, awaitingThem: 0 },
};

const review = (over: Partial<NonNullable<TeamMember['review']>>): TeamMember['review'] => ({
  reviewId: 'r1',
  cycleName: 'H2',
  state: 'manager_review',
  nextStep: 'manager_review',
  waitsOn: 'you',
  reviewer: null,
  due: '2026-12-16',
  overdue: false,
  ...over,
});

describe('the next action of a team row', () => {
  it('puts the caller’s own review step first, then requests, conversations, 1:1s, plans and goals', () => {
    const cases: [string, Columns, boolean, TeamMember['action']][] = [
      ['review to write', { ...quiet, review: review({}) }, true, { kind: 'write_review', targetId: 'r1' }],
      [
        'review to release',
        { ...quiet, review: review({ state: 'calibrated', nextStep: 'release' }) },
        true,
        { kind: 'release_review', targetId: 'r1' },
      ],
      [
        'someone else’s review step is not the caller’s',
        { ...quiet, review: review({ waitsOn: 'reviewer' }) },
        false,
        { kind: 'prepare_one_on_one', targetId: 's1' },
      ],
      [
        'a request waiting',
        { ...quiet, feedback: { awaitingYou: 2, awaitingThem: 0 } },
        true,
        { kind: 'answer_feedback', targetId: null },
      ],
      [
        'overdue, one scheduled',
        { ...quiet, conversation: { ...quiet.conversation!, overdue: true, nextConversationId: 'c1' } },
        true,
        { kind: 'hold_conversation', targetId: 'c1' },
      ],
      [
        'overdue, none scheduled',
        { ...quiet, conversation: { ...quiet.conversation!, overdue: true } },
        true,
        { kind: 'schedule_conversation', targetId: null },
      ],
      [
        'due soon',
        { ...quiet, conversation: { ...quiet.conversation!, dueSoon: true } },
        true,
        { kind: 'schedule_conversation', targetId: null },
      ],
      [
        'no 1:1 with a direct report',
        { ...quiet, oneOnOne: null },
        true,
        { kind: 'set_up_one_on_one', targetId: null },
      ],
      [
        'no 1:1 further down is the other manager’s to hold',
        { ...quiet, oneOnOne: null, conversation: null },
        false,
        { kind: 'open_profile', targetId: 'p1' },
      ],
      [
        'no next meeting',
        { ...quiet, oneOnOne: { ...quiet.oneOnOne!, nextMeetingOn: null } },
        true,
        { kind: 'schedule_one_on_one', targetId: 's1' },
      ],
      [
        'a shared plan gone quiet',
        {
          ...quiet,
          plan: {
            planId: 'pl1',
            status: 'active',
            actionsDone: 1,
            actionsTotal: 3,
            lastActivityAt: '2026-09-01T00:00:00.000Z',
            stale: true,
            more: 0,
          },
        },
        true,
        { kind: 'look_at_plan', targetId: 'pl1' },
      ],
      [
        'goals at risk',
        { ...quiet, goals: { ...quiet.goals, atRisk: 1 } },
        true,
        { kind: 'check_goals', targetId: 'p1' },
      ],
      ['all quiet: the next 1:1', quiet, true, { kind: 'prepare_one_on_one', targetId: 's1' }],
    ];
    for (const [label, columns, direct, expected] of cases)
      expect(nextAction(columns, 'p1', direct), label).toEqual(expected);
  });
});
