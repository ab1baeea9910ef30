import type { ReviewAbilities } from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import type { ErrorCode } from '../../platform/errors/appError';
import { managesPerson, type Relation } from '../../platform/policy/relations';
import type { CycleStatus, FormKind, FormState, ReviewState } from './tables';

/** What the policy needs to know about one review. */
export interface ReviewFacts {
  state: ReviewState;
  subjectId: string;
  reviewerId: string | null;
  /** Cycle setting: the reviewer may read the submitted self review before submitting their own. */
  managerSeesSelfReview: boolean;
  selfSubmitted: boolean;
  managerSubmitted: boolean;
  /** The cycle has a peer-input phase (a peer-input deadline). */
  hasPeerPhase: boolean;
  /**
   * HR closed the cycle: nothing in it is written, submitted, reopened or reassigned any more.
   * Release and acknowledgment of reviews already calibrated stay possible, so nobody is left
   * without the result they are owed.
   */
  cycleClosed: boolean;
}

/**
 * How the caller stands to the review's subject beyond being the subject or the reviewer:
 * in the subject's current management chain (direct manager who is not the reviewer, or further up),
 * or an approver of the calibration session the review is in.
 */
export interface ReviewStanding {
  inManagementChain: boolean;
  approvesSession: boolean;
}

const order: ReviewState[] = [
  'self_review',
  'manager_review',
  'submitted',
  'in_calibration',
  'calibrated',
  'released',
  'acknowledged',
];
const atLeast = (state: ReviewState, floor: ReviewState) => order.indexOf(state) >= order.indexOf(floor);
/** Forms can be written (and reopened) only before calibration begins: then the review is locked (S1.6). */
export const beforeCalibration = (state: ReviewState) => !atLeast(state, 'in_calibration');
const released = (state: ReviewState) => atLeast(state, 'released');

const nothing: ReviewAbilities = {
  viewSelfForm: false,
  viewManagerForm: false,
  viewPeerForms: false,
  viewProposedRating: false,
  viewFinalRating: false,
  editSelf: false,
  editManager: false,
  requestPeerInput: false,
  reopen: false,
  reassign: false,
  release: false,
  acknowledge: false,
  addAddendum: false,
};

/**
 * The caller's abilities on one review (SPEC S3.4, S1). `read: false` means the review answers 404.
 *
 * - The subject sees their own self review always, and the manager's written review, the final rating
 *   and the addendum only once released. Never the proposed rating or the overall score.
 * - The reviewer (the manager at launch) writes the manager form; reads the submitted self review when
 *   the cycle allows it, or after submitting; releases once calibrated.
 * - The management chain (skip-levels, a new manager who is not the reviewer), calibration approvers
 *   and HR read submitted work only; HR may also reopen forms and reassign the reviewer.
 * - Everyone else, including coaches and org admins by their role, does not see the review.
 *   Peer-input writers see only their own form (formPolicy), never the review.
 */
export function reviewPolicy(
  actor: Actor,
  review: ReviewFacts,
  standing: ReviewStanding,
): ReviewAbilities & { read: boolean } {
  const state = review.state;
  const open = !review.cycleClosed;
  if (actor.personId !== null && actor.personId === review.subjectId) {
    // Being HR or an admin does not lift the rules for one's own review.
    return {
      ...nothing,
      read: true,
      viewSelfForm: true,
      viewManagerForm: released(state),
      viewFinalRating: released(state),
      editSelf: open && state === 'self_review' && !review.selfSubmitted,
      acknowledge: state === 'released',
    };
  }
  const reviewer = actor.personId !== null && actor.personId === review.reviewerId;
  const hr = actor.roles.has('hr_admin');
  const approver = actor.roles.has('approver') && standing.approvesSession;
  const readOnly = hr || standing.inManagementChain || approver;
  if (!reviewer && !readOnly) return { ...nothing, read: false };

  const managerDone = review.managerSubmitted;
  const drafting = open && (state === 'self_review' || state === 'manager_review');
  const chainView = {
    viewSelfForm: review.selfSubmitted,
    viewManagerForm: managerDone,
    viewPeerForms: managerDone,
    viewProposedRating: managerDone,
  };
  const reviewerView = {
    viewSelfForm: review.selfSubmitted && (review.managerSeesSelfReview || managerDone),
    viewManagerForm: true,
    viewPeerForms: true,
    viewProposedRating: true,
  };
  return {
    read: true,
    viewSelfForm: (reviewer && reviewerView.viewSelfForm) || (readOnly && chainView.viewSelfForm),
    viewManagerForm: reviewer || (readOnly && chainView.viewManagerForm),
    viewPeerForms: reviewer || (readOnly && chainView.viewPeerForms),
    viewProposedRating: reviewer || (readOnly && chainView.viewProposedRating),
    viewFinalRating: atLeast(state, 'calibrated'),
    editSelf: false,
    editManager: reviewer && drafting && !managerDone,
    requestPeerInput: reviewer && drafting && !managerDone && review.hasPeerPhase,
    reopen: hr && open && beforeCalibration(state) && (review.selfSubmitted || managerDone),
    reassign: hr && drafting && !managerDone,
    release: canReleaseReview(actor, review),
    acknowledge: false,
    // Until release only: what the employee received is never rewritten (calibration/policy.ts agrees).
    addAddendum: reviewer && state === 'calibrated',
  };
}

