import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entra, okta } from './fixtures';
import { normalisePatch } from './patch';
import { ENTERPRISE_USER_URN, GROUP_SCHEMA, PATCH_OP_URN, USER_SCHEMA } from './schema';
import { scimTypeOf } from './testing';

const path = (attribute: string, subAttribute: string | null = null, uri: string | null = null) => ({
  uri,
  attribute,
  filter: null,
  subAttribute,
});
const body = (...Operations: unknown[]) => ({ schemas: [PATCH_OP_URN], Operations });
const user = (raw: unknown) => normalisePatch(raw, USER_SCHEMA);
const group = (raw: unknown) => normalisePatch(raw, GROUP_SCHEMA);

const scimType = scimTypeOf;

describe('normalisePatch: Okta', () => {
  it('splits the path-less deactivate into a replace of active', () => {
    expect(user(okta.deactivate)).toEqual({
      operations: [{ op: 'replace', path: path('active'), value: false }],
      ignored: [],
    });
    expect(user(okta.reactivate).operations).toEqual([{ op: 'replace', path: path('active'), value: true }]);
  });

  it('renames a group and reports the read-only id as ignored', () => {
    expect(group(okta.groupRename)).toEqual({
      operations: [{ op: 'replace', path: path('displayName'), value: 'Test SCIMv2' }],
      ignored: [{ index: 0, path: 'id', reason: 'readOnly' }],
    });
  });

  it('keeps a filtered member removal and an add of members', () => {
    const { operations } = group(okta.groupMembership);
    expect(operations).toEqual([
      {
        op: 'remove',
        path: {
          uri: null,
          attribute: 'members',
          subAttribute: null,
          filter: {
            kind: 'compare',
            path: { uri: null, name: 'value', subAttr: null },
            op: 'eq',
            value: '89bb1940-b905-4575-9e7f-6f887cfb368e',
          },
        },
        value: undefined,
      },
      {
        op: 'add',
        path: path('members'),
        value: [{ value: '23a35c27-23d3-4c03-b4c5-6443c09e7173', display: 'test.user@okta.local' }],
      },
    ]);
    expect(group(okta.groupReplaceMembers).operations[0]).toMatchObject({
      op: 'replace',
      path: path('members'),
    });
  });
});

