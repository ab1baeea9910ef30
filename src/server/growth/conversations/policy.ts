import type { ConversationStatus } from '../../../contracts/conversations';
import type { Actor } from '../../platform/auth/actor';

interface ConversationFacts {
  employeeId: string;
  managerId: string;
  status: ConversationStatus;
}

/**
 * A career conversation is between two people: the employee, who owns what is written in it, and
 * the manager recorded when it was scheduled. Nobody else reads it in any role (HR gets coverage
 * counts, SPEC S1); others get 404. Either side may reschedule, cancel or mark it held while it is
 * scheduled; only the employee's outcome may change their aspirations or draft their plan.
 */
export function conversationPolicy(actor: Actor, conversation: ConversationFacts) {
  const employee = actor.personId !== null && actor.personId === conversation.employeeId;
  const manager = actor.personId !== null && actor.personId === conversation.managerId;
  const read = employee || manager;
  const scheduled = conversation.status === 'scheduled';
  return {
    read,
    viewerRole: employee ? ('employee' as const) : manager ? ('manager' as const) : null,
    reschedule: read && scheduled,
    cancel: read && scheduled,
    complete: read && scheduled,
    addNote: read && conversation.status !== 'cancelled',
    recordOutcome: employee && scheduled,
    /** The manager's reads are reads of the employee's development record (SPEC S1.5). */
    logAccess: manager,
  };
}

/**
 * Notes belong to the employee (SPEC S1.4). The employee reads every note on their conversation and
 * may remove any of them; each of their own notes is private until they share it, and sharing can
 * be taken back. A manager's note is written for the employee: both read it, its author edits it.
 */
export function notePolicy(
  actor: Actor,
  conversation: ConversationFacts,
  note: { authorId: string; sharedWithManager: boolean },
) {
  const employee = actor.personId !== null && actor.personId === conversation.employeeId;
  const manager = actor.personId !== null && actor.personId === conversation.managerId;
  const author = actor.personId !== null && actor.personId === note.authorId;
  const byEmployee = note.authorId === conversation.employeeId;
  const read = employee || (manager && (author || (byEmployee && note.sharedWithManager)));
  const open = conversation.status !== 'cancelled';
  return {
    read,
    edit: read && author && open,
    share: employee && byEmployee && open,
    remove: read && (employee || author),
  };
}

/** Organisation rules (cadence, release window, the question bank): HR edits them, everyone reads them. */
export const canEditConversationRules = (actor: Actor) => actor.roles.has('hr_admin');
