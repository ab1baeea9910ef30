import { z } from 'zod';

export const accessLogEntry = z.object({
  id: z.string(),
  viewer: z.object({ displayName: z.string(), jobTitle: z.string() }).nullable(),
  dataClass: z.string(),
  resource: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});

/**
 * One recorded email as an org admin or HR admin may see it. `to`, `subject` and `text` are null
 * when the email's data class keeps them from the reader (`view` says how much is shown): only
 * directory and system mail shows its content, account mail (invitations, resets) its recipient.
 */
export const outboxEmail = z.object({
  id: z.string(),
  kind: z.string(),
  dataClass: z.string(),
  view: z.enum(['content', 'recipient', 'metadata']),
  to: z.string().nullable(),
  subject: z.string().nullable(),
  text: z.string().nullable(),
  /** `smtp`: handed to the mail server; `outbox`: no SMTP server configured, so not delivered. */
  transport: z.enum(['smtp', 'outbox']),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxEmail = z.infer<typeof outboxEmail>;

export const auditEntry = z.object({
  seq: z.number().int(),
  actorAccountId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  at: z.string(),
});

export const orgSettings = z.object({
  name: z.string().trim().min(1, 'Enter the organisation name').max(120),
  defaultLocale: z.enum(['en', 'de']),
  defaultTimezone: z.string().trim().min(1).max(64),
});
export type OrgSettings = z.infer<typeof orgSettings>;
