import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import { analyseGaps } from './gap';
import { libraryAbilities, pathPolicy, seesAssessment } from './policy';

const actor = (roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId: 'p',
  email: 'x@example.com',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

describe('pathPolicy, per role × relation', () => {
  const relations: (Relation | null)[] = ['self', 'direct_manager', 'skip_level_manager', 'colleague', null];
  const roles: RoleName[][] = [[], ['hr_admin'], ['approver'], ['coach'], ['org_admin']];

  it('the person sees everything and writes only their self-assessment', () => {
    for (const role of roles) {
      const p = pathPolicy(actor(role), 'self');
      expect(p).toMatchObject({
        read: true,
        assessments: 'all',
        selfAssess: true,
        managerAssess: false,
        logAccess: false,
      });
    }
  });

  it('managers see the manager view; only the direct manager reads shared self-assessments and writes', () => {
    expect(pathPolicy(actor(), 'direct_manager')).toMatchObject({
      read: true,
      assessments: 'shared',
      readGap: true,
      selfAssess: false,
      managerAssess: true,
      setPosition: true,
      logAccess: true,
    });
    // "Shared with my manager" is the direct manager: the skip-level sees the manager's view only.
    expect(pathPolicy(actor(), 'skip_level_manager')).toMatchObject({
      read: true,
      assessments: 'manager_only',
      readGap: true,
      selfAssess: false,
      managerAssess: false,
      setPosition: true,
      logAccess: true,
    });
  });

  /** [relation, sees a shared self-assessment, a private one, the manager's assessment] */
  const assessmentCases: [Relation | null, boolean, boolean, boolean][] = [
    ['self', true, true, true],
    ['direct_manager', true, false, true],
    ['skip_level_manager', false, false, true],
    ['colleague', false, false, false],
    [null, false, false, false],
  ];
  for (const [relation, sharedSelf, privateSelf, managers] of assessmentCases) {
    for (const role of roles) {
      it(`assessments: ${relation} as ${role.join('+') || 'employee'}`, () => {
        const { assessments: reach, readGap } = pathPolicy(actor(role), relation);
        expect(seesAssessment(reach, { author: 'self', sharedWithManager: true })).toBe(sharedSelf);
        expect(seesAssessment(reach, { author: 'self', sharedWithManager: false })).toBe(privateSelf);
        expect(seesAssessment(reach, { author: 'manager', sharedWithManager: false })).toBe(managers);
        // The gap is made of assessments: readable exactly when some assessment is.
        expect(readGap).toBe(managers);
      });
    }
  }

  it('HR places colleagues on tracks but never reads assessments; other roles read nothing', () => {
    expect(pathPolicy(actor(['hr_admin']), 'colleague')).toMatchObject({
      read: true,
      assessments: 'none',
      readGap: false,
      selfAssess: false,
      managerAssess: false,
      setPosition: true,
      logAccess: true,
    });
    for (const role of [[], ['approver'], ['coach'], ['org_admin']] as RoleName[][]) {
      expect(pathPolicy(actor(role), 'colleague')).toMatchObject({ read: false, setPosition: false });
    }
    for (const role of roles) {
      for (const relation of relations) {
        const p = pathPolicy(actor(role), relation);
        if (relation === null) expect(p.read).toBe(false);
        // Whatever the role, no write without the read.
        if (!p.read) expect(p.selfAssess || p.managerAssess || p.setPosition).toBe(false);
      }
    }
  });

  it('only HR edits the library', () => {
    expect(libraryAbilities(actor(['hr_admin'])).edit).toBe(true);
    for (const role of [[], ['approver'], ['coach'], ['org_admin']] as RoleName[][]) {
      expect(libraryAbilities(actor(role)).edit).toBe(false);
    }
  });
});

describe('analyseGaps', () => {
  const expectations = [
    { competencyId: 'a', name: 'Alpha', expectedLevel: 3 },
    { competencyId: 'b', name: 'Beta', expectedLevel: 4 },
    { competencyId: 'c', name: 'Gamma', expectedLevel: 2 },
  ];

  it('uses the mean of the visible assessments and lists the biggest gaps first', () => {
    const result = analyseGaps({
      expectations,
      selfLevels: new Map([
        ['a', 2],
        ['b', 1],
        ['c', 3],
      ]),
      managerLevels: new Map([['a', 3]]),
    });
    expect(result.rows.map((r) => r.gap)).toEqual([0.5, 3, -1]);
    expect(result.biggestGaps.map((g) => g.competencyId)).toEqual(['b', 'a']);
    expect(result.unassessed).toBe(0);
  });

  it('an unassessed competency has no gap rather than a made-up one', () => {
    const result = analyseGaps({ expectations, selfLevels: new Map(), managerLevels: new Map([['b', 4]]) });
    expect(result.rows.map((r) => r.gap)).toEqual([null, 0, null]);
    expect(result.biggestGaps).toEqual([]);
    expect(result.unassessed).toBe(2);
  });
});
