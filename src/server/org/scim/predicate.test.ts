import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterToPredicate, parseFilter } from './filter';
import { entra, okta } from './fixtures';
import { ENTERPRISE_USER_URN, GROUP_SCHEMA, USER_SCHEMA } from './schema';
import { scimTypeOf } from './testing';

const ada = {
  id: '2819c223-7f76-453a-919d-413861904646',
  externalId: 'Ext-Ada',
  userName: 'Ada.Lovelace@Example.test',
  name: { givenName: 'Ada', familyName: 'Lovelace' },
  title: 'Engineer',
  active: true,
  emails: [
    { value: 'ADA@work.example', type: 'work', primary: true },
    { value: 'ada@home.example', type: 'home' },
  ],
  [ENTERPRISE_USER_URN]: { employeeNumber: 'E-7', manager: { value: 'boss-1' } },
  meta: { resourceType: 'User', created: '2026-01-01T00:00:00Z', lastModified: '2026-03-01T10:00:00+01:00' },
};
const grace = {
  id: '9f7e0e38-0f6b-4c4e-9b3c-0d2b8d6e0c11',
  externalId: 'ext-grace',
  userName: 'grace@example.test',
  active: false,
  emails: [{ value: 'grace@work.example', type: 'work' }],
  meta: { lastModified: '2026-02-01T00:00:00Z' },
};
const people = [ada, grace];

const matching = (filter: string) =>
  people.filter(filterToPredicate(parseFilter(filter), USER_SCHEMA)).map((p) => p.userName);

const scimType = scimTypeOf;

describe('filterToPredicate on users', () => {
  it('answers the Okta and Entra lookups', () => {
    expect(matching(okta.lookupFilter)).toEqual([]);
    expect(matching(entra.testConnectionFilter)).toEqual([]);
    expect(matching('userName eq "ada.lovelace@example.test"')).toEqual([ada.userName]);
    expect(matching('emails[type eq "work"].value eq "ada@WORK.example"')).toEqual([ada.userName]);
    // the home address does not match a work-email lookup
    expect(matching('emails[type eq "work"].value eq "ada@home.example"')).toEqual([]);
  });

  it('compares externalId and id exactly, userName and emails ignoring case', () => {
    expect(matching('externalId eq "Ext-Ada"')).toEqual([ada.userName]);
    expect(matching('externalId eq "ext-ada"')).toEqual([]);
    expect(matching(`id eq "${ada.id.toUpperCase()}"`)).toEqual([]);
    expect(matching(`ID Eq "${ada.id}"`)).toEqual([ada.userName]);
    expect(matching('USERNAME sw "ADA."')).toEqual([ada.userName]);
    expect(matching('emails.value co "@WORK."')).toEqual([ada.userName, grace.userName]);
    expect(matching('emails co "home"')).toEqual([ada.userName]);
  });

  it('handles and, or, not, pr, ne and ew', () => {
    expect(matching('userName ew "example.test" and active eq true')).toEqual([ada.userName]);
    expect(matching('title eq "Engineer" or externalId eq "ext-grace"')).toEqual([
      ada.userName,
      grace.userName,
    ]);
    expect(matching('not (active eq true)')).toEqual([grace.userName]);
    expect(matching('title pr')).toEqual([ada.userName]);
    expect(matching('title ne "Engineer"')).toEqual([grace.userName]);
    expect(matching('title eq null')).toEqual([grace.userName]);
    expect(matching('emails[type eq "work" and primary eq true]')).toEqual([ada.userName]);
  });

  it('compares meta.lastModified as instants, not strings', () => {
    // 10:00+01:00 is 09:00Z: later than 08:59Z, not later than 09:00Z
    expect(matching('meta.lastModified gt "2026-03-01T08:59:00Z"')).toEqual([ada.userName]);
    expect(matching('meta.lastModified gt "2026-03-01T09:00:00Z"')).toEqual([]);
    expect(matching('meta.lastModified ge "2026-03-01T09:00:00Z"')).toEqual([ada.userName]);
    expect(matching('meta.lastModified lt "2026-03-01T00:00:00Z"')).toEqual([grace.userName]);
  });

  it('reads enterprise attributes by URN', () => {
    expect(matching(`${ENTERPRISE_USER_URN}:employeeNumber eq "E-7"`)).toEqual([ada.userName]);
    expect(matching(`${ENTERPRISE_USER_URN}:manager.value eq "boss-1"`)).toEqual([ada.userName]);
    expect(matching(`${ENTERPRISE_USER_URN}:manager eq "boss-1"`)).toEqual([ada.userName]);
    expect(matching('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "grace@example.test"')).toEqual([
      grace.userName,
    ]);
  });

  it('matches userName eq ignoring case and externalId eq exactly, for any string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (stored, asked) => {
        const person = { userName: stored, externalId: stored };
        const literal = JSON.stringify(asked);
        const byUserName = filterToPredicate(parseFilter(`userName eq ${literal}`), USER_SCHEMA)(person);
        const byExternalId = filterToPredicate(parseFilter(`externalId eq ${literal}`), USER_SCHEMA)(person);
        const notEqual = filterToPredicate(parseFilter(`userName ne ${literal}`), USER_SCHEMA)(person);
        expect(byUserName).toBe(stored.toLowerCase() === asked.toLowerCase());
        expect(byExternalId).toBe(stored === asked);
        expect(notEqual).toBe(!byUserName);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    'addresses.locality eq "Lisbon"',
    'name eq "Ada"',
    'userName eq 5',
    'active eq "yes"',
    'active gt true',
    'meta.lastModified gt "yesterday"',
    'meta.lastModified co "2026"',
    'userName gt null',
    'title[value eq "x"]',
    'urn:example:unknown:2.0:User:userName eq "a"',
  ])('refuses %j with invalidFilter before reading anything', (filter) => {
    expect(scimType(() => filterToPredicate(parseFilter(filter), USER_SCHEMA))).toBe('invalidFilter');
  });
});

describe('filterToPredicate on groups', () => {
  const groups = [
    { id: 'g1', displayName: 'Group1DisplayName', members: [{ value: 'u1' }] },
    { id: 'g2', displayName: 'Other', members: null },
  ];
  const names = (filter: string) =>
    groups.filter(filterToPredicate(parseFilter(filter), GROUP_SCHEMA)).map((g) => g.displayName);

  it('finds by displayName and by member', () => {
    expect(names(entra.groupByName)).toEqual(['Group1DisplayName']);
    expect(names('displayname eq "group1displayname"')).toEqual(['Group1DisplayName']);
    expect(names('members[value eq "u1"]')).toEqual(['Group1DisplayName']);
    expect(names('members[value eq "U1"]')).toEqual([]);
    expect(names('members pr')).toEqual(['Group1DisplayName']);
  });
});
