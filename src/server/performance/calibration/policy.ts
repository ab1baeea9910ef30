import type { ReleaseAbilities, SessionAbilities } from '../../../contracts/calibration';
import type { Actor } from '../../platform/auth/actor';
import type { ErrorCode } from '../../platform/errors/appError';
import type { ReviewState } from '../reviews/tables';
import type { CalibrationState } from './tables';

/**
 * Who may do what in calibration (SPEC S3.5, S1):
 * - HR admins create sessions, facilitate them (move ratings, bring in reviews) and see every session.
 * - Approvers see only the sessions they are assigned to and sign them off. They do not move ratings:
 *   the person who approves the outcome should not also be the one who shaped it, so a sign-off is
 *   a second pair of eyes on the facilitator's moves.
 * - Managers, skip-level managers, coaches, org admins and employees never see a calibration
 *   session (404), even when their own or their reports' reviews are in it.
 * A locked session is read-only for everyone, and nobody moves their own rating (checked per
 * review by the move command).
 */
export interface SessionStanding {
  /** The caller is an assigned approver of this session (and still holds the approver role). */
  assignedApprover: boolean;
  /** That approver has already signed off. */
  signedOff: boolean;
}

export function sessionPolicy(
  actor: Actor,
  session: { state: CalibrationState },
  standing: SessionStanding,
): SessionAbilities & { read: boolean } {
  const hr = actor.roles.has('hr_admin');
  const approver = actor.roles.has('approver') && standing.assignedApprover;
  const open = session.state === 'open';
  return {
    read: hr || approver,
    move: hr && open,
    admit: hr && open,
    signOff: approver && open && !standing.signedOff,
  };
}

/** Nobody calibrates their own rating, not even the facilitator: a move on one's own card is refused. */
export const mayMoveRatingOf = (actor: Actor, review: { subjectId: string }) =>
  actor.personId !== review.subjectId;

/**
 * The sessions a caller lists: every one for HR, the ones they are assigned to for an approver,
 * none for anyone else (403: the list is a tool of those two roles). The list filters with exactly
 * this; `policy.test.ts` holds it equal to `sessionPolicy(…).read`.
 */
export type SessionReach = 'all' | { approverId: string | null } | 'none';

export function sessionReach(actor: Actor): SessionReach {
  if (actor.roles.has('hr_admin')) return 'all';
  if (actor.roles.has('approver')) return { approverId: actor.personId };
  return 'none';
}

export const calibrationPolicy = {
  /** The sessions list: HR sees all, an approver the ones assigned to them. */
  list: (actor: Actor) => actor.roles.has('hr_admin') || actor.roles.has('approver'),
  create: (actor: Actor) => actor.roles.has('hr_admin'),
  /** Cycles to calibrate, approver candidates and acknowledgment status are HR tools. */
  plan: (actor: Actor) => actor.roles.has('hr_admin'),
  acknowledgments: (actor: Actor) => actor.roles.has('hr_admin'),
};

/**
 * How the caller stands to one review, for release and acknowledgment. `chainManager` is a manager
 * of the subject (direct or further up) who is not the reviewing manager: read-only.
 */
export interface ReviewStanding {
  subject: boolean;
  reviewer: boolean;
  hr: boolean;
  chainManager: boolean;
}

export interface ReleaseRecord {
  state: ReviewState;
  sessionLocked: boolean;
}

const afterCalibration: ReviewState[] = ['calibrated', 'released', 'acknowledged'];
const releasedStates: ReviewState[] = ['released', 'acknowledged'];

export function releasePolicy(
  standing: ReviewStanding,
  review: ReleaseRecord,
): ReleaseAbilities & { read: boolean; seeOutcome: boolean } {
  // Someone reviewing their own review (an HR admin, say) reads it as its subject, nothing more.
  const staff = !standing.subject && (standing.reviewer || standing.hr || standing.chainManager);
  const read = standing.subject || staff;
  const calibrated = review.state === 'calibrated' && review.sessionLocked;
  return {
    read,
    // The subject sees the rating only once released; the proposed rating is never part of this view.
    seeOutcome:
      (standing.subject && releasedStates.includes(review.state)) ||
      (staff && afterCalibration.includes(review.state)),
    release: (standing.reviewer || standing.hr) && !standing.subject && calibrated,
    // Only the reviewing manager writes the addendum, and only until release: what the employee
    // received is never rewritten afterwards (S1.6).
    writeAddendum: standing.reviewer && !standing.subject && calibrated,
    acknowledge: standing.subject && review.state === 'released',
  };
}

/** Why a release is refused, as a stable error code; null when it may go ahead. */
export function releaseRefusal(standing: ReviewStanding, review: ReleaseRecord): ErrorCode | null {
  if (!(standing.reviewer || standing.hr) || standing.subject) return 'forbidden';
  if (releasedStates.includes(review.state)) return 'invalid_state';
  if (review.state !== 'calibrated' || !review.sessionLocked) return 'calibration_not_locked';
  return null;
}

/** Why an addendum is refused; null when it may be written. */
export function addendumRefusal(standing: ReviewStanding, review: ReleaseRecord): ErrorCode | null {
  if (!standing.reviewer || standing.subject) return 'forbidden';
  if (releasedStates.includes(review.state)) return 'addendum_locked';
  if (review.state !== 'calibrated' || !review.sessionLocked) return 'calibration_not_locked';
  return null;
}

/** Why an acknowledgment is refused; null when it may be recorded. */
export function acknowledgeRefusal(standing: ReviewStanding, review: ReleaseRecord): ErrorCode | null {
  if (!standing.subject) return 'forbidden';
  if (review.state !== 'released') return 'invalid_state';
  return null;
}
