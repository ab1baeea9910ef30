import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScimError } from './errors';
import {
  type AttrPath,
  COMPARE_OPS,
  type Filter,
  parseFilter,
  parsePath,
  printFilter,
  printPath,
} from './filter';
import { entra, okta } from './fixtures';
import { ENTERPRISE_USER_URN } from './schema';

const attr = (name: string, subAttr: string | null = null, uri: string | null = null): AttrPath => ({
  uri,
  name,
  subAttr,
});

function scimError(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

describe('parseFilter', () => {
  it('parses the lookups Okta and Entra send', () => {
    expect(parseFilter(okta.lookupFilter)).toEqual({
      kind: 'compare',
      path: attr('userName'),
      op: 'eq',
      value: 'test.user@okta.local',
    });
    expect(parseFilter(entra.matchByExternalId)).toMatchObject({ kind: 'compare', path: attr('externalId') });
    expect(parseFilter(entra.groupByName)).toMatchObject({
      path: attr('displayName'),
      value: 'Group1DisplayName',
    });
  });

  it('folds emails[type eq "work"].value eq "x" into one value filter', () => {
    expect(parseFilter(entra.matchByWorkEmail)).toEqual({
      kind: 'valuePath',
      path: attr('emails'),
      filter: {
        kind: 'and',
        left: { kind: 'compare', path: attr('type'), op: 'eq', value: 'work' },
        right: { kind: 'compare', path: attr('value'), op: 'eq', value: 'Test_User_dfeef4c5@testuser.com' },
      },
    });
  });

  it('reads dotted, URN-prefixed and meta paths', () => {
    expect(parseFilter('name.familyName sw "O\'"')).toMatchObject({
      path: attr('name', 'familyName'),
      op: 'sw',
    });
    expect(parseFilter(`${ENTERPRISE_USER_URN}:employeeNumber eq "42"`)).toMatchObject({
      path: attr('employeeNumber', null, ENTERPRISE_USER_URN),
    });
    expect(parseFilter(`${ENTERPRISE_USER_URN}:manager.value pr`)).toEqual({
      kind: 'present',
      path: attr('manager', 'value', ENTERPRISE_USER_URN),
    });
    expect(parseFilter('meta.lastModified gt "2026-01-01T00:00:00Z"')).toMatchObject({
      path: attr('meta', 'lastModified'),
      op: 'gt',
    });
  });

  it('accepts every operator in any case, and keywords in any case', () => {
    for (const op of COMPARE_OPS) {
      expect(parseFilter(`title ${op.toUpperCase()} "x"`)).toMatchObject({ kind: 'compare', op });
    }
    expect(parseFilter('title PR')).toEqual({ kind: 'present', path: attr('title') });
    expect(parseFilter('a eq 1 AND b eq 2 Or NOT (c eq 3)').kind).toBe('or');
  });

  it('gives "and" precedence over "or" and groups left to right', () => {
    const f = parseFilter('a eq 1 or b eq 2 and c eq 3');
    expect(f).toMatchObject({ kind: 'or', left: { path: attr('a') }, right: { kind: 'and' } });
    const g = parseFilter('(a eq 1 or b eq 2) and c eq 3');
    expect(g).toMatchObject({ kind: 'and', left: { kind: 'or' }, right: { path: attr('c') } });
    const h = parseFilter('a eq 1 and b eq 2 and c eq 3');
    expect(h).toMatchObject({ kind: 'and', left: { kind: 'and' }, right: { path: attr('c') } });
  });

  it('reads literals: escapes, numbers, booleans, null', () => {
    expect(parseFilter('title eq "a \\"quoted\\" \\u00e9\\\\ tab\\t"')).toMatchObject({
      value: 'a "quoted" é\\ tab\t',
    });
    expect(parseFilter('n eq -12.5e3')).toMatchObject({ value: -12500 });
    expect(parseFilter('emails[type eq "work" and primary eq TRUE]')).toMatchObject({
      kind: 'valuePath',
      filter: { right: { value: true } },
    });
    expect(parseFilter('x eq false')).toMatchObject({ value: false });
    expect(parseFilter('x eq null')).toMatchObject({ value: null });
  });

  it.each([
    ['', 'character 1'],
    ['userName', 'character 9: expected an operator'],
    ['userName gx "a"', 'character 10: expected an operator'],
    ['userName eq', 'character 12: expected a value'],
    ['userName eq "open', 'character 13: unterminated'],
    ['userName eq work', 'character 13: expected a value'],
    ['(userName eq "a"', 'character 17: expected ")"'],
    ['userName eq "a" extra', 'character 17: unexpected "extra"'],
    ['emails[type eq "work"', 'character 22: expected "]"'],
    ['emails[a[b eq 1]]', 'cannot contain another "["'],
    ['name.a.b eq 1', 'is not an attribute path'],
    ['userName eq "a" and', 'character 20: expected an attribute name'],
    ['title eq "bad \\x escape"', 'unterminated or badly escaped'],
    ['title eq 01x', 'unexpected "x"'],
  ])('refuses %j with invalidFilter saying where (%s)', (text, where) => {
    const error = scimError(() => parseFilter(text));
    expect(error.scimType).toBe('invalidFilter');
    expect(error.status).toBe(400);
    expect(error.message).toContain(where);
  });

  it('refuses very long and very deep filters', () => {
    expect(scimError(() => parseFilter(`title eq "${'a'.repeat(5000)}"`)).scimType).toBe('invalidFilter');
    const deep = `${'('.repeat(40)}a eq 1${')'.repeat(40)}`;
    expect(scimError(() => parseFilter(deep)).message).toContain('nested deeper');
  });
});

describe('parsePath', () => {
  it('reads the PATCH paths Okta and Entra send', () => {
    expect(parsePath('userName')).toEqual({
      uri: null,
      attribute: 'userName',
      filter: null,
      subAttribute: null,
    });
    expect(parsePath('name.familyName')).toEqual({
      uri: null,
      attribute: 'name',
      filter: null,
      subAttribute: 'familyName',
    });
    expect(parsePath('emails[type eq "work"].value')).toEqual({
      uri: null,
      attribute: 'emails',
      filter: { kind: 'compare', path: attr('type'), op: 'eq', value: 'work' },
      subAttribute: 'value',
    });
    expect(parsePath('members[value eq "89bb"]')).toMatchObject({ attribute: 'members', subAttribute: null });
    expect(parsePath(`${ENTERPRISE_USER_URN}:manager`)).toEqual({
      uri: ENTERPRISE_USER_URN,
      attribute: 'manager',
      filter: null,
      subAttribute: null,
    });
  });

  it.each([
    '',
    'members[',
    'members[value eq "1"',
    'name.givenName[type eq "x"]',
    'userName eq "x"',
    '[x]',
    'a.b.c',
  ])('refuses %j with invalidPath', (text) => {
    expect(scimError(() => parsePath(text)).scimType).toBe('invalidPath');
  });

  it('prints paths that parse back', () => {
    for (const text of [
      'userName',
      'name.familyName',
      'emails[type eq "work"].value',
      `${ENTERPRISE_USER_URN}:manager`,
    ]) {
      expect(printPath(parsePath(text))).toBe(text);
    }
  });
});

describe('printFilter', () => {
  const name = fc.stringMatching(/^\$?[A-Za-z][A-Za-z0-9_-]{0,6}$/);
  const uri = fc.constantFrom(null, ENTERPRISE_USER_URN, 'urn:ietf:params:scim:schemas:core:2.0:User');
  const path = fc.record({ uri, name, subAttr: fc.option(name, { nil: null }) });
  const subPath = fc.record({ uri: fc.constant(null), name, subAttr: fc.constant(null) });
  const value = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.boolean(),
    fc.constant(null),
  );
  const op = fc.constantFrom(...COMPARE_OPS);

  /** Random ASTs; inside a value filter paths are plain sub-attribute names and nest no "[". */
  const tree = (inside: boolean): fc.Arbitrary<Filter> =>
    fc.letrec<{ filter: Filter }>((tie) => ({
      filter: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ kind: fc.constant('compare' as const), path: inside ? subPath : path, op, value }),
        fc.record({ kind: fc.constant('present' as const), path: inside ? subPath : path }),
        fc.record({
          kind: fc.constantFrom('and' as const, 'or' as const),
          left: tie('filter'),
          right: tie('filter'),
        }),
        fc.record({ kind: fc.constant('not' as const), filter: tie('filter') }),
        ...(inside
          ? []
          : [
              fc.record({
                kind: fc.constant('valuePath' as const),
                path: fc.record({ uri, name, subAttr: fc.constant(null) }),
                filter: tree(true),
              }),
            ]),
      ),
    })).filter;

  it('parse(print(ast)) gives the same AST', () => {
    fc.assert(
      fc.property(tree(false), (ast) => {
        expect(parseFilter(printFilter(ast))).toEqual(ast);
      }),
      { numRuns: 500 },
    );
  });
});
