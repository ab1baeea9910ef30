import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import { type PipAudience, pipCreation, pipPolicy, pipRefusal, seesVisibility } from './policy';
import { type PipState, pipStates } from './tables';

const actor = (personId: string, roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId,
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

/**
 * [label, actor, relation to the employee, audience on a published plan, audience on a draft, may
 * start a plan]. Approvers, coaches and org admins get nothing from their role: only the manager
 * chain and HR do.
 */
const cases: [string, Actor, Relation | null, PipAudience | null, PipAudience | null, string][] = [
  ['the employee', actor('e'), 'self', 'employee', null, 'denied'],
  ['the employee who is an HR admin', actor('e', ['hr_admin']), 'self', 'employee', null, 'denied'],
  ['direct manager', actor('m'), 'direct_manager', 'manager', 'manager', 'manager'],
  ['skip-level manager', actor('s'), 'skip_level_manager', 'manager', 'manager', 'denied'],
  ['HR admin', actor('hr', ['hr_admin']), 'colleague', 'hr', 'hr', 'hr'],
  ['HR admin who is also the direct manager', actor('hm', ['hr_admin']), 'direct_manager', 'hr', 'hr', 'hr'],
  ['approver', actor('ap', ['approver']), 'colleague', null, null, 'denied'],
  [
    'approver who is the skip-level',
    actor('as', ['approver']),
    'skip_level_manager',
    'manager',
    'manager',
    'denied',
  ],
  ['coach', actor('co', ['coach']), 'colleague', null, null, 'denied'],
  ['org admin', actor('ad', ['org_admin']), 'colleague', null, null, 'denied'],
  ['peer', actor('p'), 'colleague', null, null, 'denied'],
  ['another organisation', actor('x', ['hr_admin', 'org_admin']), null, null, null, 'none'],
];

const running: PipState[] = ['active', 'acknowledged', 'paused', 'extended'];
const awaiting: PipState[] = ['active', 'paused', 'extended'];

describe('improvement plan policy', () => {
  for (const [label, who, relation, published, draft, creation] of cases) {
    for (const state of pipStates) {
      it(`${label} on a ${state} plan`, () => {
        const publishedAt = state === 'draft' ? null : new Date();
        const policy = pipPolicy(who, { state, publishedAt }, relation);
        const audience = state === 'draft' ? draft : published;
        expect(policy.audience).toBe(audience);
        expect(policy.read).toBe(audience !== null);
        expect(policy.logAccess).toBe(audience !== null && audience !== 'employee');
        const hr = audience === 'hr';
        const directManager = audience === 'manager' && relation === 'direct_manager';
        const employee = audience === 'employee';
        expect(policy.edit).toBe((hr || directManager) && state !== 'closed');
        expect(policy.publish).toBe(hr && state === 'draft');
        expect(policy.extend).toBe(hr && running.includes(state));
        // Closing with an outcome is HR's alone, never the manager's.
        expect(policy.close).toBe(hr && state !== 'closed');
        expect(policy.acknowledge).toBe(employee && awaiting.includes(state));
        expect(policy.respond).toBe(employee);
        if (state === 'closed') {
          // A draft discarded before it was published never existed for the employee.
          const discarded = pipPolicy(who, { state, publishedAt: null }, relation);
          expect(discarded.audience).toBe(relation === 'self' ? null : audience);
        }
        expect(policy.recordCheckIn).toBe((hr || directManager) && running.includes(state));
        expect(policy.hrChoices).toBe(hr);
      });
    }
    it(`${label} starting a plan`, () => {
      expect(pipCreation(who, relation)).toBe(creation);
    });
  }

  it('refuses by state (409) what the standing allows, and by role (403) what it does not', () => {
    const hr = actor('hr', ['hr_admin']);
    const closed = pipPolicy(hr, { state: 'closed', publishedAt: new Date() }, 'colleague');
    expect(pipRefusal('close', closed, 'colleague')?.code).toBe('invalid_state');
    expect(pipRefusal('close', closed, 'colleague')?.reason?.code).toBe('pipClosed');
    const active = pipPolicy(hr, { state: 'active', publishedAt: new Date() }, 'colleague');
    expect(pipRefusal('publish', active, 'colleague')?.reason?.code).toBe('pipNotDraft');
    const manager = pipPolicy(actor('m'), { state: 'draft', publishedAt: null }, 'direct_manager');
    expect(pipRefusal('publish', manager, 'direct_manager')).toBeUndefined();
    const employee = pipPolicy(actor('e'), { state: 'acknowledged', publishedAt: new Date() }, 'self');
    expect(pipRefusal('acknowledge', employee, 'self')?.reason?.code).toBe('pipNothingToAcknowledge');
  });

  it('shows a part to HR always, to the manager chain unless HR-only, to the employee only when shared', () => {
    const table: [PipAudience, Record<'hr' | 'manager' | 'employee', boolean>][] = [
      ['hr', { hr: true, manager: true, employee: true }],
      ['manager', { hr: false, manager: true, employee: true }],
      ['employee', { hr: false, manager: false, employee: true }],
    ];
    for (const [audience, sees] of table)
      for (const visibility of ['hr', 'manager', 'employee'] as const)
        expect(seesVisibility(audience, visibility)).toBe(sees[visibility]);
  });
});
