import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entra, okta } from './fixtures';
import { applyGroupPatch, applyUserPatch, normalisePatch } from './patch';
import { ENTERPRISE_USER_URN, GROUP_SCHEMA, PATCH_OP_URN, USER_SCHEMA } from './schema';

const body = (...Operations: unknown[]) => ({ schemas: [PATCH_OP_URN], Operations });
const patchUser = (u: Record<string, unknown>, raw: unknown) =>
  applyUserPatch(u, normalisePatch(raw, USER_SCHEMA).operations);
const patchGroup = (g: Record<string, unknown>, raw: unknown) =>
  applyGroupPatch(g, normalisePatch(raw, GROUP_SCHEMA).operations);

const base = () => ({
  id: 'u-1',
  userName: 'pat@example.test',
  name: { givenName: 'Pat', familyName: 'Old', formatted: 'Pat Old' },
  active: true,
  emails: [
    { value: 'pat@work.example', type: 'work', primary: true },
    { value: 'pat@home.example', type: 'home' },
  ],
});

describe('applyUserPatch', () => {
  it('deactivates with the Okta and Entra forms alike, without touching the input', () => {
    const user = base();
    for (const raw of [okta.deactivate, entra.disable, entra.disableStringBoolean, entra.opt.disable]) {
      expect(patchUser(user, raw).active).toBe(false);
    }
    expect(user.active).toBe(true);
    expect(patchUser(patchUser(user, entra.disable), entra.enableStringBoolean).active).toBe(true);
  });

  it('replaces the work email and family name in place (Entra §9.2.4)', () => {
    const result = patchUser(base(), entra.updateEmailAndFamilyName);
    expect(result.emails).toEqual([
      { value: 'updatedEmail@microsoft.com', type: 'work', primary: true },
      { value: 'pat@home.example', type: 'home' },
    ]);
    expect(result.name).toEqual({ givenName: 'Pat', familyName: 'updatedFamilyName', formatted: 'Pat Old' });
  });

  it('creates the work email when the user has none', () => {
    const { emails: _gone, ...noEmails } = base();
    const result = patchUser(noEmails, entra.updateEmailAndFamilyName);
    expect(result.emails).toEqual([{ type: 'work', value: 'updatedEmail@microsoft.com' }]);
  });

  it('applies the multi-attribute replace of aadOptscim062020', () => {
    const result = patchUser(base(), entra.opt.multiAttributeReplace);
    expect(result).toMatchObject({
      displayName: 'Pat Doe',
      name: { givenName: 'Pat', familyName: 'Doe', formatted: 'Pat Old' },
      [ENTERPRISE_USER_URN]: { employeeNumber: 'E-1042' },
    });
  });

  it('sets, replaces and removes the manager', () => {
    const withManager = patchUser(base(), entra.manager);
    expect(withManager[ENTERPRISE_USER_URN]).toEqual({
      manager: { value: '2819c223-7f76-453a-919d-413861904646' },
    });
    const replaced = patchUser(
      { ...withManager, [ENTERPRISE_USER_URN]: { manager: { value: 'old', displayName: 'Old Boss' } } },
      body({ op: 'replace', path: `${ENTERPRISE_USER_URN}:manager`, value: 'new' }),
    );
    expect(replaced[ENTERPRISE_USER_URN]).toEqual({ manager: { value: 'new' } });
    const removed = patchUser(withManager, body({ op: 'Remove', path: `${ENTERPRISE_USER_URN}:manager` }));
    expect(removed[ENTERPRISE_USER_URN]).toEqual({});
  });

  it('treats removing a missing value as a no-op', () => {
    const user = base();
    for (const raw of [
      body({ op: 'remove', path: 'title' }),
      body({ op: 'remove', path: 'emails[type eq "fax"]' }),
      body({ op: 'remove', path: 'emails', value: [{ value: 'nobody@example.test' }] }),
      body({ op: 'remove', path: `${ENTERPRISE_USER_URN}:manager` }),
      body({ op: 'remove', path: 'name.middleName' }),
    ]) {
      expect(patchUser(user, raw)).toEqual(user);
    }
  });

  it('leaves the user unchanged when removing any email it does not have', () => {
    const user = base();
    const absent = fc
      .emailAddress()
      .filter((e) => !user.emails.some((m) => m.value.toLowerCase() === e.toLowerCase()));
    fc.assert(
      fc.property(absent, (email) => {
        expect(patchUser(user, body({ op: 'remove', path: 'emails', value: [{ value: email }] }))).toEqual(
          user,
        );
        expect(
          patchUser(user, body({ op: 'remove', path: `emails[value eq ${JSON.stringify(email)}]` })),
        ).toEqual(user);
      }),
      { numRuns: 200 },
    );
  });

  it('removes by filter and by value without shifting to the wrong element', () => {
    const byFilter = patchUser(base(), body({ op: 'remove', path: 'emails[type eq "work"]' }));
    expect(byFilter.emails).toEqual([{ value: 'pat@home.example', type: 'home' }]);
    const byValue = patchUser(
      base(),
      body({ op: 'remove', path: 'emails', value: [{ value: 'PAT@home.example' }] }),
    );
    expect(byValue.emails).toEqual([{ value: 'pat@work.example', type: 'work', primary: true }]);
    const subOnly = patchUser(base(), body({ op: 'remove', path: 'emails[type eq "home"].type' }));
    expect(subOnly.emails).toEqual([
      { value: 'pat@work.example', type: 'work', primary: true },
      { value: 'pat@home.example' },
    ]);
  });

  it('de-duplicates adds and keeps a single primary', () => {
    const result = patchUser(
      base(),
      body({
        op: 'add',
        path: 'emails',
        value: [
          { value: 'PAT@work.example', type: 'work' },
          { value: 'new@work.example', type: 'other', primary: 'True' },
        ],
      }),
    );
    expect(result.emails).toEqual([
      { value: 'PAT@work.example', type: 'work', primary: false },
      { value: 'pat@home.example', type: 'home' },
      { value: 'new@work.example', type: 'other', primary: true },
    ]);
  });

  it('merges a path-less complex value instead of clearing its other sub-attributes', () => {
    const result = patchUser(
      base(),
      body({ op: 'replace', value: { name: { familyName: 'New' }, title: 'Lead' } }),
    );
    expect(result.name).toEqual({ givenName: 'Pat', familyName: 'New', formatted: 'Pat Old' });
    expect(result.title).toBe('Lead');
  });

  it('replaces the whole list when a replace names a multi-valued attribute', () => {
    const result = patchUser(
      base(),
      body({ op: 'replace', path: 'emails', value: [{ value: 'only@x.test', type: 'work' }] }),
    );
    expect(result.emails).toEqual([{ value: 'only@x.test', type: 'work' }]);
  });

  it('ignores what it does not know and applies the rest', () => {
    const result = patchUser(base(), entra.unmappedAddress);
    expect(result).toEqual({ ...base(), active: false });
  });
});

