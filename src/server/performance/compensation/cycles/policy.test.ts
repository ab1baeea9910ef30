import { describe, expect, it } from 'vitest';
import { compCycleStates } from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';
import type { RoleName } from '../../../platform/auth/tables';
import { cyclePolicy, nextStates, participantPolicy } from './policy';

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
const hr = actor(['hr_admin']);
const others = [actor(), actor(['approver']), actor(['org_admin']), actor(['coach'])];

describe('cycle states', () => {
  it('a real cycle only moves forward, and is archived only after its release', () => {
    expect(nextStates({ state: 'draft', sandbox: false })).toEqual([]);
    expect(nextStates({ state: 'planning', sandbox: false })).toEqual(['review']);
    expect(nextStates({ state: 'review', sandbox: false })).toEqual(['approved']);
    expect(nextStates({ state: 'approved', sandbox: false })).toEqual(['released']);
    expect(nextStates({ state: 'released', sandbox: false })).toEqual(['archived']);
    expect(nextStates({ state: 'archived', sandbox: false })).toEqual([]);
  });

  it('a sandbox never reaches released from any state, and may be archived from any state', () => {
    for (const state of compCycleStates) {
      const moves = nextStates({ state, sandbox: true });
      expect(moves).not.toContain('released');
      expect(moves.includes('archived')).toBe(state !== 'archived');
    }
  });
});

describe('cycle policy', () => {
  it('gives HR the set-up in draft and eligibility overrides while planning', () => {
    for (const state of compCycleStates) {
      const policy = cyclePolicy(hr, { state, sandbox: false });
      expect(policy.read).toBe(true);
      expect(policy.edit).toBe(state === 'draft');
      expect(policy.launch).toBe(state === 'draft');
      expect(policy.overrideEligibility).toBe(state === 'draft' || state === 'planning');
      expect(policy.logAccess).toBe(false);
    }
  });

  it('gives nobody else anything, whatever their role', () => {
    for (const who of others) {
      for (const state of compCycleStates) {
        const policy = cyclePolicy(who, { state, sandbox: false });
        expect(Object.values(policy).some(Boolean)).toBe(false);
      }
    }
  });

  it('lets HR override anyone in the organisation but themselves, each read logged but their own', () => {
    const planning = { state: 'planning' as const, sandbox: false };
    expect(participantPolicy(hr, planning, 'colleague')).toEqual({
      read: true,
      override: true,
      logAccess: true,
    });
    expect(participantPolicy(hr, planning, 'direct_manager')).toEqual({
      read: true,
      override: true,
      logAccess: true,
    });
    expect(participantPolicy(hr, planning, 'self')).toEqual({
      read: true,
      override: false,
      logAccess: false,
    });
    expect(participantPolicy(hr, planning, null).read).toBe(false);
    expect(participantPolicy(hr, { state: 'review', sandbox: false }, 'colleague').override).toBe(false);
    for (const who of others) expect(participantPolicy(who, planning, 'direct_manager').read).toBe(false);
  });
});
