import { describe, expect, it } from 'vitest';
import { compCycleStates, eligibilities } from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';
import {
  chainApprovers,
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
  it('lets the chain read its subtree from planning to release, and edit only while planning', () => {
    const manager = actorWith([]);
    expect(proposalPolicy(manager, { cycleState: 'planning', eligibility: 'eligible' }, 'subtree')).toEqual({
      read: true,
      edit: true,
      submit: true,
      approve: false,
      adjust: false,
      sendBack: false,
      logAccess: true,
    });
    for (const cycleState of ['review', 'approved', 'released'] as const) {
      const policy = proposalPolicy(manager, { cycleState, eligibility: 'eligible' }, 'subtree');
      expect(policy).toMatchObject({ read: true, edit: false });
    }
    for (const cycleState of ['draft', 'archived'] as const) {
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
    expect(proposalPolicy(hr, { ...facts, cycleState: 'planning' }, 'self')).toMatchObject({
      read: false,
      edit: false,
      submit: false,
      approve: false,
      logAccess: false,
    });
    expect(proposalPolicy(hr, { ...facts, cycleState: 'draft' }, 'outside').read).toBe(false);
  });

  it('in review lets only a sent-back proposal change, and never an approved one', () => {
    const manager = actorWith([]);
    const review = { cycleState: 'review' as const, eligibility: 'eligible' as const };
    expect(proposalPolicy(manager, { ...review, proposalState: 'returned' }, 'subtree').edit).toBe(true);
    expect(proposalPolicy(manager, { ...review, proposalState: 'draft' }, 'subtree').edit).toBe(false);
    const planning = { cycleState: 'planning' as const, eligibility: 'eligible' as const };
    expect(proposalPolicy(manager, { ...planning, proposalState: 'approved' }, 'subtree').edit).toBe(false);
    expect(
      proposalPolicy(actorWith(['hr_admin']), { ...planning, proposalState: 'approved' }, 'outside').edit,
    ).toBe(false);
  });

  it('lets the awaited chain approver, the approval team and HR decide a submitted proposal', () => {
    const submitted = {
      cycleState: 'planning' as const,
      eligibility: 'eligible' as const,
      proposalState: 'submitted' as const,
      awaitingPersonId: 'p',
    };
    const awaited = actorWith([]);
    expect(proposalPolicy(awaited, submitted, 'subtree')).toMatchObject({
      approve: true,
      adjust: true,
      sendBack: true,
    });
    expect(
      proposalPolicy(awaited, { ...submitted, awaitingPersonId: 'someone else' }, 'subtree').approve,
    ).toBe(false);
    expect(proposalPolicy(awaited, { ...submitted, awaitingPersonId: null }, 'subtree').approve).toBe(false);
    for (const roles of [['hr_admin'], ['approver']]) {
      const decider = actorWith(roles);
      expect(proposalPolicy(decider, { ...submitted, awaitingPersonId: 'x' }, 'outside').approve).toBe(true);
      expect(proposalPolicy(decider, { ...submitted, cycleState: 'review' }, 'outside').approve).toBe(true);
      expect(proposalPolicy(decider, { ...submitted, cycleState: 'approved' }, 'outside').approve).toBe(
        false,
      );
      expect(proposalPolicy(decider, { ...submitted, proposalState: 'draft' }, 'outside').approve).toBe(
        false,
      );
      expect(proposalPolicy(decider, submitted, 'self').approve).toBe(false);
    }
    // The approval team reads and decides, but does not plan.
    expect(
      proposalPolicy(actorWith(['approver']), { ...submitted, proposalState: 'draft' }, 'outside').edit,
    ).toBe(false);
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
    expect(planningStatesFor(actorWith([]))).toEqual(['planning', 'review', 'approved', 'released']);
    expect(planningStatesFor(actorWith(['approver']))).not.toContain('draft');
    expect(planningStatesFor(actorWith(['hr_admin']))).not.toContain('draft');
  });
});

describe('chainApprovers', () => {
  const chain = ['m1', 'm2', 'm3', 'm4'];
  it('takes the managers above the direct manager, to the approval depth', () => {
    expect(chainApprovers(chain, 2, 'm1')).toEqual(['m2', 'm3']);
    expect(chainApprovers(chain, 0, 'm1')).toEqual([]);
    expect(chainApprovers(chain, 10, 'm1')).toEqual(['m2', 'm3', 'm4']);
  });
  it('starts above whoever submitted, so nobody approves their own decision or one above them', () => {
    expect(chainApprovers(chain, 2, 'm2')).toEqual(['m3']);
    expect(chainApprovers(chain, 2, 'm3')).toEqual([]);
    // HR (outside the chain) submitting: the chain approves as if the manager had.
    expect(chainApprovers(chain, 2, 'hr')).toEqual(['m2', 'm3']);
    expect(chainApprovers([], 2, null)).toEqual([]);
  });
});
