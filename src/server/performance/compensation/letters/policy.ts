import type { CompCycleState } from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';

/**
 * Pay letters (SPEC S1 `compensation`, issue 12 item 7):
 * - the letter TEMPLATE is an organisation rule about no one person: HR admins (the compensation
 *   admins) read, change and preview it; anyone else is refused (403: the routes exist, the role
 *   cannot use them), as for salary bands;
 * - a person's LETTER shows their pay: HR reads anyone's in their organisation once the cycle is
 *   released (through the cycle and participant guards, which answer 404 to everyone else, and log
 *   each read for the person); the person reads their own from the cycle's visibility date on, and
 *   before it their letter does not exist for them (404). Managers and approvers get no letters:
 *   they saw the figures while planning, and the letter is the employee's.
 */
export const letterTemplatePolicy = (actor: Actor) => {
  const hr = actor.roles.has('hr_admin');
  return { read: hr, edit: hr, preview: hr };
};

/** Whether a cycle's letters exist: it was released (for real — a sandbox never is). */
export const lettersReleased = (cycle: { state: CompCycleState; sandbox: boolean }) =>
  !cycle.sandbox && (cycle.state === 'released' || cycle.state === 'archived');
