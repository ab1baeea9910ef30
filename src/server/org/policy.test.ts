import { describe, expect, it } from 'vitest';
import { aspirationReach } from '../growth/aspirations/policy';
import { conversationRhythmReach } from '../growth/conversations/policy';
import { learningReach } from '../growth/learning/policy';
import { pathPolicy } from '../growth/paths/policy';
import { planReach } from '../growth/plans/policy';
import { payPolicy } from '../performance/compensation/payData/policy';
import { personReviewsReach } from '../performance/reviews/policy';
import type { Actor } from '../platform/auth/actor';
import type { RoleName } from '../platform/auth/tables';
import type { Relation } from '../platform/policy/relations';
import { directoryReach, peoplePolicy, personPolicy } from './policy';

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

const states = [
  { name: 'active, invited', status: 'active', hasPassword: false },
  { name: 'active, signed up', status: 'active', hasPassword: true },
  { name: 'on leave', status: 'on_leave', hasPassword: true },
  { name: 'terminated', status: 'terminated', hasPassword: true },
] as const;
const relations: Relation[] = ['self', 'direct_manager', 'skip_level_manager', 'colleague'];
const none = {
  read: false,
  logAccess: false,
  update: false,
  deactivate: false,
  invite: false,
  manageRoles: false,
  viewReportingHistory: false,
  viewDevelopment: false,
  viewCareerPath: false,
  viewReviews: false,
  viewPay: false,
};

describe('person policy', () => {
  for (const state of states) {
    for (const relation of relations) {
      const live = state.status !== 'terminated';
      const manages = relation === 'direct_manager' || relation === 'skip_level_manager';

      it(`employee/manager (no role) on ${state.name}, ${relation}`, () => {
        const read = live || relation === 'self';
        expect(personPolicy(actor(), state, relation)).toEqual({
          ...none,
          read,
          logAccess: read && relation !== 'self',
          viewReportingHistory: read && (relation === 'self' || manages),
          viewDevelopment: read && (relation === 'self' || relation === 'direct_manager'),
          viewCareerPath: read && (relation === 'self' || manages),
          viewReviews: read && (relation === 'self' || manages),
          viewPay: read && (relation === 'self' || manages),
        });
      });

      it(`approver and coach on ${state.name}, ${relation}: no more than any employee`, () => {
        expect(personPolicy(actor(['approver']), state, relation)).toEqual(
          personPolicy(actor(), state, relation),
        );
        expect(personPolicy(actor(['coach']), state, relation)).toEqual(
          personPolicy(actor(), state, relation),
        );
      });

      it(`HR admin on ${state.name}, ${relation}`, () => {
        expect(personPolicy(actor(['hr_admin']), state, relation)).toEqual({
          read: true,
          logAccess: relation !== 'self',
          update: true,
          deactivate: live && relation !== 'self',
          invite: live && !state.hasPassword,
          manageRoles: false,
          viewReportingHistory: true,
          viewDevelopment: relation === 'self' || relation === 'direct_manager',
          viewCareerPath: true,
          viewReviews: true,
          viewPay: true,
        });
      });

      it(`org admin on ${state.name}, ${relation}: roles and history, never people changes`, () => {
        expect(personPolicy(actor(['org_admin']), state, relation)).toEqual({
          ...none,
          read: true,
          logAccess: relation !== 'self',
          manageRoles: true,
          viewReportingHistory: true,
          viewDevelopment: relation === 'self' || relation === 'direct_manager',
          viewCareerPath: relation === 'self' || manages,
          viewReviews: relation === 'self' || manages,
          viewPay: relation === 'self' || manages,
        });
      });
    }
  }

  it('someone outside the organisation reads nobody, whatever their role', () => {
    for (const roles of [[], ['hr_admin'], ['org_admin']] as RoleName[][])
      for (const state of states) expect(personPolicy(actor(roles), state, null)).toEqual(none);
  });

  it('the directory lists exactly the people the single-record rule lets the caller read', () => {
    const roleSets: RoleName[][] = [[], ['approver'], ['coach'], ['hr_admin'], ['org_admin']];
    for (const roles of roleSets)
      for (const relation of relations)
        for (const state of states) {
          // A person who has left has no session (loadActor), so nobody reads as a terminated self.
          if (relation === 'self' && state.status === 'terminated') continue;
          expect(
            directoryReach(actor(roles)).includes(state.status),
            `${roles.join() || 'employee'} / ${relation} / ${state.name}`,
          ).toBe(personPolicy(actor(roles), state, relation).read);
        }
  });

  it('the profile asks for growth, review and pay panels exactly where those policies reach', () => {
    const roleSets: RoleName[][] = [[], ['approver'], ['coach'], ['hr_admin'], ['org_admin']];
    const live = states[1];
    for (const roles of roleSets)
      for (const relation of [...relations, null]) {
        const label = `${roles.join() || 'employee'} / ${relation}`;
        const person = personPolicy(actor(roles), live, relation);
        for (const reach of [
          aspirationReach(relation),
          planReach(relation),
          learningReach(relation),
          conversationRhythmReach(relation),
        ])
          expect(reach !== 'none', label).toBe(person.viewDevelopment);
        expect(pathPolicy(actor(roles), relation).read, label).toBe(person.viewCareerPath);
        expect(personReviewsReach(actor(roles), relation) === 'all', label).toBe(person.viewReviews);
        const pay = payPolicy(actor(roles), { placementVisibleToSelf: false }, relation);
        expect(pay.read, label).toBe(person.viewPay);
      }
  });

  it('only HR creates, imports and curates the catalogue; HR and org admins see leavers', () => {
    for (const role of ['approver', 'coach', 'org_admin'] as RoleName[]) {
      expect(peoplePolicy.create(actor([role]))).toBe(false);
      expect(peoplePolicy.import(actor([role]))).toBe(false);
      expect(peoplePolicy.manageCatalogue(actor([role]))).toBe(false);
    }
    expect(peoplePolicy.create(actor(['hr_admin']))).toBe(true);
    expect(peoplePolicy.seeTerminated(actor(['org_admin']))).toBe(true);
    expect(peoplePolicy.seeTerminated(actor(['approver']))).toBe(false);
    expect(peoplePolicy.seeTerminated(actor())).toBe(false);
  });
});
