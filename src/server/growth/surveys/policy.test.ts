import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import { rotationFor, tenureBandOf } from './commands/launchRound';
import { roundReportPolicy, surveyPolicy, teamActionPolicy } from './policy';
import type { QuestionRow } from './queries';

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

const others: [string, Actor][] = [
  ['employee', actor('e')],
  ['approver', actor('ap', ['approver'])],
  ['coach', actor('co', ['coach'])],
  ['org admin', actor('ad', ['org_admin'])],
];

describe('survey policy', () => {
  it('HR admins set up and launch; an ended survey launches no more rounds', () => {
    expect(surveyPolicy(actor('hr', ['hr_admin']), { ended: false })).toEqual({
      read: true,
      logAccess: false,
      edit: true,
      launch: true,
    });
    expect(surveyPolicy(actor('hr', ['hr_admin']), { ended: true }).launch).toBe(false);
  });

  it.each(others)('a survey does not exist for the %s', (_label, who) => {
    expect(surveyPolicy(who, { ended: false })).toEqual({
      read: false,
      logAccess: false,
      edit: false,
      launch: false,
    });
  });
});

describe('round report policy', () => {
  it('HR reads the organisation and closes open rounds; a manager in the snapshot reads only the subtree', () => {
    const hr = roundReportPolicy(
      actor('hr', ['hr_admin']),
      { closed: false },
      { hr: true, managesInRound: false },
    );
    expect(hr).toMatchObject({ read: true, organization: true, subtree: false, close: true });
    const manager = roundReportPolicy(actor('m'), { closed: false }, { hr: false, managesInRound: true });
    expect(manager).toMatchObject({ read: true, organization: false, subtree: true, close: false });
    expect(
      roundReportPolicy(actor('hr', ['hr_admin']), { closed: true }, { hr: true, managesInRound: false })
        .close,
    ).toBe(false);
  });

  it('an HR admin who manages people reads the organisation only, never their team beside it', () => {
    expect(
      roundReportPolicy(actor('hr', ['hr_admin']), { closed: true }, { hr: true, managesInRound: true }),
    ).toMatchObject({ read: true, organization: true, subtree: false });
  });

  it.each(others)('the %s managing nobody in the round reads no report', (_label, who) => {
    expect(roundReportPolicy(who, { closed: true }, { hr: false, managesInRound: false })).toMatchObject({
      read: false,
      organization: false,
      subtree: false,
      close: false,
    });
  });
});

describe('team action policy', () => {
  it('HR edits every team action; a manager only their own team; department actions are HR’s', () => {
    expect(teamActionPolicy(actor('hr', ['hr_admin']), { teamKind: 'department', teamId: 'd' }).edit).toBe(
      true,
    );
    expect(teamActionPolicy(actor('m'), { teamKind: 'manager', teamId: 'm' })).toMatchObject({
      read: true,
      edit: true,
    });
    expect(teamActionPolicy(actor('m'), { teamKind: 'manager', teamId: 'other' }).read).toBe(false);
    expect(teamActionPolicy(actor('m'), { teamKind: 'department', teamId: 'm' }).read).toBe(false);
  });
});

describe('question rotation and tenure bands', () => {
  const q = (id: string, kind: QuestionRow['kind'], driver: QuestionRow['driver'] = null): QuestionRow => ({
    id,
    surveyId: 's',
    kind,
    driver,
    prompt: id,
    position: 0,
  });
  const questions = [
    q('g1', 'likert', 'growth'),
    q('g2', 'likert', 'growth'),
    q('w1', 'likert', 'workload'),
    q('b1', 'likert', 'belonging'),
    q('e', 'enps'),
    q('c', 'comment'),
  ];

  it('asks the next drivers in turn each round, always with the eNPS item and the comment prompts', () => {
    expect(rotationFor(questions, 2, 1)).toEqual(['g1', 'g2', 'w1', 'e', 'c']);
    expect(rotationFor(questions, 2, 2)).toEqual(['g1', 'g2', 'b1', 'e', 'c']);
    expect(rotationFor(questions, 2, 3)).toEqual(['w1', 'b1', 'e', 'c']);
    expect(rotationFor(questions, null, 5)).toEqual(['g1', 'g2', 'w1', 'b1', 'e', 'c']);
  });

  it('bands tenure at the launch day', () => {
    expect(tenureBandOf('2026-06-01', '2026-12-01')).toBe('under_1y');
    expect(tenureBandOf('2025-06-01', '2026-12-01')).toBe('1_2y');
    expect(tenureBandOf('2023-06-01', '2026-12-01')).toBe('2_5y');
    expect(tenureBandOf('2016-06-01', '2026-12-01')).toBe('5y_plus');
  });
});
