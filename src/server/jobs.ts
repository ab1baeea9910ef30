import { sendStalledCoachingNudges } from './growth/coaching/nudges';
import { run360Schedule } from './growth/feedback360/commands/lifecycle';
import { sendDueCertificationReminders } from './growth/learning/reminders';
import { expireProposals } from './growth/mentoring/commands/proposals';
import { sendPlanNudges } from './growth/plans/nudges';
import { runPulseSchedule } from './growth/surveys/commands/schedule';
import { analyticsSnapshotJob } from './insights/analytics/refresh';
import { endErasureRetention } from './org/erasure/commands/endRetention';
import { sendMissedCheckInReminders } from './performance/improvementPlans/reminders';
import { sendDueReviewReminders } from './performance/reviews/reminders';
import { personalDataErasers } from './personalDataErasers';
import { sealAuditChain } from './platform/audit/seal';
import { scheduledBackupJob } from './platform/backup/schedule';
import type { Config } from './platform/config';
import {
  type BackgroundJobsOptions,
  startBackgroundJobs as startJobWorker,
} from './platform/jobs/background';
import { pruneFinishedJobs } from './platform/jobs/queue';
import { registeredJobHandlers } from './platform/jobs/registry';
import { DAY, HOUR, type Job, type JobServices, SECOND } from './platform/jobs/types';
import { sendNotificationDigests } from './platform/notifications/digest';
import { flushNotificationEmails } from './platform/notifications/notify';

/**
 * Background jobs: the recurring work of the product. The machinery (queue, scheduler, worker,
 * retries) is in platform/jobs/; this file says what runs and how often.
 *
 * To add a recurring job, append one entry to `jobs` below:
 *
 *   { name: 'review-reminders', everyMs: HOUR, run: ({ db }) => sendDueReviewReminders({ db }) }
 *
 * - `name` is stable: queue rows (and their dedupe keys, `name:<org|all>:<period>`) carry it.
 * - `everyMs` is the period: the scheduler of every worker enqueues one row per period (counted from
 *   the epoch, so an hourly job is due on the hour), and the dedupe key keeps it to one row however
 *   many instances there are. A row already queued or running (a retry waiting) is not joined by
 *   the next period's, so runs of a job never overlap.
 * - `perOrganization: true` makes one row per organisation, run with `organizationId` in the
 *   context: a failure then stays with its organisation and its admins see it on the admin page.
 * - `run` should be idempotent (a worker that dies mid-run leaves a lock that expires, and the row
 *   runs again) and may return a short summary string for the log ("sent 3 reminders"). A thrown
 *   error is retried after 10 s, 20 s, 40 s, … and after `maxAttempts` (default 5) the row ends
 *   `failed` with a safe summary of the error.
 * - Write notifications with `notify()` in the job's transaction and let the email job send them.
 * - Work asked for by a change (not by the clock) is enqueued with `enqueueJob(tx, …)` in that
 *   change's transaction; its handler is registered with `registerJobHandler` (platform/jobs/registry.ts).
 */
export { DAY, HOUR, type Job, type JobContext, type JobHandler, MINUTE, SECOND } from './platform/jobs/types';

/** Sends the emails of notifications created with `email: true`, in batches. */
export const flushNotificationEmailsJob: Job = {
  name: 'notification-emails',
  everyMs: 30 * SECOND,
  async run({ db, mailer, config }) {
    const batch = 200;
    let total = 0;
    // A few batches per run keep one run short; whatever remains goes out 30 seconds later.
    for (let round = 0; round < 10; round++) {
      const sent = await flushNotificationEmails(db, mailer, { limit: batch, appUrl: config.publicUrl });
      total += sent;
      if (sent < batch) break;
    }
    return total > 0 ? `sent ${total} notification email(s)` : undefined;
  },
};

/**
 * One email a day per person listing what is unread, sent in the organisation's morning: checked
 * hourly, and each person's digest is claimed in the ledger, so reruns never send a second one.
 */
export const notificationDigestJob: Job = {
  name: 'notification-digest',
  everyMs: HOUR,
  perOrganization: true,
  async run({ db, mailer, config, organizationId }) {
    const { sent, failed } = await sendNotificationDigests(db, mailer, {
      appUrl: config.publicUrl,
      organizationId,
    });
    if (failed > 0)
      throw new Error(`${failed} digest email(s) could not be sent (${sent} sent); retried next hour`);
    return sent > 0 ? `sent ${sent} digest email(s)` : undefined;
  },
};