describe('normalisePatch: Entra default', () => {
  it('lower-cases capitalised ops and keeps filtered and dotted paths', () => {
    const { operations } = user(entra.updateEmailAndFamilyName);
    expect(operations).toMatchObject([
      { op: 'replace', path: { attribute: 'emails', subAttribute: 'value', filter: { kind: 'compare' } } },
      { op: 'replace', path: path('name', 'familyName'), value: 'updatedFamilyName' },
    ]);
    expect(user(entra.updateUserName).operations).toEqual([
      { op: 'replace', path: path('userName'), value: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com' },
    ]);
  });

  it('reads "True"/"False" strings as booleans for active', () => {
    expect(user(entra.disableStringBoolean).operations).toEqual([
      { op: 'replace', path: path('active'), value: false },
    ]);
    expect(user(entra.enableStringBoolean).operations).toEqual([
      { op: 'replace', path: path('active'), value: true },
    ]);
    expect(user(entra.disable).operations).toEqual([{ op: 'replace', path: path('active'), value: false }]);
  });

  it('reads enterprise attributes and a bare-string manager', () => {
    expect(user(entra.employeeNumber).operations).toEqual([
      { op: 'replace', path: path('employeeNumber', null, ENTERPRISE_USER_URN), value: '7865' },
    ]);
    expect(user(entra.manager).operations).toEqual([
      {
        op: 'replace',
        path: path('manager', null, ENTERPRISE_USER_URN),
        value: { value: '2819c223-7f76-453a-919d-413861904646' },
      },
    ]);
  });

  it('treats the manager as {value} in every form, and an empty one as a removal', () => {
    const managerPath = `${ENTERPRISE_USER_URN}:manager`;
    const forms = [{ value: 'm1' }, 'm1', { value: 'm1', displayName: 'read-only name' }];
    for (const value of forms) {
      expect(user(body({ op: 'replace', path: managerPath, value })).operations[0]?.value).toEqual({
        value: 'm1',
      });
    }
    for (const value of ['', { value: '' }, null]) {
      expect(user(body({ op: 'replace', path: managerPath, value })).operations).toEqual([
        { op: 'remove', path: path('manager', null, ENTERPRISE_USER_URN), value: undefined },
      ]);
    }
  });

  it('renames groups and adds and removes members by value array', () => {
    expect(group(entra.groupRename).operations[0]).toMatchObject({
      op: 'replace',
      path: path('displayName'),
    });
    expect(group(entra.groupAddMember).operations).toEqual([
      { op: 'add', path: path('members'), value: [{ value: 'f648f8d5ea4e4cd38e9c' }] },
    ]);
    expect(group(entra.groupRemoveMember).operations).toEqual([
      { op: 'remove', path: path('members'), value: [{ value: 'u1091' }] },
    ]);
  });

  it('ignores an unmapped attribute and still applies the deactivation in the same batch', () => {
    expect(user(entra.unmappedAddress)).toEqual({
      operations: [{ op: 'replace', path: path('active'), value: false }],
      ignored: [{ index: 0, path: 'addresses[type eq "work"].locality', reason: 'unknownAttribute' }],
    });
  });
});

describe('normalisePatch: Entra aadOptscim062020', () => {
  it('handles lower-case ops, boolean active and a filtered member removal', () => {
    expect(user(entra.opt.disable).operations).toEqual([
      { op: 'replace', path: path('active'), value: false },
    ]);
    expect(group(entra.opt.removeMember).operations[0]).toMatchObject({
      op: 'remove',
      path: { attribute: 'members', filter: { value: '7f4bc1a3-285e-48ae-8202-5accb43efb0e' } },
    });
  });

  it('splits a path-less replace whose keys are paths into one op per key', () => {
    expect(user(entra.opt.multiAttributeReplace)).toEqual({
      operations: [
        { op: 'replace', path: path('displayName'), value: 'Pat Doe' },
        { op: 'replace', path: path('name', 'givenName'), value: 'Pat' },
        { op: 'replace', path: path('name', 'familyName'), value: 'Doe' },
        { op: 'replace', path: path('employeeNumber', null, ENTERPRISE_USER_URN), value: 'E-1042' },
      ],
      ignored: [],
    });
  });
});

describe('normalisePatch: edge cases', () => {
  it('splits filtered keys and extension objects in a path-less value', () => {
    const { operations } = user(
      body({
        op: 'Add',
        value: {
          schemas: ['ignored'],
          'emails[type eq "work"].value': 'a@b.test',
          [ENTERPRISE_USER_URN]: { department: 'R&D', manager: 'm2' },
        },
      }),
    );
    expect(operations).toMatchObject([
      { op: 'add', path: { attribute: 'emails', subAttribute: 'value' }, value: 'a@b.test' },
      { op: 'add', path: path('department', null, ENTERPRISE_USER_URN), value: 'R&D' },
      { op: 'add', path: path('manager', null, ENTERPRISE_USER_URN), value: { value: 'm2' } },
    ]);
  });

  it('expands a path naming the enterprise extension itself', () => {
    expect(
      user(
        body({
          op: 'add',
          path: ENTERPRISE_USER_URN,
          value: { employeeNumber: 12, manager: { value: 'm3' } },
        }),
      ).operations,
    ).toEqual([
      { op: 'add', path: path('employeeNumber', null, ENTERPRISE_USER_URN), value: '12' },
      { op: 'add', path: path('manager', null, ENTERPRISE_USER_URN), value: { value: 'm3' } },
    ]);
  });

  it('reads a string boolean on a filtered sub-attribute', () => {
    expect(
      user(body({ op: 'Replace', path: 'emails[type eq "work"].primary', value: 'TRUE' })).operations,
    ).toMatchObject([{ op: 'replace', path: { attribute: 'emails', subAttribute: 'primary' }, value: true }]);
  });

  it('never refuses an attribute it does not know, whatever its value', () => {
    const known = new Set(
      [...USER_SCHEMA.attributes, ...(USER_SCHEMA.extensions[0]?.attributes ?? [])].map((a) =>
        a.name.toLowerCase(),
      ),
    );
    const unknownName = fc
      .stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/)
      .filter((n) => !known.has(n.toLowerCase()) && n.toLowerCase() !== 'schemas');
    fc.assert(
      fc.property(
        unknownName,
        fc.jsonValue(),
        fc.constantFrom('add', 'Replace', 'REMOVE'),
        (name, value, op) => {
          const pathed = user(body({ op, path: name, value }));
          expect(pathed.operations).toEqual([]);
          expect(pathed.ignored).toEqual([{ index: 0, path: name, reason: 'unknownAttribute' }]);
          if (op !== 'REMOVE') {
            expect(user(body({ op, value: { [name]: value } })).operations).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('uses canonical names whatever the case sent', () => {
    expect(user(body({ OP: 'REPLACE', PATH: 'NAME.GIVENNAME', VALUE: 'x' }))).toEqual({
      operations: [{ op: 'replace', path: path('name', 'givenName'), value: 'x' }],
      ignored: [],
    });
    expect(
      user({ operations: [{ op: 'replace', path: 'ACTIVE', value: 'TRUE' }] }).operations[0]?.value,
    ).toBe(true);
  });

  it('coerces nested booleans and drops unknown sub-attributes into ignored', () => {
    expect(
      user(
        body({
          op: 'add',
          path: 'emails',
          value: [{ value: 'x@y.test', type: 'work', primary: 'True', extra: 1 }],
        }),
      ),
    ).toEqual({
      operations: [
        { op: 'add', path: path('emails'), value: [{ value: 'x@y.test', type: 'work', primary: true }] },
      ],
      ignored: [{ index: 0, path: 'emails.extra', reason: 'unknownAttribute' }],
    });
  });

  it('turns a replace with null into a remove', () => {
    expect(user(body({ op: 'replace', path: 'title', value: null })).operations).toEqual([
      { op: 'remove', path: path('title'), value: undefined },
    ]);
  });

  it('ignores unknown attributes, unknown sub-attributes and read-only ones', () => {
    const { operations, ignored } = user(
      body(
        {
          op: 'replace',
          value: { nickName: 'P', favouriteColour: 'green', 'name.nope': 'x', id: '1', meta: {} },
        },
        { op: 'remove', path: 'phoneNumbers[type eq "fax"]' },
        { op: 'add', path: 'groups', value: [{ value: 'g' }] },
      ),
    );
    expect(operations).toEqual([{ op: 'replace', path: path('nickName'), value: 'P' }]);
    expect(ignored).toEqual([
      { index: 0, path: 'favouriteColour', reason: 'unknownAttribute' },
      { index: 0, path: 'name.nope', reason: 'unknownAttribute' },
      { index: 0, path: 'id', reason: 'readOnly' },
      { index: 0, path: 'meta', reason: 'readOnly' },
      { index: 1, path: 'phoneNumbers[type eq "fax"]', reason: 'unknownAttribute' },
      { index: 2, path: 'groups', reason: 'readOnly' },
    ]);
  });

  it.each([
    [{ op: 'replace', path: 'active', value: 'maybe' }, 'invalidValue'],
    [{ op: 'replace', path: 'active', value: 1 }, 'invalidValue'],
    [{ op: 'replace', path: 'userName', value: { a: 1 } }, 'invalidValue'],
    [{ op: 'replace', path: 'emails', value: [{ primary: 'sometimes' }] }, 'invalidValue'],
    [{ op: 'replace', path: 'userName' }, 'invalidValue'],
    [{ op: 'replace', value: 'not an object' }, 'invalidValue'],
    [{ op: 'replace', path: 'members[value eq', value: 1 }, 'invalidPath'],
    [{ op: 'replace', path: 'emails[nope eq "x"].value', value: 'a' }, 'invalidPath'],
    [{ op: 'replace', path: 'userName[type eq "x"]', value: 'a' }, 'invalidPath'],
    [{ op: 'replace', path: 7, value: 'a' }, 'invalidPath'],
    [{ op: 'remove' }, 'invalidPath'],
    [{ op: 'move', path: 'userName' }, 'invalidSyntax'],
    ['not an op', 'invalidSyntax'],
  ])('refuses %j with %s', (operation, expected) => {
    expect(scimType(() => user(body(operation)))).toBe(expected);
  });

  it('refuses a body without Operations', () => {
    expect(scimType(() => user({ schemas: [PATCH_OP_URN] }))).toBe('invalidSyntax');
    expect(scimType(() => user(null))).toBe('invalidSyntax');
  });
});
