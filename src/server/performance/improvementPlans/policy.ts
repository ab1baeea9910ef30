import { issue } from '../../../contracts/issues';
import type { Actor } from '../../platform/auth/actor';
import { AppError } from '../../platform/errors/appError';
import { managesPerson, type Relation } from '../../platform/policy/relations';
import type { PipState, PipVisibility } from './tables';

/**
 * How the caller reads an improvement plan (SPEC S3.7, issue 12 item 12):
 * - `employee`: the person the plan is about, from publishing on (a draft does not exist for them),
 *   and only the parts shown to them;
 * - `manager`: their manager chain, direct and skip-level, everything but HR-only parts;
 * - `hr`: HR admins, everything.
 * Nobody else reads a plan at all: not mentors, coaches or peers, not approvers or org admins by
 * their role — they get 404, as if there were no plan (S1.7). A person's own plan is read as the
 * employee even when they are an HR admin.
 */
export type PipAudience = 'hr' | 'manager' | 'employee';

export interface PipFacts {
  state: PipState;
  /** Set once HR published the plan; a draft discarded unpublished stays unseen by the employee. */
  publishedAt: Date | null;
}

export function pipAudience(actor: Actor, plan: PipFacts, relation: Relation | null): PipAudience | null {
  if (relation === null) return null;
  if (relation === 'self') return plan.publishedAt !== null ? 'employee' : null;
  if (actor.roles.has('hr_admin')) return 'hr';
  return managesPerson(relation) ? 'manager' : null;
}

/** Whether a reader of this audience reads a part of the plan with this visibility. */
export function seesVisibility(audience: PipAudience, visibility: PipVisibility): boolean {
  if (audience === 'hr') return true;
  if (audience === 'manager') return visibility !== 'hr';
  return visibility === 'employee';
}

/** The reason is HR's and the manager chain's; the employee reads it only when HR chose so. */
export const reasonVisibility = (plan: { reasonVisibleToEmployee: boolean }): PipVisibility =>
  plan.reasonVisibleToEmployee ? 'employee' : 'manager';

const running: readonly PipState[] = ['active', 'acknowledged', 'paused', 'extended'];
/** States in which the latest revision waits for the employee's acknowledgement. */
export const awaitingAcknowledgement: readonly PipState[] = ['active', 'paused', 'extended'];
export const isRunning = (state: PipState) => running.includes(state);

/**
 * What the caller's standing allows, whatever the plan's state. Drafting and editing are HR's and the
 * direct manager's (the person who runs the plan day to day); publishing, extending and closing are
 * HR's alone (closing with an outcome is a decision about someone's employment, so it is never the
 * manager's by themselves); acknowledging and responding are the employee's alone; check-ins are
 * recorded by the direct manager or HR.
 */
function standingAbilities(audience: PipAudience | null, relation: Relation | null) {
  const hr = audience === 'hr';
  const directManager = audience === 'manager' && relation === 'direct_manager';
  const employee = audience === 'employee';
  return {
    edit: hr || directManager,
    publish: hr,
    extend: hr,
    close: hr,
    acknowledge: employee,
    respond: employee,
    recordCheckIn: hr || directManager,
    hrChoices: hr,
  };
}
type Ability = keyof ReturnType<typeof standingAbilities>;

/** The state each ability needs, beyond the caller's standing. */
const stateAllows: Record<Ability, (state: PipState) => boolean> = {
  edit: (state) => state !== 'closed',
  publish: (state) => state === 'draft',
  extend: isRunning,
  close: (state) => state !== 'closed',
  acknowledge: (state) => awaitingAcknowledgement.includes(state),
  // The employee reads only published plans; a response may come any time after, also once closed.
  respond: () => true,
  recordCheckIn: isRunning,
  hrChoices: () => true,
};

export function pipPolicy(actor: Actor, plan: PipFacts, relation: Relation | null) {
  const audience = pipAudience(actor, plan, relation);
  const standing = standingAbilities(audience, relation);
  const abilities = Object.fromEntries(
    (Object.keys(standing) as Ability[]).map((ability) => [
      ability,
      standing[ability] && stateAllows[ability](plan.state),
    ]),
  ) as Record<Ability, boolean>;
  return {
    read: audience !== null,
    audience,
    ...abilities,
    /** Every read by someone but the employee lands on the employee's access log (S1.5). */
    logAccess: audience !== null && audience !== 'employee',
  };
}
export type PipPolicy = ReturnType<typeof pipPolicy>;

/** Why an action the caller's standing allows is refused: the plan's state, said as an issue. */
const stateRefusals: Record<Ability, Parameters<typeof issue>[0]> = {
  edit: 'pipClosed',
  publish: 'pipNotDraft',
  extend: 'pipNotRunning',
  close: 'pipClosed',
  acknowledge: 'pipNothingToAcknowledge',
  respond: 'pipNotRunning',
  recordCheckIn: 'pipNotRunning',
  hrChoices: 'pipClosed',
};

/**
 * The refusal for a plan the caller reads but may not act on this way: 409 `invalid_state` naming
 * the state when their standing allows the action, else nothing (the guard answers 403).
 */
export function pipRefusal(action: Ability, policy: PipPolicy, relation: Relation | null) {
  if (!standingAbilities(policy.audience, relation)[action]) return undefined;
  return new AppError('invalid_state', issue(stateRefusals[action]));
}

/**
 * Who may start a plan about a person: HR admins about anyone but themselves, and the person's
 * direct manager. `none` only outside the organisation (404); anyone else is refused (403).
 */
export function pipCreation(actor: Actor, relation: Relation | null): 'hr' | 'manager' | 'denied' | 'none' {
  if (relation === null) return 'none';
  if (relation === 'self') return 'denied';
  if (actor.roles.has('hr_admin')) return 'hr';
  return relation === 'direct_manager' ? 'manager' : 'denied';
}

/**
 * The list-side twin of `pipAudience`: what plans the caller lists. HR admins list every plan but
 * plans about themselves that were never published; everyone else the plans of the people they manage (any depth) and their
 * own published ones. `queries.ts` turns it into SQL; `reach.test.ts` holds the SQL equal to the
 * guard's decision on the database.
 */
export interface PipListReach {
  hr: boolean;
  personId: string | null;
}
export const pipListReach = (actor: Actor): PipListReach => ({
  hr: actor.roles.has('hr_admin'),
  personId: actor.personId,
});