/**
 * Review deadlines coming up: in-app and email reminders the cycle's set number of days before each
 * deadline. Idempotent through the review_reminders ledger, so checking hourly sends each one once.
 */
export const reviewRemindersJob: Job = {
  name: 'review-reminders',
  everyMs: HOUR,
  perOrganization: true,
  async run({ db, organizationId }) {
    // Each organisation's own today, in its time zone (platform/clock.ts).
    const sent = await sendDueReviewReminders({ db, organizationId });
    return sent > 0 ? `queued ${sent} review reminder(s)` : undefined;
  },
};

/**
 * Improvement-plan check-ins whose day passed without a record: the manager is reminded the day
 * after, HR three days later (each once, stamped on the check-in); coming check-ins go on the 1:1
 * "Now" agenda as meetings move on.
 */
export const improvementPlanCheckInsJob: Job = {
  name: 'improvement-plan-check-ins',
  everyMs: DAY,
  perOrganization: true,
  async run({ db, organizationId }) {
    // Always run per organisation (`perOrganization`): the reminders go out in each one's own calendar.
    if (!organizationId) return undefined;
    const sent = await sendMissedCheckInReminders({ db, organizationId });
    return sent > 0 ? `queued ${sent} missed check-in reminder(s)` : undefined;
  },
};

/** Certifications coming up for renewal: one reminder per certification and expiry date (ledger). */
export const certificationRemindersJob: Job = {
  name: 'certification-reminders',
  everyMs: DAY,
  perOrganization: true,
  async run({ db, organizationId }) {
    const sent = await sendDueCertificationReminders({ db, organizationId });
    return sent > 0 ? `queued ${sent} certification reminder(s)` : undefined;
  },
};

/**
 * Development plans left alone for 30 days: nudges the owner and (for shared plans) the manager,
 * once per 30 quiet days (the plan row records the nudge), so a daily run is enough and reruns are harmless.
 */
export const developmentPlanNudgesJob: Job = {
  name: 'development-plan-nudges',
  everyMs: DAY,
  perOrganization: true,
  async run({ db, organizationId }) {
    const nudged = await sendPlanNudges({ db, organizationId });
    return nudged > 0 ? `nudged about ${nudged} quiet development plan(s)` : undefined;
  },
};

/**
 * Mentoring proposals nobody answered within the programme's response time (72 hours by default)
 * are declined on the mentor's behalf, and the mentee is told, so they can ask someone else.
 */
export const mentoringProposalExpiryJob: Job = {
  name: 'mentoring-proposal-expiry',
  everyMs: HOUR,
  perOrganization: true,
  async run({ db, organizationId }) {
    const expired = await expireProposals(db, { organizationId });
    return expired > 0 ? `declined ${expired} unanswered mentoring proposal(s)` : undefined;
  },
};

/**
 * Coaching engagements with no session held for 30 days: nudges the coachee only — never their
 * manager or HR (SPEC S4.7) — once per quiet stretch (the engagement records the nudge).
 */
export const stalledCoachingNudgesJob: Job = {
  name: 'coaching-stalled-nudges',
  everyMs: DAY,
  perOrganization: true,
  async run({ db, organizationId }) {
    const nudged = await sendStalledCoachingNudges({ db, organizationId });
    return nudged > 0 ? `nudged ${nudged} coachee(s) about a quiet engagement` : undefined;
  },
};

/**
 * 360 feedback: closes 360s past their deadline (the report goes to the subject or their coach) and
 * reminds raters who have not answered in the last days before a deadline, once a day per 360.
 */
export const feedback360ScheduleJob: Job = {
  name: 'feedback360-schedule',
  everyMs: HOUR,
  perOrganization: true,
  async run({ db, organizationId }) {
    const { closed, reminded } = await run360Schedule({ db, organizationId });
    // No rater counts in the log: for a single running 360 that would say how many have not answered.
    if (closed + reminded === 0) return undefined;
    return reminded > 0 ? `closed ${closed} 360(s); reminders sent` : `closed ${closed} 360(s)`;
  },
};

