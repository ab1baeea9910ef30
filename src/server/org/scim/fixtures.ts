/**
 * Request bodies and filters as Okta and Entra send them (anchors §9), kept verbatim in shape so
 * tests replay what the identity providers do. Ids and names are made up.
 */
import { ENTERPRISE_USER_URN, PATCH_OP_URN, USER_URN } from './schema';

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH_OP_URN], Operations });

export const okta = {
  /** §9.1.2 lookup before create. */
  lookupFilter: 'userName eq "test.user@okta.local"',
  /** §9.1.2 create body (the password is never stored). */
  createUser: {
    schemas: [USER_URN],
    userName: 'test.user@okta.local',
    name: { givenName: 'Test', familyName: 'User' },
    emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
    displayName: 'Test User',
    locale: 'en-US',
    externalId: '00ujl29u0le5T6Aj10h7',
    groups: [],
    password: '1mz050nq',
    active: true,
  },
  /** §9.1.6 deactivate: no path, value is an object. */
  deactivate: patch({ op: 'replace', value: { active: false } }),
  reactivate: patch({ op: 'replace', value: { active: true } }),
  /** §9.1.8 group rename, sent on every membership update too. */
  groupRename: patch({
    op: 'replace',
    value: { id: 'abf4dd94-a4c0-4f67-89c9-76b03340cb9b', displayName: 'Test SCIMv2' },
  }),
  /** §9.1.8 membership update. */
  groupMembership: patch(
    { op: 'remove', path: 'members[value eq "89bb1940-b905-4575-9e7f-6f887cfb368e"]' },
    {
      op: 'add',
      path: 'members',
      value: [{ value: '23a35c27-23d3-4c03-b4c5-6443c09e7173', display: 'test.user@okta.local' }],
    },
  ),
  /** §9.1.8 full replace of the members. */
  groupReplaceMembers: patch({
    op: 'replace',
    path: 'members',
    value: [
      { value: '23a35c27-23d3-4c03-b4c5-6443c09e7173', display: 'test.user@okta.local' },
      { value: '89bb1940-b905-4575-9e7f-6f887cfb368e', display: 'other.user@okta.local' },
    ],
  }),
};

export const entra = {
  /** §9.2.1 test connection. */
  testConnectionFilter: 'userName eq "non-existent user"',
  /** §9.2.2 matching attributes. */
  matchByExternalId: 'externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"',
  matchByWorkEmail: 'emails[type eq "work"].value eq "Test_User_dfeef4c5@testuser.com"',
  groupByName: 'displayName eq "Group1DisplayName"',
  /** §9.2.2 create. */
  createUser: {
    schemas: [USER_URN, ENTERPRISE_USER_URN],
    externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
    userName: 'Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1',
    active: true,
    emails: [{ primary: true, type: 'work', value: 'Test_User_fd0ea19b@testuser.com' }],
    meta: { resourceType: 'User' },
    name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
    roles: [],
  },
  /** §9.2.4 multi-valued and single-valued updates, capitalised ops. */
  updateEmailAndFamilyName: patch(
    { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@microsoft.com' },
    { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
  ),
  updateUserName: patch({
    op: 'Replace',
    path: 'userName',
    value: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com',
  }),
  employeeNumber: patch({ op: 'Replace', path: `${ENTERPRISE_USER_URN}:employeeNumber`, value: '7865' }),
  /** §9.2.4 manager as a bare string id. */
  manager: patch({
    op: 'Replace',
    path: `${ENTERPRISE_USER_URN}:manager`,
    value: '2819c223-7f76-453a-919d-413861904646',
  }),
  /** §9.2.5 disable without the flag: a string boolean. */
  disableStringBoolean: patch({ op: 'Replace', path: 'active', value: 'False' }),
  enableStringBoolean: patch({ op: 'Replace', path: 'active', value: 'True' }),
  disable: patch({ op: 'Replace', path: 'active', value: false }),
  /** §9.2.7 groups. */
  createGroup: {
    schemas: [
      'urn:ietf:params:scim:schemas:core:2.0:Group',
      'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group',
    ],
    externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
    displayName: 'displayName',
    meta: { resourceType: 'Group' },
  },
  groupRename: patch({
    op: 'Replace',
    path: 'displayName',
    value: '1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName',
  }),
  groupAddMember: patch({
    op: 'Add',
    path: 'members',
    value: [{ $ref: null, value: 'f648f8d5ea4e4cd38e9c' }],
  }),
  groupRemoveMember: patch({ op: 'Remove', path: 'members', value: [{ value: 'u1091' }] }),
  /** §9.2.8 `aadOptscim062020` forms. */
  opt: {
    disable: patch({ op: 'replace', path: 'active', value: false }),
    removeMember: patch({ op: 'remove', path: 'members[value eq "7f4bc1a3-285e-48ae-8202-5accb43efb0e"]' }),
    multiAttributeReplace: patch({
      op: 'replace',
      value: {
        displayName: 'Pat Doe',
        'name.givenName': 'Pat',
        'name.familyName': 'Doe',
        [`${ENTERPRISE_USER_URN}:employeeNumber`]: 'E-1042',
      },
    }),
  },
  /** §9.2.10 an optional mapping Trellis does not know: must be ignored, never a 400. */
  unmappedAddress: patch(
    { op: 'Add', path: 'addresses[type eq "work"].locality', value: 'Lisbon' },
    { op: 'Replace', path: 'active', value: 'False' },
  ),
};
