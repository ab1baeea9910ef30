import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import {
  canEnrol,
  catalogueAbilities,
  certificationState,
  learningReach,
  learningRecordPolicy,
} from './policy';

const actor = (roles: RoleName[] = [], personId: string | null = 'p'): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId,
  email: 'x@example.com',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

describe('learning policy', () => {
  it('only HR manages the catalogue and sees counts', () => {
    expect(catalogueAbilities(actor(['hr_admin']))).toEqual({
      manage: true,
      seeRetired: true,
      seeCounts: true,
    });
    for (const role of [[], ['approver'], ['coach'], ['org_admin']] as RoleName[][]) {
      expect(catalogueAbilities(actor(role))).toEqual({ manage: false, seeRetired: false, seeCounts: false });
    }
  });

  it('enrolment needs a person and an active item', () => {
    expect(canEnrol(actor(), { status: 'active' })).toBe(true);
    expect(canEnrol(actor(), { status: 'retired' })).toBe(false);
    expect(canEnrol(actor([], null), { status: 'active' })).toBe(false);
  });

  /** [label, relation to the person, reads a shared record, reads a private one] */
  const readers: [string, Relation | null, boolean, boolean][] = [
    ['the person', 'self', true, true],
    ['their direct manager', 'direct_manager', true, false],
    // "Shared with my manager" is the direct manager only: the skip-level reads none of it.
    ['their skip-level manager', 'skip_level_manager', false, false],
    // HR, org admins, approvers and coaches are colleagues here: no reach, whatever the role.
    ['a colleague (any role)', 'colleague', false, false],
    ['someone in another organisation', null, false, false],
  ];
  for (const [label, relation, readsShared, readsPrivate] of readers) {
    for (const shared of [true, false]) {
      it(`records: ${label} on a ${shared ? 'shared' : 'private'} record`, () => {
        const policy = learningRecordPolicy(relation, { sharedWithManager: shared });
        const owner = relation === 'self';
        expect(policy.read).toBe(shared ? readsShared : readsPrivate);
        // Only the person edits, shares, withdraws or removes; a reader never does.
        expect(policy.edit).toBe(owner);
        expect(policy.logAccess).toBe(policy.read && !owner);
        // Lists use the reach; it must agree with the single-record rule.
        const reach = learningReach(relation);
        expect(reach === 'all' || (reach === 'shared' && shared)).toBe(policy.read);
        expect(reach === 'none').toBe(!readsShared && !readsPrivate);
      });
    }
  }

  it('certification state against today and the reminder window', () => {
    expect(certificationState(null, '2026-01-10', 30)).toBe('no_expiry');
    expect(certificationState('2026-01-09', '2026-01-10', 30)).toBe('expired');
    expect(certificationState('2026-01-10', '2026-01-10', 30)).toBe('expiring');
    expect(certificationState('2026-02-09', '2026-01-10', 30)).toBe('expiring');
    expect(certificationState('2026-02-10', '2026-01-10', 30)).toBe('valid');
  });
});
