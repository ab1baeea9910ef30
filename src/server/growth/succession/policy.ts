import type { Actor } from '../../platform/auth/actor';
import { mayReadTalent } from '../talent/policy';

/**
 * How the caller stands to one succession plan (a key position and its slate):
 * - `hr`: an HR admin of the organisation;
 * - `reviewer`: one of the executives HR designated for this position;
 * - `named`: the caller is named on the plan — its incumbent or a successor on its slate.
 */
export interface PlanStanding {
  hr: boolean;
  reviewer: boolean;
  named: boolean;
}

/**
 * Who reads a succession plan (SPEC S1 class `talent`, S4.9):
 * - HR admins and the position's designated reviewers read it and edit the position and its slate;
 * - only HR designates reviewers, adds positions and removes them;
 * - nobody named on the plan ever reads it, whatever their role: the incumbent and every successor
 *   (an HR admin on a slate included). Designation refuses such people, so a reviewer is never
 *   named on their own plan; the rule still holds here for any data that slipped past.
 * - everyone else — the incumbent's manager, peers, the org admin — is not told the plan exists (404).
 * Every read is logged for each person the plan names (`access.ts`).
 */
export function successionPlanPolicy(actor: Actor, _row: unknown, standing: PlanStanding) {
  // The class's readers rule (talent/policy.ts) speaks of one subject; a plan names several, so the
  // named check stands beside it.
  const designated = standing.reviewer && actor.personId ? [actor.personId] : [];
  const read = !standing.named && mayReadTalent(actor, designated, null);
  return {
    read,
    edit: read,
    editSlate: read,
    designateReviewers: read && standing.hr,
    remove: read && standing.hr,
    /** Logged for the named people by the plan reader in `access.ts`, not by the guard's subject. */
    logAccess: read,
  };
}

/**
 * What positions the caller may list: all of the organisation's (HR), those they are designated
 * for (reviewers), none (everyone else) — always less the plans that name the caller. List and
 * bench queries filter with exactly this; `policy.test.ts` holds it equal to the policy.
 */
export type PositionReach = { kind: 'all' | 'designated'; excludePersonId: string | null } | { kind: 'none' };

export function positionReach(actor: Actor): PositionReach {
  if (actor.roles.has('hr_admin')) return { kind: 'all', excludePersonId: actor.personId };
  if (actor.personId) return { kind: 'designated', excludePersonId: actor.personId };
  return { kind: 'none' };
}

/** Whether a plan the reach lets through is one the policy lets the caller read (for the test). */
export function reachIncludes(reach: PositionReach, standing: PlanStanding): boolean {
  if (reach.kind === 'none') return false;
  if (standing.named) return false;
  return reach.kind === 'all' || standing.reviewer;
}

/** Only HR admins add key positions. */
export const mayCreatePositions = (actor: Actor) => actor.roles.has('hr_admin');

/**
 * Whether naming this person on a plan would name the caller themself — as its incumbent or on
 * its slate. Nobody works on a plan that names them (the read rule above would hide it from them
 * at once), so the position and slate commands refuse it with `ownSuccessionPlan`.
 */
export const namesSelf = (actor: Actor, personId: string | null): boolean =>
  personId !== null && actor.personId !== null && personId === actor.personId;