/**
 * Release is the reviewing manager's act (or HR's, when the reviewer cannot), once calibration has
 * locked the review's session (the calibration module moves the review to `calibrated`). Nobody
 * releases their own review. Same rule as `releasePolicy` in calibration/policy.ts.
 */
export function canReleaseReview(
  actor: Actor,
  review: { state: ReviewState; reviewerId: string | null; subjectId?: string },
) {
  if (review.state !== 'calibrated' || actor.personId === null) return false;
  if (review.subjectId !== undefined && actor.personId === review.subjectId) return false;
  return actor.personId === review.reviewerId || actor.roles.has('hr_admin');
}

/** Only the subject acknowledges, and only a released review. */
export function canAcknowledgeReview(actor: Actor, review: { state: ReviewState; subjectId: string }) {
  return actor.personId !== null && actor.personId === review.subjectId && review.state === 'released';
}

export interface FormFacts {
  kind: FormKind;
  state: FormState;
  authorId: string | null;
}

/**
 * Writing one form: only its author, only while it is a draft, only before calibration. The manager
 * submits after the self review is in. HR reopens a submitted form with a reason, before calibration.
 */
export function formPolicy(actor: Actor, form: FormFacts, review: ReviewFacts) {
  const author = actor.personId !== null && actor.personId === form.authorId;
  const drafting =
    !review.cycleClosed && (review.state === 'self_review' || review.state === 'manager_review');
  const edit = author && form.state === 'draft' && drafting;
  const submit = edit && (form.kind !== 'manager' || review.selfSubmitted);
  const reopen =
    actor.roles.has('hr_admin') &&
    actor.personId !== review.subjectId &&
    form.state === 'submitted' &&
    !review.cycleClosed &&
    beforeCalibration(review.state);
  return { edit, submit, reopen };
}

/** Whether the caller may read a form's answers, given the review abilities (drafts: author only). */
export function canReadForm(actor: Actor, form: FormFacts, abilities: ReviewAbilities) {
  if (actor.personId !== null && actor.personId === form.authorId) return true;
  if (form.state !== 'submitted') return false;
  if (form.kind === 'self') return abilities.viewSelfForm;
  if (form.kind === 'manager') return abilities.viewManagerForm;
  return abilities.viewPeerForms;
}

/**
 * Forms the caller may know exist on a review they read. The subject sees their self review and,
 * once released, the manager's; never peer input. Everyone else who may read the review sees every
 * form's state (answers are still governed by canReadForm).
 */
export function canKnowOfForm(
  actor: Actor,
  form: FormFacts,
  review: Pick<ReviewFacts, 'subjectId'>,
  abilities: ReviewAbilities,
) {
  if (actor.personId !== null && actor.personId === form.authorId) return true;
  if (actor.personId === review.subjectId) return form.kind === 'manager' && abilities.viewManagerForm;
  return true;
}

/**
 * One form as its guard decides it: the author always reaches their own form (a peer writer reaches
 * nothing else, `openAsAuthor`); others reach it only if they may read it on the review, or reopen it.
 * `review` carries the caller's abilities on the review, for presenting the form.
 */