describe('applyGroupPatch', () => {
  const group = () => ({
    id: 'g-1',
    displayName: 'Test',
    members: [
      { value: '89bb1940-b905-4575-9e7f-6f887cfb368e', display: 'old.user@okta.local' },
      { value: 'u1091' },
    ],
  });

  it('replays the Okta rename and membership update', () => {
    const renamed = patchGroup(group(), okta.groupRename);
    expect(renamed.displayName).toBe('Test SCIMv2');
    expect(renamed.id).toBe('g-1');
    const updated = patchGroup(renamed, okta.groupMembership);
    expect(updated.members).toEqual([
      { value: 'u1091' },
      { value: '23a35c27-23d3-4c03-b4c5-6443c09e7173', display: 'test.user@okta.local' },
    ]);
    // the same update twice changes nothing more
    expect(patchGroup(updated, okta.groupMembership)).toEqual(updated);
    expect(patchGroup(updated, okta.groupReplaceMembers).members).toHaveLength(2);
  });

  it('replays the Entra group sequence on a group created without members', () => {
    let g: Record<string, unknown> = { id: 'g-2', displayName: 'displayName', members: null };
    g = patchGroup(g, entra.groupRename);
    g = patchGroup(g, entra.groupAddMember);
    g = patchGroup(g, body({ op: 'Add', path: 'members', value: [{ value: 'u1091' }] }));
    expect(g.members).toEqual([{ value: 'f648f8d5ea4e4cd38e9c' }, { value: 'u1091' }]);
    g = patchGroup(g, entra.groupRemoveMember);
    expect(g.members).toEqual([{ value: 'f648f8d5ea4e4cd38e9c' }]);
    g = patchGroup(g, entra.groupRemoveMember);
    expect(g.members).toEqual([{ value: 'f648f8d5ea4e4cd38e9c' }]);
    expect(g.displayName).toBe('1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName');
  });

  it('compares member ids exactly', () => {
    const g = patchGroup(group(), body({ op: 'remove', path: 'members', value: [{ value: 'U1091' }] }));
    expect(g.members).toHaveLength(2);
  });
});
