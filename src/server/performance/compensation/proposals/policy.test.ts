import { describe, expect, it } from 'vitest';
import { compCycleStates, eligibilities } from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';
import {
  type ProposalRelation,
  planningStatesFor,
  proposalPolicy,
  proposalReach,
  reachIncludes,
} from './policy';

const actorWith = (roles: string[]): Actor =>
  ({ roles: new Set(roles), organizationId: 'o', personId: 'p', accountId: 'a' }) as unknown as Actor;
const relations: ProposalRelation[] = ['self', 'subtree', 'outside'];
const roleSets = [[], ['hr_admin'], ['approver'], ['org_admin'], ['coach']];

describe('proposalPolicy', () => {
  it('lets a manager read and edit their snapshot subtree only while the cycle plans', () => {
    const manager = actorWith([]);
    expect(proposalPolicy(manager, { cycleState: 'planning', eligibility: 'eligible' }, 'subtree')).toEqual({
      read: true,
      edit: true,
      submit: true,
      logAccess: true,
    });
    for (const cycleState of compCycleStates.filter((state) => state !== 'planning')) {
      expect(proposalPolicy(manager, { cycleState, eligibility: 'eligible' }, 'subtree').read).toBe(false);
    }
    expect(proposalPolicy(manager, { cycleState: 'planning', eligibility: 'eligible' }, 'outside').read).toBe(
      false,
    );
  });

  it('lets HR read every launched proposal but their own, and edit only while planning', () => {
    const hr = actorWith(['hr_admin']);
    const facts = { cycleState: 'review' as const, eligibility: 'eligible' as const };
    expect(proposalPolicy(hr, facts, 'outside')).toMatchObject({ read: true, edit: false, submit: false });
    expect(proposalPolicy(hr, { ...facts, cycleState: 'planning' }, 'outside').edit).toBe(true);
    expect(proposalPolicy(hr, { ...facts, cycleState: 'planning' }, 'self')).toEqual({
      read: false,
      edit: false,
      submit: false,
      logAccess: false,
    });
    expect(proposalPolicy(hr, { ...facts, cycleState: 'draft' }, 'outside').read).toBe(false);
  });

  it('never lets anyone propose for an ineligible participant, and no one sees their own', () => {
    for (const roles of roleSets) {
      const actor = actorWith(roles);
      for (const eligibility of eligibilities.filter((value) => value !== 'eligible')) {
        expect(proposalPolicy(actor, { cycleState: 'planning', eligibility }, 'subtree').edit).toBe(false);
      }
      expect(proposalPolicy(actor, { cycleState: 'planning', eligibility: 'eligible' }, 'self').read).toBe(
        false,
      );
    }
  });

  it('is restated exactly by the list reach, for every role, relation, state and eligibility', () => {
    for (const roles of roleSets) {
      const actor = actorWith(roles);
      for (const cycleState of compCycleStates) {
        const reach = proposalReach(actor, cycleState);
        for (const relation of relations) {
          for (const eligibility of eligibilities) {
            const { read } = proposalPolicy(actor, { cycleState, eligibility }, relation);
            expect(reachIncludes(reach, relation), `${roles} ${cycleState} ${relation}`).toBe(read);
          }
        }
      }
    }
  });
});

describe('planningStatesFor', () => {
  it('is exactly the states in which proposalReach gives the caller any reach', () => {
    for (const roles of roleSets) {
      const actor = actorWith(roles);
      expect(planningStatesFor(actor)).toEqual(
        compCycleStates.filter((state) => proposalReach(actor, state) !== 'none'),
      );
    }
    expect(planningStatesFor(actorWith([]))).toEqual(['planning']);
    expect(planningStatesFor(actorWith(['hr_admin']))).not.toContain('draft');
  });
});
