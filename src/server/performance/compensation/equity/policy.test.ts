import { describe, expect, it } from 'vitest';
import { compCycleStates } from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';
import type { RoleName } from '../../../platform/auth/tables';
import { equityPolicy } from './policy';

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

describe('equity policy', () => {
  it('lets HR and the approval team read a launched cycle; only HR sees names and every count', () => {
    for (const state of compCycleStates.filter((state) => state !== 'draft')) {
      expect(equityPolicy(actor(['hr_admin']), { state })).toEqual({
        read: true,
        names: true,
        suppressDistribution: false,
        logAccess: false,
      });
      expect(equityPolicy(actor(['approver']), { state })).toMatchObject({
        read: true,
        names: false,
        suppressDistribution: true,
      });
    }
  });

  it('shows nobody a draft, and nothing to employees, managers, coaches or org admins', () => {
    expect(equityPolicy(actor(['hr_admin']), { state: 'draft' }).read).toBe(false);
    expect(equityPolicy(actor(['approver']), { state: 'draft' }).read).toBe(false);
    for (const roles of [[], ['coach'], ['org_admin']] as RoleName[][]) {
      for (const state of compCycleStates) {
        expect(equityPolicy(actor(roles), { state })).toMatchObject({ read: false, names: false });
      }
    }
  });
});
