import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import { mayReadCoverage, planPolicy, planReach } from './policy';
import { type PlanStatus, planStatuses } from './tables';

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
const plan = (status: PlanStatus, shared: boolean) => ({
  ownerId: 'owner',
  status,
  sharedWithId: shared ? 'manager' : null,
});

type Expectation = { read: boolean; edit: boolean; share: boolean; revoke: boolean; logAccess: boolean };
const none: Expectation = { read: false, edit: false, share: false, revoke: false, logAccess: false };

/** Everyone but the owner and the manager it is shared with: whatever the role, nothing. */
const outsiders: [string, Actor, Relation | null][] = [
  ['skip-level manager', actor('skip'), 'skip_level_manager'],
  ['HR admin (a colleague)', actor('hr', ['hr_admin']), 'colleague'],
  ['HR admin who is also the skip-level', actor('hr', ['hr_admin']), 'skip_level_manager'],
  ['org admin', actor('admin', ['org_admin']), 'colleague'],
  ['approver', actor('approver', ['approver']), 'colleague'],
  ['coach', actor('coach', ['coach']), 'colleague'],
  ['teammate', actor('teammate'), 'colleague'],
  ['someone in another organisation', actor('stranger', ['hr_admin']), null],
  ['an account without a person', actor(null, ['org_admin']), 'colleague'],
];

describe('planPolicy: role × plan state × shared/unshared', () => {
  for (const status of planStatuses) {
    for (const shared of [false, true]) {
      const label = `${status}, ${shared ? 'shared' : 'not shared'}`;

      it(`owner — ${label}`, () => {
        const policy = planPolicy(actor('owner'), plan(status, shared), 'self');
        expect(policy.read).toBe(true);
        expect(policy.logAccess).toBe(false);
        expect(policy.changeStatus).toBe(true);
        expect(policy.edit).toBe(status !== 'archived');
        expect(policy.share).toBe(!shared && status !== 'archived');
        expect(policy.revoke).toBe(shared);
      });

      it(`direct manager it is shared with — ${label}`, () => {
        const policy = planPolicy(actor('manager'), plan(status, shared), 'direct_manager');
        expect({ ...pick(policy), changeStatus: policy.changeStatus }).toEqual({
          ...none,
          read: shared,
          logAccess: shared,
          changeStatus: false,
        });
      });

      it(`a new direct manager it was not shared with — ${label}`, () => {
        const policy = planPolicy(actor('new-manager'), plan(status, shared), 'direct_manager');
        expect(pick(policy)).toEqual(none);
      });

      it(`the manager it was shared with, after the owner moved teams — ${label}`, () => {
        const policy = planPolicy(actor('manager'), plan(status, shared), 'colleague');
        expect(pick(policy)).toEqual(none);
      });

      for (const [who, caller, relation] of outsiders) {
        it(`${who} — ${label}`, () => {
          const policy = planPolicy(caller, plan(status, shared), relation);
          expect(pick(policy)).toEqual(none);
          expect(policy.changeStatus).toBe(false);
        });
      }
    }
  }
});

describe('planReach: lists agree with the single-plan rule', () => {
  const relations: (Relation | null)[] = ['self', 'direct_manager', 'skip_level_manager', 'colleague', null];
  const callers = [actor('owner'), actor('manager'), actor('someone-else'), actor(null)];
  for (const relation of relations) {
    it(`relation ${relation}`, () => {
      const reach = planReach(relation);
      for (const caller of callers) {
        // Relation 'self' only ever comes with the owner as caller.
        if ((relation === 'self') !== (caller.personId === 'owner')) continue;
        for (const status of planStatuses) {
          for (const shared of [false, true]) {
            const row = plan(status, shared);
            const listed =
              reach === 'all' ||
              (reach === 'shared_with_me' &&
                row.sharedWithId !== null &&
                row.sharedWithId === caller.personId);
            expect(listed, `${caller.personId} ${status} ${shared}`).toBe(
              planPolicy(caller, row, relation).read,
            );
          }
        }
      }
    });
  }

  it('a skip-level manager lists nothing, shared or not', () => {
    expect(planReach('skip_level_manager')).toBe('none');
  });
});

describe('coverage', () => {
  it('is for HR admins only', () => {
    expect(mayReadCoverage(actor('hr', ['hr_admin']))).toBe(true);
    for (const role of ['org_admin', 'approver', 'coach'] as RoleName[]) {
      expect(mayReadCoverage(actor('x', [role])), role).toBe(false);
    }
    expect(mayReadCoverage(actor('x'))).toBe(false);
  });
});

function pick(policy: ReturnType<typeof planPolicy>): Expectation {
  return {
    read: policy.read,
    edit: policy.edit,
    share: policy.share,
    revoke: policy.revoke,
    logAccess: policy.logAccess,
  };
}
