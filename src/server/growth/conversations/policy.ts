import type { ConversationStatus } from '../../../contracts/conversations';
import type { Actor } from '../../platform/auth/actor';
import { type Relation, readsSharedWithManager } from '../../platform/policy/relations';

interface ConversationFacts {
  employeeId: string;
  managerId: string;
  status: ConversationStatus;
  /** The development plan already drafted from it, if any. */
  draftPlanId?: string | null;
}

/** Which side of the conversation the caller is on, if any. */
export function conversationSide(actor: Actor, conversation: ConversationFacts) {
  if (actor.personId === null) return null;
  if (actor.personId === conversation.employeeId) return 'employee' as const;
  if (actor.personId === conversation.managerId) return 'manager' as const;
  return null;
}

/**
 * A career conversation is between two people: the employee, who owns what is written in it, and
 * the manager recorded when it was scheduled. Nobody else reads it in any role (HR gets coverage
 * counts, SPEC S1); others get 404. Either side may reschedule, cancel or mark it held while it is
 * scheduled; only the employee's outcome may change their aspirations or draft their plan.
 * What the employee shares "with my manager" (their notes, the outcome) reaches the conversation's
 * manager only while they are the employee's current direct manager (`readsSharedWithManager`,
 * SPEC S1.4): a manager the employee has since left keeps the dates and their own notes, nothing more.
 */
export function conversationPolicy(
  actor: Actor,
  conversation: ConversationFacts,
  relationToEmployee: Relation | null,
) {
  const viewerRole = conversationSide(actor, conversation);
  const employee = viewerRole === 'employee';
  const manager = viewerRole === 'manager';
  const read = employee || manager;
  const scheduled = conversation.status === 'scheduled';
  return {
    read,
    viewerRole,
    /** Reads what the employee shared with their manager: notes marked shared, a shared outcome. */
    readShared: employee || (manager && readsSharedWithManager(relationToEmployee)),
    reschedule: read && scheduled,
    cancel: read && scheduled,
    complete: read && scheduled,
    addNote: read && conversation.status !== 'cancelled',
    /** Either side writes down what they agreed, before or after it is held. */
    addAction: read && conversation.status !== 'cancelled',
    recordOutcome: employee && scheduled,
    /** The plan is the employee's (S1.4): they draft it from the agreed actions, once, after it was held. */
    makePlan: employee && conversation.status === 'completed' && !conversation.draftPlanId,
    /** The manager's reads are reads of the employee's development record (SPEC S1.5). */
    logAccess: manager,
  };
}

/**
 * Notes belong to the employee (SPEC S1.4). The employee reads every note on their conversation and
 * may remove any of them; each of their own notes is private until they share it, and sharing can
 * be taken back. A manager's note is written for the employee: both read it, its author edits it.
 * Sharing implies editing: whoever may share a note may also reword it.
 */
export function notePolicy(
  actor: Actor,
  conversation: ConversationFacts,
  note: { authorId: string; sharedWithManager: boolean },
  relationToEmployee: Relation | null,
) {
  const { viewerRole, readShared } = conversationPolicy(actor, conversation, relationToEmployee);
  const employee = viewerRole === 'employee';
  const manager = viewerRole === 'manager';
  const author = actor.personId !== null && actor.personId === note.authorId;
  const byEmployee = note.authorId === conversation.employeeId;
  const read = employee || (manager && (author || (byEmployee && note.sharedWithManager && readShared)));
  const open = conversation.status !== 'cancelled';
  return {
    read,
    edit: read && author && open,
    share: employee && byEmployee && open,
    remove: read && (employee || author),
    /** The manager's reads and changes land on the employee's access log (SPEC S1.5). */
    logAccess: read && !employee,
  };
}

/**
 * Whose conversation rhythm (when the last one was held, when the next is, whether it is overdue —
 * dates only) the caller reads: their own, and their direct reports'. Anyone else 404.
 */
export function conversationRhythmReach(relation: Relation | null): 'own' | 'report' | 'none' {
  if (relation === 'self') return 'own';
  if (relation === 'direct_manager') return 'report';
  return 'none';
}

/** Organisation rules (cadence, release window, the question bank): HR edits them, everyone reads them. */
export const canEditConversationRules = (actor: Actor) => actor.roles.has('hr_admin');

/**
 * An agreed action: both sides read the ones they wrote; the employee's reach the manager only
 * while they may read what the employee shares (`readShared`, like a shared note). Its author
 * removes it, and the employee may remove any (their record, S1.4).
 */
export function agreedActionPolicy(
  actor: Actor,
  conversation: ConversationFacts,
  action: { authorId: string },
  relationToEmployee: Relation | null,
) {
  const { viewerRole, readShared } = conversationPolicy(actor, conversation, relationToEmployee);
  const employee = viewerRole === 'employee';
  const author = actor.personId !== null && actor.personId === action.authorId;
  const byEmployee = action.authorId === conversation.employeeId;
  const read = employee || (viewerRole === 'manager' && (author || (byEmployee && readShared)));
  return { read, remove: read && (employee || author) && conversation.status !== 'cancelled' };
}
