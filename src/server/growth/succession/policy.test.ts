import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import { namesSelf, type PlanStanding, positionReach, reachIncludes, successionPlanPolicy } from './policy';

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

const standing = (reviewer: boolean, named: boolean, hr = false): PlanStanding => ({ hr, reviewer, named });

/** [label, actor, standing, reads, designates reviewers / removes] */
const cases: [string, Actor, PlanStanding, boolean, boolean][] = [
  ['HR admin', actor('hr', ['hr_admin']), standing(false, false, true), true, true],
  ['HR admin named on the plan', actor('hr', ['hr_admin']), standing(false, true, true), false, false],
  ['HR admin without a person record', actor(null, ['hr_admin']), standing(false, false, true), true, true],
  ['designated reviewer', actor('ex'), standing(true, false), true, false],
  ['designated reviewer named on the plan', actor('ex'), standing(true, true), false, false],
  ['incumbent or successor', actor('p'), standing(false, true), false, false],
  ['org admin', actor('ad', ['org_admin']), standing(false, false), false, false],
  ['approver', actor('ap', ['approver']), standing(false, false), false, false],
  ['coach', actor('co', ['coach']), standing(false, false), false, false],
  ['colleague or manager', actor('c'), standing(false, false), false, false],
];

describe('succession plan policy', () => {
  it.each(cases)('%s', (_label, who, on, reads, hrOnly) => {
    const policy = successionPlanPolicy(who, null, on);
    expect(policy).toEqual({
      read: reads,
      edit: reads,
      editSlate: reads,
      designateReviewers: hrOnly,
      remove: hrOnly,
      logAccess: reads,
    });
  });

  it('lists exactly the plans the policy lets the caller read', () => {
    for (const [label, who, on] of cases) {
      expect(reachIncludes(positionReach(who), on), label).toBe(successionPlanPolicy(who, null, on).read);
    }
  });
});

describe('naming oneself on a plan', () => {
  it("is the caller's own person record", () => {
    expect(namesSelf(actor('p', ['hr_admin']), 'p')).toBe(true);
  });

  it('is not anyone else, nor no one', () => {
    expect(namesSelf(actor('p', ['hr_admin']), 'q')).toBe(false);
    expect(namesSelf(actor('p', ['hr_admin']), null)).toBe(false);
  });

  it('never applies to a caller without a person record', () => {
    expect(namesSelf(actor(null, ['hr_admin']), 'p')).toBe(false);
    expect(namesSelf(actor(null, ['hr_admin']), null)).toBe(false);
  });
});
