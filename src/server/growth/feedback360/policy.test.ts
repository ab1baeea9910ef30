import { describe, expect, it } from 'vitest';
import { type Request360Status, request360Statuses } from '../../../contracts/feedback360';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import { request360Policy, task360Policy } from './policy';

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

const request = (status: Request360Status, program = false) => ({
  subjectId: 'subject',
  requestedById: program ? 'hr' : 'subject',
  approverId: 'manager',
  coachId: 'coach',
  status,
});

type Ability = Exclude<keyof ReturnType<typeof request360Policy>, 'visible'>;
const abilities: Ability[] = [
  'read',
  'edit',
  'nominate',
  'submitNominations',
  'approve',
  'remind',
  'close',
  'release',
  'readReport',
];

/** Which abilities each person has in each state; everything not listed is false. */
const expected: Record<string, (status: Request360Status, program: boolean) => Ability[]> = {
  subject: (s) => [
    'read',
    ...(['nominating', 'awaiting_approval', 'collecting'].includes(s) ? (['edit'] as const) : []),
    ...(s === 'nominating' ? (['nominate', 'submitNominations'] as const) : []),
    ...(s === 'collecting' ? (['remind', 'close'] as const) : []),
    ...(s === 'released' ? (['readReport'] as const) : []),
  ],
  manager: (s) => (s === 'awaiting_approval' ? ['approve'] : []),
  coach: (s) => [
    ...(s === 'closed' ? (['release'] as const) : []),
    ...(s === 'closed' || s === 'released' ? (['readReport'] as const) : []),
  ],
  hr: (s, program) =>
    program
      ? [
          ...(['nominating', 'awaiting_approval', 'collecting'].includes(s) ? (['edit'] as const) : []),
          ...(s === 'collecting' ? (['close'] as const) : []),
        ]
      : [],
  orgAdmin: () => [],
  approverRole: () => [],
  colleague: () => [],
  rater: () => [],
};

const actors: Record<string, Actor> = {
  subject: actor('subject'),
  manager: actor('manager'),
  coach: actor('coach', ['coach']),
  hr: actor('hr', ['hr_admin']),
  orgAdmin: actor('admin', ['org_admin']),
  approverRole: actor('approver', ['approver']),
  colleague: actor('colleague'),
  rater: actor('rater'),
};

describe('360 request policy, every role × state', () => {
  for (const program of [false, true]) {
    for (const status of request360Statuses) {
      for (const [who, person] of Object.entries(actors)) {
        it(`${who} on a ${program ? 'program' : 'self-requested'} 360 that is ${status}`, () => {
          const policy = request360Policy(person, request(status, program));
          const allowed = new Set(expected[who]!(status, program));
          for (const ability of abilities) expect(policy[ability], ability).toBe(allowed.has(ability));
        });
      }
    }
  }

  it('nobody but the subject and the coach ever reads a report, whatever their role', () => {
    for (const status of request360Statuses) {
      for (const roles of [['hr_admin'], ['org_admin'], ['approver'], ['coach']] as RoleName[][]) {
        expect(request360Policy(actor('someone', roles), request(status, true)).readReport).toBe(false);
      }
      expect(request360Policy(actor('manager'), request(status)).readReport).toBe(false);
    }
  });

  it('without a coach, the subject reads the released report and nobody can release', () => {
    const noCoach = { ...request('closed'), coachId: null };
    expect(request360Policy(actor('subject'), noCoach).release).toBe(false);
    expect(request360Policy(actor('subject'), { ...noCoach, status: 'released' }).readReport).toBe(true);
  });

  it('the approver is visible only while nominations await approval', () => {
    for (const status of request360Statuses)
      expect(request360Policy(actor('manager'), request(status)).visible).toBe(
        status === 'awaiting_approval',
      );
  });
});

describe('360 guards read this policy', () => {
  it('no ability without visibility: whoever may act is told the 360 exists (403, never 404)', () => {
    for (const program of [false, true])
      for (const status of request360Statuses)
        for (const person of Object.values(actors)) {
          const policy = request360Policy(person, request(status, program));
          for (const ability of abilities) if (policy[ability]) expect(policy.visible, ability).toBe(true);
        }
  });
});

describe('360 task policy', () => {
  it('only the rater reads their task, and answers it only while pending in a collecting 360', () => {
    for (const status of request360Statuses) {
      for (const taskStatus of ['pending', 'done', 'declined', 'expired'] as const) {
        const open = status === 'collecting' && taskStatus === 'pending';
        expect(task360Policy(actor('rater'), { raterId: 'rater', status: taskStatus }, status)).toEqual({
          read: true,
          answer: open,
          decline: open,
        });
        for (const roles of [['hr_admin'], ['org_admin'], []] as RoleName[][]) {
          expect(
            task360Policy(actor('subject', roles), { raterId: 'rater', status: taskStatus }, status),
          ).toEqual({ read: false, answer: false, decline: false });
        }
      }
    }
  });
});
