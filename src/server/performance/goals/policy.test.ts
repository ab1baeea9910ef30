import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import {
  type GoalRelation,
  goalPolicy,
  goalReach,
  goalTemplatePolicy,
  performanceAreaPolicy,
  personalGoalRelation,
  personGoalsReach,
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
const denied = { read: false, logAccess: false, edit: false, checkIn: false, addChild: false };

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
              logAccess: read && readIsLogged(goal, relation),
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
              logAccess: readIsLogged(goal, relation),
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

/**
 * GUIDE 12: lists, tree levels, child counts and parent checks filter with `goalReach` (turned into
 * SQL by visibility.ts over the same relation `goalRelation` derives for one goal). Reach and the
 * single-goal read rule must agree everywhere, or a list would show or count a goal that answers 404.
 */
describe('goal reach and goal policy agree', () => {
  const roleSets: RoleName[][] = [
    [],
    ['approver'],
    ['coach'],
    ['org_admin'],
    ['hr_admin'],
    ['hr_admin', 'org_admin'],
  ];
  for (const roles of roleSets)
    it(`${roles.join(' + ') || 'no role'}: every relation, level, visibility and status`, () => {
      const reach = goalReach(actor(roles));
      for (const relation of relations)
        for (const level of goalLevels)
          for (const visibility of goalVisibilities)
            for (const status of goalStatuses)
              expect(
                reach[relation].includes(visibility),
                `${relation}, ${level}, ${visibility}, ${status}`,
              ).toBe(goalPolicy(actor(roles), { level, visibility, status }, relation).read);
    });

  it('a person’s goal list reaches what the policy reads of their personal goals, per relation', () => {
    const personRelations: Relation[] = ['self', 'direct_manager', 'skip_level_manager', 'colleague'];
    for (const roles of roleSets)
      for (const relation of personRelations)
        for (const visibility of goalVisibilities) {
          const reach = personGoalsReach(actor(roles), relation);
          const goal = { level: 'personal' as const, visibility, status: 'active' as const };
          expect(
            reach !== 'none' && reach.includes(visibility),
            `${roles.join()} ${relation} ${visibility}`,
          ).toBe(goalPolicy(actor(roles), goal, personalGoalRelation(relation)).read);
        }
    expect(personGoalsReach(actor(['hr_admin']), null)).toBe('none');
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
