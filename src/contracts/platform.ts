import { z } from 'zod';
import { issueMessage } from './issues';

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

/** The result of checking an organisation's audit chain (server/platform/audit/verify.ts). */
export const auditVerification = z.object({
  ok: z.boolean(),
  /** Sealed events that verified, from the first chain position on. */
  checked: z.number().int(),
  /** The first chain position (1, 2, … within the organisation) that does not verify; null when intact. */
  brokenAt: z.number().int().nullable(),
  /**
   * altered: content changed; missing: a sealed event was removed; relinked: an event was moved;
   * unauthorised_redaction: an event was blanked without an executed erasure request.
   */
  reason: z.enum(['altered', 'missing', 'relinked', 'unauthorised_redaction']).nullable(),
  /** The seq of the event found at `brokenAt`, to find it in the trail. */
  brokenSeq: z.number().int().nullable(),
  /** The last sealed position and its hash: record it elsewhere to notice events cut from the end later. */
  head: z.object({ chainPos: z.number().int(), hash: z.string() }).nullable(),
  /** Events recorded but not sealed yet, so not covered by this check. */
  unsealed: z.number().int(),
  /** Sealed events an executed erasure redacted (their payloads blanked; the chain still verifies). */
  redacted: z.number().int(),
});
export type AuditVerification = z.infer<typeof auditVerification>;

export const orgSettings = z.object({
  name: z.string().trim().min(1, issueMessage('orgNameRequired')).max(120),
  defaultLocale: z.enum(['en', 'de']),
  defaultTimezone: z.string().trim().min(1).max(64),
  /**
   * Calibration approvers may sign off a session while reviews of its population are still missing
   * without acknowledging it each time (default: off, an explicit acknowledgment is required).
   */
  allowIncompleteCalibrationSignOff: z.boolean().optional(),
  /**
   * The fairness check before an improvement plan is published: documented prior feedback required
   * (default yes), within how many months (default 6), and the shortest plan in days (default 30).
   */
  pipRequirePriorFeedback: z.boolean().optional(),
  pipPriorFeedbackMonths: z.number().int().min(1).max(36).optional(),
  pipMinimumDurationDays: z.number().int().min(1).max(365).optional(),
  /**
   * Employees see where their own pay sits in its salary band (compa-ratio, position in range) on
   * "My pay" (default: off; they always see their own pay history).
   */
  showBandPlacementToEmployees: z.boolean().optional(),
  /**
   * What a compensation proposal over its manager's budget does: 'warn' (default; it goes through,
   * flagged for approvers) or 'block' (refused until it fits).
   */
  compOverBudgetPolicy: z.enum(['warn', 'block']).optional(),
  /**
   * The least increase a promotion is guided to, in percent of current base, on top of reaching the
   * new band's minimum (default "0": the band minimum alone).
   */
  compPromotionMinIncreasePct: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,4})?$/, issueMessage('compProposalPercentInvalid'))
    .optional(),
  /**
   * Talent transparency: a person offered development from a talent review also sees the name of
   * the box they were placed in (default: off — they see the offer, never the label).
   */
  talentTransparency: z.boolean().optional(),
});
export type OrgSettings = z.infer<typeof orgSettings>;
