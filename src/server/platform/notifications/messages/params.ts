import type { NotificationKind } from '../kinds';

/** A calendar date, 'YYYY-MM-DD' (a deadline as the organisation set it). */
export type IsoDate = string;
/** An instant, an ISO timestamp; shown in the organisation's time zone. */
export type IsoInstant = string;
/** A person's display name; null when nobody could be named ("Someone"). */
export type PersonName = string | null;

export type ReminderPhase = 'self_review' | 'peer_input' | 'manager_review' | 'release' | 'acknowledgment';

/**
 * The parameters each notification kind stores (`notifications.params`) and its catalogues render
 * in the reader's language. They hold exactly what the text used to spell out — names, a cycle or
 * session name, a deadline, a count — never more: a notification's data class (kinds.ts) is decided
 * by its kind, so a parameter must not carry anything its text would not have told.
 */
export interface NotificationParams {
  'account.password_changed': Record<string, never>;
  'privacy.data_exported': Record<string, never>;

  'feedback.requested': { name: PersonName };
  'feedback.declined': { name: PersonName };
  'feedback.received': { name: PersonName; praise: boolean };
  'review.self_review_open': { cycle: string; due: IsoDate };
  'review.manager_reviews_assigned': { cycle: string; count: number; due: IsoDate };
  'review.reviewer_assigned': Record<string, never>;
  'review.reviewer_changed_manager': { name: PersonName; cycle: string };
  'review.self_review_submitted': { name: PersonName };
  'review.peer_input_requested': { due: IsoDate | null };
  'review.peer_input_submitted': { name: PersonName };
  'review.form_reopened': Record<string, never>;
  'review.reminder': { phase: ReminderPhase; cycle: string; due: IsoDate };
  'review.released': Record<string, never>;
  'review.acknowledged': { name: PersonName };
  'calibration.assigned': { session: string };
  /** `count`: how many late reviews joined at once (one when a manager submits late, more when HR brings them in). */
  'calibration.sign_off_withdrawn': { session: string; count: number };
  'calibration.locked': { session: string };
  'improvement_plan.published': Record<string, never>;
  /** `extended`: the end date moved (to `endDate`); otherwise the plan was edited. */
  'improvement_plan.changed': { extended: boolean; endDate: IsoDate };
  'improvement_plan.acknowledged': { name: PersonName; withResponse: boolean };
  'improvement_plan.response_added': { name: PersonName };
  'improvement_plan.check_in_missed': { name: PersonName; due: IsoDate };
  /** To HR, when the manager's reminder went unanswered for three more days. */
  'improvement_plan.check_in_overdue': { name: PersonName; due: IsoDate };
  /** `owner` null: the employee's own plan; a name: the manager's view of that person's plan. */
  'improvement_plan.closed': { owner: PersonName | null };

  'aspiration.shared': { name: PersonName };
  'career_conversation.scheduled': { name: PersonName; at: IsoInstant };
  'career_conversation.rescheduled': { name: PersonName; at: IsoInstant };
  'career_conversation.cancelled': { name: PersonName };
  'paths.manager_assessment': Record<string, never>;
  'learning.certification_expiring': { expires: IsoDate };
  'development_plan.shared': { name: PersonName };
  /** `owner` null: the owner's own nudge; a name: the manager's, about that owner's plan. */
  'development_plan.nudge': { days: number; owner: PersonName | null; forManager: boolean };
  'feedback360.program_started': { name: PersonName };
  'feedback360.approval_requested': { name: PersonName };
  'feedback360.nominations_returned': Record<string, never>;
  'feedback360.closed': { viaCoach: boolean };
  'feedback360.ready_for_coach': { name: PersonName };
  'feedback360.released': Record<string, never>;
  /** To a coach: `chemistry` when asked for a chemistry conversation rather than to coach. */
  'coaching.requested': { name: PersonName; chemistry: boolean };
  'coaching.accepted': { name: PersonName; awaitingApproval: boolean };
  'coaching.declined': { name: PersonName };
  'coaching.approval_requested': Record<string, never>;
  'coaching.stalled': { days: number };
  'coaching.invited': Record<string, never>;
  'coaching.summary_shared': { name: PersonName };
  /** `self`: the subject is asked for their own view. */
  'feedback360.invited': { name: PersonName; self: boolean };
  'feedback360.reminder': { name: PersonName; due: IsoDate };
  'survey.invited': { survey: string; due: IsoDate };
  'mentoring.match_proposed': { name: PersonName; due: IsoInstant };
  'mentoring.match_answered': { name: PersonName; accepted: boolean };
  'mentoring.agreement_written': { name: PersonName };
  'mentoring.match_closed': { name: PersonName };
  'development_offer.received': Record<string, never>;
}

/** Every registered kind has its parameters declared (a compile error otherwise). */
type Check<T extends Record<NotificationKind, unknown>> = T;
export type AllKindsHaveParams = Check<NotificationParams>;

/** A notification as a command writes it: a kind and that kind's parameters. */
export type NotificationMessage = {
  [K in NotificationKind]: { kind: K; params: NotificationParams[K] };
}[NotificationKind];

/** How a catalogue formats what the parameters hold, in the reader's language and zone. */
export interface Formatter {
  /** '2027-04-21' → "21 April 2027" / "21. April 2027". */
  date(value: IsoDate): string;
  /** An instant as date and time in the organisation's time zone. */
  dateTime(value: IsoInstant): string;
  /** A name, or the language's "someone" for null (and the erased stand-in in the reader's language). */
  person(name: PersonName | undefined, fallback?: string): string;
}

export interface RenderedNotification {
  title: string;
  body: string;
}

/** One language's texts: a function per kind, keyed by the kind (never by the English wording). */
export type Catalogue = {
  [K in NotificationKind]: (params: NotificationParams[K], f: Formatter) => RenderedNotification;
};

/** The words around a notification or digest email, per language. */
export interface Chrome {
  someone: string;
  erasedPerson: string;
  openInTrellis: string;
  signature: string;
}
