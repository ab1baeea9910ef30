import type { DataClass } from '../dataClasses/registry';
import type { NotificationKind } from '../notifications/kinds';

/**
 * Emails that are not a notification: account mail carrying a one-time link. Their class is
 * `credential` — the link is a secret — and the stored copy never holds the link (see mailer.ts).
 */
export const accountEmailKinds = {
  'account.invitation': 'credential',
  'account.password_reset': 'credential',
  /** A pulse-survey invitation whose link answers without signing in (growth/surveys). */
  'survey.invitation': 'credential',
} as const satisfies Record<string, DataClass>;
export type AccountEmailKind = keyof typeof accountEmailKinds;

/** The daily summary of unread notifications: its class is the strictest of what it lists. */
export type DigestEmailKind = 'notification.digest';

/** Every kind of email Trellis sends; `outbound_emails.kind` holds one of these. */
export type EmailKind = NotificationKind | AccountEmailKind | DigestEmailKind;
