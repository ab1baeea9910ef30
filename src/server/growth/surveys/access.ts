import { issue } from '../../../contracts/issues';
import { hasRole } from '../../platform/auth/actor';
import { AppError } from '../../platform/errors/appError';
import { defineAccess } from '../../platform/policy/access';
import { roundReportPolicy, surveyPolicy, teamActionPolicy } from './policy';
import { findRound, findSurvey, findTeamAction, managesInRound } from './queries';

/**
 * The doors to a survey's set-up, a round's reports and a team action (GUIDE 12). None of them is
 * about one person, so nothing lands on anyone's access log; the answers themselves have no door
 * at all — no route reads a response row.
 */
export const surveyAccess = defineAccess({
  name: 'Survey',
  dataClass: 'development',
  resource: 'engagement surveys',
  load: findSurvey,
  subjectOf: () => null,
  relate: async () => null,
  policy: (actor, row) => surveyPolicy(actor, row),
  version: (row) => row.version,
});

export const roundReportAccess = defineAccess({
  name: 'Survey round',
  dataClass: 'development',
  resource: 'engagement survey reports',
  load: findRound,
  subjectOf: () => null,
  relate: async (db, actor, row) => ({
    hr: hasRole(actor, 'hr_admin'),
    managesInRound: await managesInRound(db, row.id, actor.personId),
  }),
  policy: roundReportPolicy,
  refusal: (action, _policy, row, relation) =>
    action === 'close' && relation.hr && row.closed
      ? new AppError('invalid_state', issue('surveyRoundClosed'))
      : undefined,
});

export const teamActionAccess = defineAccess({
  name: 'Team action',
  dataClass: 'development',
  resource: 'team actions',
  load: findTeamAction,
  subjectOf: () => null,
  relate: async () => null,
  policy: (actor, row) => teamActionPolicy(actor, row),
  version: (row) => row.version,
});
