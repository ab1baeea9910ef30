import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import {
  canEnrol,
  catalogueAbilities,
  certificationState,
  learningRecordPolicy,
  personLearningPolicy,
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

  it('records: the owner always; managers only shared ones, read-only and logged; nobody else', () => {
    const cases: [Relation | null, boolean, { read: boolean; edit: boolean; logAccess: boolean }][] = [
      ['self', false, { read: true, edit: true, logAccess: false }],
      ['self', true, { read: true, edit: true, logAccess: false }],
      ['direct_manager', false, { read: false, edit: false, logAccess: false }],
      ['direct_manager', true, { read: true, edit: false, logAccess: true }],
      ['skip_level_manager', true, { read: true, edit: false, logAccess: true }],
      ['colleague', true, { read: false, edit: false, logAccess: false }],
      [null, true, { read: false, edit: false, logAccess: false }],
    ];
    for (const [relation, shared, expected] of cases) {
      expect(
        learningRecordPolicy(relation, { sharedWithManager: shared }),
        `${relation} shared=${shared}`,
      ).toEqual(expected);
    }
    // HR is a colleague here: no reach into a person's learning, whatever the role.
    expect(personLearningPolicy('colleague').read).toBe(false);
  });

  it('certification state against today and the reminder window', () => {
    expect(certificationState(null, '2026-01-10', 30)).toBe('no_expiry');
    expect(certificationState('2026-01-09', '2026-01-10', 30)).toBe('expired');
    expect(certificationState('2026-01-10', '2026-01-10', 30)).toBe('expiring');
    expect(certificationState('2026-02-09', '2026-01-10', 30)).toBe('expiring');
    expect(certificationState('2026-02-10', '2026-01-10', 30)).toBe('valid');
  });
});
