import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/auth/actor';
import type { RoleName } from '../../../platform/auth/tables';
import type { Relation } from '../../../platform/policy/relations';
import { bandPolicy, payImportAllowed, payPolicy } from './policy';

const actor = (personId: string, roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId,
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

/** [label, actor, relation to the person, reads pay, sees placement (setting off), adds records] */
const cases: [string, Actor, Relation | null, boolean, boolean, boolean][] = [
  ['the person', actor('p'), 'self', true, false, false],
  ['direct manager', actor('m'), 'direct_manager', true, true, false],
  ['skip-level manager', actor('s'), 'skip_level_manager', true, true, false],
  ['HR admin', actor('hr', ['hr_admin']), 'colleague', true, true, true],
  ['HR admin reading their own pay', actor('p', ['hr_admin']), 'self', true, true, true],
  ['approver (pay only through a cycle, later)', actor('ap', ['approver']), 'colleague', false, false, false],
  ['approver who is the manager', actor('ap', ['approver']), 'direct_manager', true, true, false],
  ['coach', actor('co', ['coach']), 'colleague', false, false, false],
  ['org admin', actor('ad', ['org_admin']), 'colleague', false, false, false],
  ['colleague', actor('c'), 'colleague', false, false, false],
  ['HR admin of another organisation', actor('x', ['hr_admin', 'org_admin']), null, false, false, false],
];

describe('pay policy', () => {
  for (const [label, who, relation, reads, seesPlacement, adds] of cases) {
    it(label, () => {
      const policy = payPolicy(who, { placementVisibleToSelf: false }, relation);
      expect(policy.read).toBe(reads);
      expect(policy.seePlacement).toBe(seesPlacement);
      expect(policy.addRecord).toBe(adds);
      // Every read by someone other than the person is logged for them (SPEC S1.5).
      expect(policy.logAccess).toBe(reads && relation !== 'self');
      // Nobody sees placement or writes without reading.
      if (!policy.read) expect(policy.seePlacement || policy.addRecord).toBe(false);
    });
  }

  it('shows the person their own placement only when the organisation switches it on', () => {
    const self = actor('p');
    expect(payPolicy(self, { placementVisibleToSelf: true }, 'self').seePlacement).toBe(true);
    expect(payPolicy(self, { placementVisibleToSelf: false }, 'self').seePlacement).toBe(false);
    // The switch is about one's own pay: it opens no one else's.
    for (const relation of ['colleague', null] as const)
      expect(payPolicy(actor('c'), { placementVisibleToSelf: true }, relation)).toMatchObject({
        read: false,
        seePlacement: false,
      });
  });
});

describe('band policy', () => {
  it('lets HR admins list, add and import bands and pay; every other role nothing', () => {
    expect(bandPolicy(actor('hr', ['hr_admin']))).toEqual({ list: true, add: true, import: true });
    expect(payImportAllowed(actor('hr', ['hr_admin']))).toBe(true);
    for (const roles of [[], ['approver'], ['coach'], ['org_admin']] as RoleName[][]) {
      expect(bandPolicy(actor('x', roles))).toEqual({ list: false, add: false, import: false });
      expect(payImportAllowed(actor('x', roles))).toBe(false);
    }
  });
});
