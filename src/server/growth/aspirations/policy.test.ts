import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import { aspirationPolicy, aspirationReach } from './policy';

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

/** [label, actor, relation to the owner, reads a shared item, reads a private item] */
const cases: [string, Actor, Relation | null, boolean, boolean][] = [
  ['owner', actor('owner'), 'self', true, true],
  ['direct manager', actor('m'), 'direct_manager', true, false],
  ['skip-level manager', actor('s'), 'skip_level_manager', false, false],
  ['HR admin', actor('hr', ['hr_admin']), 'colleague', false, false],
  ['HR admin who is also the skip-level', actor('hr2', ['hr_admin']), 'skip_level_manager', false, false],
  ['approver', actor('ap', ['approver']), 'colleague', false, false],
  ['coach', actor('co', ['coach']), 'colleague', false, false],
  ['org admin', actor('ad', ['org_admin']), 'colleague', false, false],
  ['colleague', actor('c'), 'colleague', false, false],
  ['another organisation', actor('x', ['hr_admin', 'org_admin']), null, false, false],
];

describe('aspiration policy', () => {
  for (const [label, who, relation, readsShared, readsPrivate] of cases) {
    for (const shared of [true, false]) {
      it(`${label} on a ${shared ? 'shared' : 'private'} item`, () => {
        const policy = aspirationPolicy(who, { ownerId: 'owner', sharedWithManager: shared }, relation);
        const owner = who.personId === 'owner';
        expect(policy.read).toBe(shared ? readsShared : readsPrivate);
        // Only the owner changes, shares, revokes or removes, whatever the role.
        expect(policy.edit).toBe(owner);
        expect(policy.share).toBe(owner);
        expect(policy.remove).toBe(owner);
        expect(policy.logAccess).toBe(policy.read && !owner);
        // Lists agree with single reads.
        const reach = aspirationReach(relation);
        expect(reach === 'all' || (reach === 'shared' && shared)).toBe(policy.read);
      });
    }
  }
});
