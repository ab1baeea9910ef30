import type { Request360Status } from '../../../contracts/feedback360';
import type { Actor } from '../../platform/auth/actor';

export interface RequestFacts {
  subjectId: string;
  requestedById: string | null;
  approverId: string | null;
  coachId: string | null;
  status: Request360Status;
}

/**
 * Who does what with a 360 (SPEC S4.8, S1.2, S1.3):
 * - the subject runs it: nominates, submits, reminds, closes, and reads the report once released;
 * - HR admins, for a 360 they started for a leadership program (requested by someone other than
 *   the subject), may change the deadline and close it; they never read nominations or results;
 * - the manager named as approver decides on nominations while they await approval, nothing more;
 * - an assigned coach reads the report first when it closes and releases it to the subject;
 * - org admins, approvers, other managers and colleagues have no reach at all.
 * A report is never offered to anyone for a review, calibration or pay decision: there is no such
 * ability. `visible` decides between 403 (you are part of this 360) and 404 (it does not exist for you).
 */
export function request360Policy(actor: Actor, request: RequestFacts) {
  const me = actor.personId;
  const subject = me !== null && me === request.subjectId;
  const coach = me !== null && me === request.coachId;
  const approver = me !== null && me === request.approverId && request.status === 'awaiting_approval';
  const programHr =
    actor.roles.has('hr_admin') &&
    !subject &&
    request.requestedById !== null &&
    request.requestedById !== request.subjectId;
  const s = request.status;
  const running = s === 'nominating' || s === 'awaiting_approval' || s === 'collecting';
  return {
    visible: subject || coach || approver || programHr,
    read: subject,
    edit: (subject || programHr) && running,
    nominate: subject && s === 'nominating',
    submitNominations: subject && s === 'nominating',
    approve: approver,
    remind: subject && s === 'collecting',
    close: (subject || programHr) && s === 'collecting',
    release: coach && s === 'closed',
    readReport: (subject && s === 'released') || (coach && (s === 'closed' || s === 'released')),
  };
}
export type Request360Abilities = ReturnType<typeof request360Policy>;

/** A rater task is the rater's alone; it can be answered or declined while the 360 collects. */
export function task360Policy(
  actor: Actor,
  task: { raterId: string; status: 'pending' | 'done' | 'declined' | 'expired' },
  requestStatus: Request360Status,
) {
  const rater = actor.personId !== null && actor.personId === task.raterId;
  const open = rater && task.status === 'pending' && requestStatus === 'collecting';
  return { read: rater, answer: open, decline: open };
}