/**
 * Engagement pulses: closes rounds past their closing day, releases held answers in shuffled
 * batches, and launches the rounds of recurring pulses that are due today (snapshot, fatigue guard,
 * invitations with one-time links).
 */
export const surveyPulsesJob: Job = {
  name: 'survey-pulses',
  everyMs: HOUR,
  perOrganization: true,
  async run({ db, organizationId }) {
    if (!organizationId) return undefined;
    // Invitation emails go out from their own queued job (survey-invitation-emails).
    const { closed, released, launched } = await runPulseSchedule({ db, organizationId });
    if (closed + released + launched === 0) return undefined;
    return `closed ${closed} and launched ${launched} survey round(s); released ${released} held answer(s)`;
  },
};

/**
 * Erasures whose kept performance records have reached the end of their legal retention period:
 * those records are deleted too (org/erasure/commands/endRetention.ts). Daily, per organisation.
 */
export const erasureRetentionJob: Job = {
  name: 'erasure-retention',
  everyMs: DAY,
  perOrganization: true,
  async run({ db, organizationId }) {
    const ended = await endErasureRetention({ db, erasers: personalDataErasers, organizationId });
    return ended > 0
      ? `deleted the kept records of ${ended} erasure(s) at the end of their retention`
      : undefined;
  },
};

/**
 * Chains the audit events recorded since the last run (platform/audit/seal.ts): writers append
 * unsealed events without any lock, so this keeps the window in which an event is not yet covered
 * by the hash chain to a few seconds. Costs two writes of the one ledger row per run; an
 * organisation being sealed elsewhere (e.g. by `audit-verify`) is skipped, not waited for.
 */
export const auditSealJob: Job = {
  name: 'audit-seal',
  everyMs: 5 * SECOND,
  async run({ db }) {
    await sealAuditChain(db);
    // Nothing for the log: a line every few seconds would drown the others.
    return undefined;
  },
};

/** How long done rows are kept (failed ones stay until retried or their organisation goes). */
export const JOB_RETENTION_MS = 7 * DAY;

/** Deletes done queue rows older than the retention period, and stale worker heartbeats. */
export const pruneJobQueueJob: Job = {
  name: 'job-queue-prune',
  everyMs: DAY,
  async run({ db }) {
    const deleted = await pruneFinishedJobs(db, { olderThanMs: JOB_RETENTION_MS });
    return deleted > 0 ? `pruned ${deleted} finished job(s)` : undefined;
  },
};

/** Every recurring job, run through the queue. Add yours here (see the comment at the top). */
export const jobs: Job[] = [
  flushNotificationEmailsJob,
  notificationDigestJob,
  reviewRemindersJob,
  improvementPlanCheckInsJob,
  certificationRemindersJob,
  developmentPlanNudgesJob,
  stalledCoachingNudgesJob,
  feedback360ScheduleJob,
  surveyPulsesJob,
  mentoringProposalExpiryJob,
  erasureRetentionJob,
  analyticsSnapshotJob,
  pruneJobQueueJob,
];

/**
 * Tasks every worker runs on its own timer, without a queue row. The audit sealer is one: it runs
 * every 5 seconds, is safe to run anywhere at any time (per-organisation try-locks inside), and a
 * failed run is simply the next run 5 seconds later — a queue row per run would add three writes
 * and 17,000 rows a day to retry nothing.
 */
export const periodicTasks: Job[] = [auditSealJob];

/**
 * The recurring jobs of this installation: the product's, plus the scheduled backup when a backup
 * folder is configured (TRELLIS_BACKUP_DIR).
 */
export function recurringJobs(config: Pick<Config, 'backup'>): Job[] {
  const { backup } = config;
  return backup
    ? [...jobs, scheduledBackupJob({ dir: backup.dir, keep: backup.keep, everyMs: backup.everyHours * HOUR })]
    : jobs;
}

/**
 * Starts this process's job worker with the product's jobs (the app server unless
 * TRELLIS_JOBS=off, and `trellis run-jobs`); see platform/jobs/background.ts.
 */
export function startBackgroundJobs(
  options: JobServices & Partial<BackgroundJobsOptions>,
): () => Promise<void> {
  return startJobWorker({
    jobs: recurringJobs(options.config),
    periodic: periodicTasks,
    handlers: registeredJobHandlers(),
    ...options,
  });
}
