import type { DataClass } from '../dataClasses/registry';

/**
 * Every notification kind and the data class of what it tells (SPEC S1, guide practice 13). The
 * class travels with the email a notification sends, so the outbox, the log and the digest know
 * whose eyes its title may reach: "Ada scheduled a career conversation with you" is development
 * data even though no conversation note is in it. `notify()` takes only these kinds, so a new kind
 * must be classified here before it type-checks. Its parameters (messages/params.ts) are stored
 * with it and fall under the same class: they may hold only what its text tells.
 */
export const notificationKinds = {
  // ---- accounts (platform) ----
  /** The owner learns that their password was changed, so a takeover does not go unnoticed. */
  'account.password_changed': 'system',
  /** HR exported the person's data on a written request; who and why are on their access log. */
  'privacy.data_exported': 'audit',

  // ---- performance track (SPEC S3) ----
  'feedback.requested': 'performance',
  'feedback.declined': 'performance',
  'feedback.received': 'performance',
  'review.self_review_open': 'performance',
  'review.manager_reviews_assigned': 'performance',
  'review.reviewer_assigned': 'performance',
  'review.reviewer_changed_manager': 'performance',
  'review.self_review_submitted': 'performance',
  'review.peer_input_requested': 'performance',
  'review.peer_input_submitted': 'performance',
  'review.form_reopened': 'performance',
  'review.reminder': 'performance',
  'review.released': 'performance',
  'review.acknowledged': 'performance',
  'calibration.assigned': 'performance',
  /** A late review joined the session, so the approver's earlier sign-off no longer counts. */
  'calibration.sign_off_withdrawn': 'performance',
  'calibration.locked': 'performance',
  // Improvement plans: that a plan exists is the employee's, their manager chain's and HR's to know.
  'improvement_plan.published': 'performance',
  'improvement_plan.changed': 'performance',
  'improvement_plan.acknowledged': 'performance',
  'improvement_plan.response_added': 'performance',
  'improvement_plan.check_in_missed': 'performance',
  'improvement_plan.check_in_overdue': 'performance',
  'improvement_plan.closed': 'performance',

  // ---- growth track (SPEC S4): who shares, plans or talks about a career is development data ----
  'aspiration.shared': 'development',
  'career_conversation.scheduled': 'development',
  'career_conversation.rescheduled': 'development',
  'career_conversation.cancelled': 'development',
  'paths.manager_assessment': 'development',
  'learning.certification_expiring': 'development',
  'development_plan.shared': 'development',
  'development_plan.nudge': 'development',
  // 360 for the subject, their manager and coach: whose development is under way.
  'feedback360.program_started': 'development',
  'feedback360.approval_requested': 'development',
  'feedback360.nominations_returned': 'development',
  'feedback360.closed': 'development',
  'feedback360.ready_for_coach': 'development',
  'feedback360.released': 'development',
  // Coaching (SPEC S4.7): who is coached is the coachee's and their coach's to know. HR's approval
  // request names the people but nothing said in the engagement; an invitation and a published
  // summary are development data of the person invited or summarised.
  'coaching.requested': 'confidential',
  'coaching.accepted': 'confidential',
  'coaching.declined': 'confidential',
  'coaching.approval_requested': 'confidential',
  'coaching.stalled': 'confidential',
  'coaching.invited': 'development',
  'coaching.summary_shared': 'development',
  // 360 for raters: who was asked is anonymous (SPEC S1.3).
  'feedback360.invited': 'anonymous',
  'feedback360.reminder': 'anonymous',
  // Engagement pulse: who is invited to a round is anonymous (participation only in aggregate).
  'survey.invited': 'anonymous',
  // Mentoring: who is mentored by whom is the pair's development record.
  'mentoring.match_proposed': 'development',
  'mentoring.match_answered': 'development',
  'mentoring.agreement_written': 'development',
  'mentoring.match_closed': 'development',
  // A development opportunity offered to the person: theirs; it never says where it came from.
  'development_offer.received': 'development',
} as const satisfies Record<string, DataClass>;

export type NotificationKind = keyof typeof notificationKinds;

export const isNotificationKind = (kind: string): kind is NotificationKind =>
  Object.hasOwn(notificationKinds, kind);

/**
 * The class of a stored notification's kind. Rows written before a kind was registered (or by an
 * older version) count as `confidential`: unknown content is treated as the most private.
 */
export function notificationDataClass(kind: string): DataClass {
  return isNotificationKind(kind) ? notificationKinds[kind] : 'confidential';
}

/** Most private first: a message that mixes classes (the daily digest) takes the first one it holds. */
const strictness: readonly DataClass[] = [
  'anonymous',
  'confidential',
  'talent',
  'compensation',
  'development',
  'performance',
  'credential',
  'audit',
  'directory',
  'system',
];

/** The class of a message that tells of several notifications at once. */
export function strictestDataClass(classes: readonly DataClass[]): DataClass {
  return strictness.find((dataClass) => classes.includes(dataClass)) ?? 'system';
}
