import type { DataClass } from '../dataClasses/registry';

/**
 * Retention rules per data class for erasure (SPEC S2 "Data rights"), the one table erasers take
 * their decisions and reasons from. What stays after an erasure never leads back to the person:
 * the person row itself is anonymised with values not derived from their data, so a kept record
 * pointing at it points at nobody.
 *
 * - performance (reviews, ratings, calibration, goals): employers must be able to show how pay and
 *   promotion decisions were made for a period after someone leaves. Within that period the records
 *   are kept, anonymised: ratings, states and dates stay (distributions, calibration history and
 *   manager statistics stay true); every free text is cleared, whoever wrote it — without the link
 *   to the person a text serves no dispute, and a text is what re-identifies. After the period
 *   (or when the person left longer ago than that) the records are deleted.
 * - development, confidential: the person's own; deleted.
 * - anonymous: 360 answers the person gave as a rater are already anonymous and stay (they belong
 *   to someone else's report); the nomination and task rows that tie the person to a 360 are
 *   deleted. Their own 360 requests and reports as subject are deleted.
 * - directory: the person row is anonymised (it anchors kept records); their reporting history is
 *   deleted; other people's history that names them as manager stays, now pointing at nobody.
 * - credential: account, sessions, one-time tokens, failed logins: deleted.
 * - system: notifications, notification settings, outbound emails to them, queued jobs about them:
 *   deleted.
 * - audit: access-log entries about them are deleted; entries of their reads of others stay (those
 *   belong to the other person's "Who accessed my data") with the viewer anonymised; audit events
 *   about them are redacted (see ARCHITECTURE.md "Erasure").
 * - compensation (pay records): payroll records, kept like performance records — figures and dates
 *   stay for the period, the note is cleared — then deleted (`performance/compensation/payData/erasure.ts`).
 * - talent: no tables yet; deleted when they come.
 */
export const retentionRules: Record<
  DataClass,
  { action: 'delete' | 'retain' | 'anonymise'; reason: string }
> = {
  performance: {
    action: 'retain',
    reason:
      'Performance record: kept anonymised (free text cleared) for the legal retention period after termination, then deleted',
  },
  compensation: { action: 'retain', reason: 'Pay record: as performance records' },
  development: { action: 'delete', reason: 'Development record: belongs to the person, deleted' },
  confidential: { action: 'delete', reason: 'Confidential record: deleted' },
  anonymous: {
    action: 'delete',
    reason: 'Links between the person and a 360 are deleted; anonymous answers stay anonymous',
  },
  talent: { action: 'delete', reason: 'Talent record: deleted' },
  directory: {
    action: 'anonymise',
    reason: 'Directory: the person row is anonymised, their own history deleted',
  },
  credential: { action: 'delete', reason: 'Sign-in data: deleted' },
  audit: { action: 'anonymise', reason: 'Audit trail: events about the person redacted, chain kept' },
  system: { action: 'delete', reason: 'Messages and operational rows about the person: deleted' },
};

/** Default legal retention period for performance records after termination, in years. */
export const DEFAULT_PERFORMANCE_RETENTION_YEARS = 3;

/** What happens to the person's performance records, decided once per erasure. */
export interface RetentionDecision {
  action: 'anonymise' | 'delete';
  /** The last day of the retention period; null when it is over (the records are deleted). */
  retainUntil: string | null;
}

/**
 * The performance retention decision: anonymise while `terminatedOn + years` lies ahead of
 * `today`, delete once it has passed. An organisation may set `performanceRetentionYears` in its
 * settings (0 deletes at once); anything else falls back to the default.
 */
export function performanceRetention(options: {
  terminatedOn: string | null;
  today: string;
  years?: unknown;
}): RetentionDecision {
  const years =
    typeof options.years === 'number' && Number.isInteger(options.years) && options.years >= 0
      ? options.years
      : DEFAULT_PERFORMANCE_RETENTION_YEARS;
  const from = options.terminatedOn ?? options.today;
  const end = new Date(`${from}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  const retainUntil = end.toISOString().slice(0, 10);
  return retainUntil > options.today
    ? { action: 'anonymise', retainUntil }
    : { action: 'delete', retainUntil: null };
}