export function reviewFormPolicy(
  actor: Actor,
  form: FormFacts,
  review: ReviewFacts,
  standing: ReviewStanding,
) {
  const { read: reviewReadable, ...onReview } = reviewPolicy(actor, review, standing);
  const author = actor.personId !== null && actor.personId === form.authorId;
  const read = author || (reviewReadable && (canReadForm(actor, form, onReview) || onReview.reopen));
  return { read, openAsAuthor: author, ...formPolicy(actor, form, review), review: onReview };
}

export interface Refusal {
  code: ErrorCode;
  message?: string;
}

/**
 * Why a change of a form the caller can see is refused (null when it may go ahead). A closed cycle
 * is named first, then a submitted (locked) form, then the state of the review, then the role.
 */
export function formRefusal(
  actor: Actor,
  action: 'edit' | 'submit' | 'reopen',
  form: FormFacts,
  review: ReviewFacts,
): Refusal | null {
  const abilities = formPolicy(actor, form, review);
  if (abilities[action]) return null;
  if (review.cycleClosed) return { code: 'cycle_closed' };
  const author = actor.personId !== null && actor.personId === form.authorId;
  if (action === 'edit') {
    if (!author) return { code: 'forbidden' };
    if (form.state === 'submitted') return { code: 'review_locked' };
    return { code: 'invalid_state', message: 'This review is past the point where its forms can change.' };
  }
  if (action === 'submit') {
    if (form.state === 'submitted') return { code: 'review_locked' };
    if (abilities.edit && form.kind === 'manager')
      return {
        code: 'invalid_state',
        message: 'The self review has to be submitted before the manager review.',
      };
    return { code: 'forbidden' };
  }
  if (!actor.roles.has('hr_admin')) return { code: 'forbidden' };
  if (!beforeCalibration(review.state))
    return {
      code: 'invalid_state',
      message: 'This review is in calibration or later; its forms can no longer be reopened.',
    };
  if (form.state !== 'submitted') return { code: 'invalid_state', message: 'This form is not submitted.' };
  return { code: 'forbidden' };
}

/**
 * Whether the caller may learn that a person has reviews at all (the reviews list and the "Now"
 * panel): the person, their management chain and HR read every review of theirs ('all' —
 * `reviewPolicy` gives each of them `read`); anyone else only the reviews they take part in as
 * reviewer or session approver ('involved'), and if there are none the person answers 404; someone
 * outside the organisation, nothing. `policy.test.ts` holds this equal to `reviewPolicy`.
 */
export function personReviewsReach(actor: Actor, relation: Relation | null): 'all' | 'involved' | 'none' {
  if (relation === null) return 'none';
  if (relation === 'self' || managesPerson(relation) || actor.roles.has('hr_admin')) return 'all';
  return 'involved';
}

/**
 * Templates and cycles are HR's tools. A draft is edited and launched; an active cycle takes
 * reminders and is closed; a closed cycle is history and takes nothing.
 */
export const cyclePolicy = {
  manage: (actor: Actor) => actor.roles.has('hr_admin'),
  abilities: (actor: Actor, status: CycleStatus) => {
    const hr = actor.roles.has('hr_admin');
    return {
      update: hr && status === 'draft',
      launch: hr && status === 'draft',
      sendReminders: hr && status === 'active',
      close: hr && status === 'active',
    };
  },
};

/** One cycle as its guard decides it: HR's alone (others are refused by role before any record). */
export function reviewCyclePolicy(actor: Actor, cycle: { status: CycleStatus }) {
  return { read: cyclePolicy.manage(actor), ...cyclePolicy.abilities(actor, cycle.status) };
}

/** One review template: HR reads and archives it, and edits it until it is archived. */
export function reviewTemplatePolicy(actor: Actor, template: { archivedAt: Date | null }) {
  const hr = cyclePolicy.manage(actor);
  return { read: hr, edit: hr && template.archivedAt === null, archive: hr };
}

/** The review state that follows from which forms are submitted (before calibration). */
export function stateFromForms(selfSubmitted: boolean, managerSubmitted: boolean): ReviewState {
  if (!selfSubmitted) return 'self_review';
  if (!managerSubmitted) return 'manager_review';
  return 'submitted';
}
