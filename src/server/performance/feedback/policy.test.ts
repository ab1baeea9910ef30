import { describe, expect, it } from 'vitest';
import type { FeedbackVisibility } from '../../../contracts/feedback';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import { feedbackPolicy, feedbackRequestPolicy, visibleAbout } from './policy';

const actor = (personId: string | null, roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId,
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});
const item = (visibility: FeedbackVisibility) => ({
  writerId: 'writer',
  recipientId: 'recipient',
  visibility,
});
const visibilities: FeedbackVisibility[] = ['recipient_only', 'recipient_and_manager', 'public'];

/** [label, actor, relation to the recipient, what they read per visibility] */
const cases: [string, Actor, Relation, Record<FeedbackVisibility, boolean>][] = [
  [
    'recipient',
    actor('recipient'),
    'self',
    { recipient_only: true, recipient_and_manager: true, public: true },
  ],
  [
    'writer (a colleague)',
    actor('writer'),
    'colleague',
    { recipient_only: true, recipient_and_manager: true, public: true },
  ],
  [
    'direct manager',
    actor('m'),
    'direct_manager',
    { recipient_only: false, recipient_and_manager: true, public: true },
  ],
  [
    'skip-level manager',
    actor('s'),
    'skip_level_manager',
    { recipient_only: false, recipient_and_manager: true, public: true },
  ],
  [
    'HR admin',
    actor('hr', ['hr_admin']),
    'colleague',
    { recipient_only: false, recipient_and_manager: true, public: true },
  ],
  [
    'approver',
    actor('ap', ['approver']),
    'colleague',
    { recipient_only: false, recipient_and_manager: false, public: true },
  ],
  [
    'coach',
    actor('co', ['coach']),
    'colleague',
    { recipient_only: false, recipient_and_manager: false, public: true },
  ],
  [
    'org admin',
    actor('ad', ['org_admin']),
    'colleague',
    { recipient_only: false, recipient_and_manager: false, public: true },
  ],
  [
    'colleague',
    actor('c'),
    'colleague',
    { recipient_only: false, recipient_and_manager: false, public: true },
  ],
];

describe('feedback policy', () => {
  for (const [label, who, relation, expected] of cases) {
    for (const visibility of visibilities) {
      it(`${label} on ${visibility}`, () => {
        const policy = feedbackPolicy(who, item(visibility), relation);
        expect(policy.read).toBe(expected[visibility]);
        // Only others' non-public reads are logged for the recipient.
        const own = who.personId === 'writer' || who.personId === 'recipient';
        expect(policy.logAccess).toBe(expected[visibility] && !own && visibility !== 'public');
        // Lists use visibleAbout; it must agree with the single-item rule (writers aside).
        if (who.personId !== 'writer')
          expect(visibleAbout(who, relation).includes(visibility)).toBe(expected[visibility]);
      });
    }
  }

  it('another organisation sees nothing', () => {
    expect(visibleAbout(actor('x', ['hr_admin']), null)).toEqual([]);
    expect(feedbackPolicy(actor('x', ['hr_admin']), item('public'), null).read).toBe(false);
  });

  it('a request is seen by the two people in it; only the person asked answers or declines, while open', () => {
    for (const status of ['open', 'answered', 'declined'] as const) {
      const request = { requesterId: 'asker', responderId: 'asked', status };
      const open = status === 'open';
      expect(feedbackRequestPolicy(actor('asked'), request)).toEqual({
        read: true,
        answer: open,
        decline: open,
      });
      expect(feedbackRequestPolicy(actor('asker'), request)).toEqual({
        read: true,
        answer: false,
        decline: false,
      });
      for (const roles of [['hr_admin'], ['org_admin'], ['approver'], ['coach'], []] as RoleName[][]) {
        expect(feedbackRequestPolicy(actor('other', roles), request)).toEqual({
          read: false,
          answer: false,
          decline: false,
        });
      }
    }
  });
});
