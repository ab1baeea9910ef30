import type { Actor } from '../../platform/auth/actor';
import { hasRole } from '../../platform/auth/actor';

/**
 * Who does what with engagement pulse surveys (SPEC S5, S1.3). Everything here is about
 * aggregates: no ability anywhere reads a response or says who answered.
 * - HR admins set surveys up, launch and close rounds, and read organisation reports.
 * - A manager reads the report of their subtree for a round where the launch-day snapshot puts
 *   people under them (the engine then withholds whatever is below the threshold).
 * - Anyone else: the survey and its reports do not exist for them (404).
 */
export function surveyPolicy(actor: Actor, survey: { ended: boolean }) {
  const hr = hasRole(actor, 'hr_admin');
  return {
    read: hr,
    logAccess: false,
    edit: hr,
    launch: hr && !survey.ended,
  };
}

/** How the caller stands to a round's reports: HR for the organisation, managers for their subtree. */
export interface ReportStanding {
  hr: boolean;
  /** The launch-day snapshot puts at least one invited person under the caller. */
  managesInRound: boolean;
}

/**
 * One reader, one scope: an HR admin who also manages people reads the organisation only (filtered
 * by department or tenure through the engine's plan), never their own team beside it — the two
 * totals differ by the people outside the team, and that difference could be a group below the
 * threshold that no single request would show.
 */
export function roundReportPolicy(_actor: Actor, round: { closed: boolean }, standing: ReportStanding) {
  return {
    read: standing.hr || standing.managesInRound,
    logAccess: false,
    organization: standing.hr,
    subtree: standing.managesInRound && !standing.hr,
    close: standing.hr && !round.closed,
  };
}

/**
 * A team action is about a team: HR reads and edits all of them; a manager those of their own team.
 * Department actions are HR's (a department has no single manager in the directory).
 */
export function teamActionPolicy(actor: Actor, action: { teamKind: string; teamId: string }) {
  const hr = hasRole(actor, 'hr_admin');
  const ownTeam =
    action.teamKind === 'manager' && actor.personId !== null && action.teamId === actor.personId;
  return { read: hr || ownTeam, logAccess: false, edit: hr || ownTeam };
}
