import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import {
  type GoalRelation,
  goalPolicy,
  goalTemplatePolicy,
  performanceAreaPolicy,
  readIsLogged,
} from './policy';
import { goalLevels, goalStatuses, goalVisibilities } from './tables';

const actor = (roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId: 'p',
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});
const relations: GoalRelation[] = ['owner', 'manager', 'member', 'none'];
const denied = { read: false, edit: false, checkIn: false, addChild: false };

describe('goal policy', () => {
  for (const level of goalLevels)
    for (const visibility of goalVisibilities)
      for (const status of goalStatuses)
        for (const relation of relations) {
          const goal = { level, visibility, status };
          const name = `${level}, ${visibility}, ${status}, ${relation}`;
          const active = status === 'active';

          it(`no role: ${name}`, () => {
            const read = visibility === 'public' || relation !== 'none';
            const steward =
              read &&
              ((level === 'personal' && (relation === 'owner' || relation === 'manager')) ||
                (level === 'department' && relation === 'manager'));
            expect(goalPolicy(actor(), goal, relation)).toEqual({
              read,
              edit: steward,
              checkIn: steward && active,
              addChild: read && active && level !== 'personal',
            });
          });

          it(`approver, coach and org admin get no more than no role: ${name}`, () => {
            for (const role of ['approver', 'coach', 'org_admin'] as const) {
              expect(goalPolicy(actor([role]), goal, relation)).toEqual(goalPolicy(actor(), goal, relation));
            }
          });

          it(`HR admin: ${name}`, () => {
            expect(goalPolicy(actor(['hr_admin']), goal, relation)).toEqual({
              read: true,
              edit: true,
              checkIn: active,
              addChild: active && level !== 'personal',
            });
          });
        }

  it('a private personal goal of someone else is hidden from a colleague entirely', () => {
    expect(
      goalPolicy(actor(), { level: 'personal', visibility: 'private', status: 'active' }, 'none'),
    ).toEqual(denied);
  });

  it('company goals are HR’s to change, even for managers', () => {
    const policy = goalPolicy(
      actor(),
      { level: 'company', visibility: 'public', status: 'active' },
      'manager',
    );
    expect(policy.edit).toBe(false);
    expect(policy.checkIn).toBe(false);
  });

  it('logs reads of private personal goals by anyone but the owner', () => {
    expect(readIsLogged({ level: 'personal', visibility: 'private' }, 'manager')).toBe(true);
    expect(readIsLogged({ level: 'personal', visibility: 'private' }, 'owner')).toBe(false);
    expect(readIsLogged({ level: 'personal', visibility: 'public' }, 'manager')).toBe(false);
    expect(readIsLogged({ level: 'department', visibility: 'private' }, 'member')).toBe(false);
  });
});

describe('template and KPI policies', () => {
  it('HR manages and assigns to anyone; managers list and assign within their tree; others nothing', () => {
    const hr = actor(['hr_admin']);
    expect(goalTemplatePolicy.manage(hr)).toBe(true);
    expect(goalTemplatePolicy.assignAnyone(hr)).toBe(true);
    expect(goalTemplatePolicy.assign(hr, { isManager: false })).toBe(true);
    const manager = actor();
    expect(goalTemplatePolicy.list(manager, { isManager: true })).toBe(true);
    expect(goalTemplatePolicy.assign(manager, { isManager: true })).toBe(true);
    expect(goalTemplatePolicy.manage(manager)).toBe(false);
    expect(goalTemplatePolicy.assignAnyone(manager)).toBe(false);
    for (const role of ['approver', 'coach', 'org_admin'] as const) {
      expect(goalTemplatePolicy.list(actor([role]), { isManager: false })).toBe(false);
      expect(goalTemplatePolicy.assign(actor([role]), { isManager: false })).toBe(false);
      expect(goalTemplatePolicy.manage(actor([role]))).toBe(false);
      expect(performanceAreaPolicy.manage(actor([role]))).toBe(false);
      expect(performanceAreaPolicy.readFor(actor([role]), 'colleague')).toBe(false);
    }
  });

  it('a person’s KPIs: self, managers and HR', () => {
    expect(performanceAreaPolicy.readFor(actor(), 'self')).toBe(true);
    expect(performanceAreaPolicy.readFor(actor(), 'direct_manager')).toBe(true);
    expect(performanceAreaPolicy.readFor(actor(), 'skip_level_manager')).toBe(true);
    expect(performanceAreaPolicy.readFor(actor(), 'colleague')).toBe(false);
    expect(performanceAreaPolicy.readFor(actor(['hr_admin']), 'colleague')).toBe(true);
  });
});
