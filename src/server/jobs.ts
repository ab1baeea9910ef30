import { eq, sql } from 'drizzle-orm';
import { run360Schedule } from './growth/feedback360/commands/lifecycle';
import { sendDueCertificationReminders } from './growth/learning/reminders';
import { sendPlanNudges } from './growth/plans/nudges';
import { sendDueReviewReminders } from './performance/reviews/reminders';
import { sealAuditChain } from './platform/audit/seal';
import type { Config } from './platform/config';
import { type Database, type Db, queryRows } from './platform/db/client';
import { safeErrorSummary } from './platform/errors/logSafe';
import type { Mailer } from './platform/mail/mailer';
import { sendNotificationDigests } from './platform/notifications/digest';
import { flushNotificationEmails } from './platform/notifications/notify';
import { jobRuns } from './platform/notifications/tables';

/**
 * Background jobs: work that runs on a schedule inside the app server (or `trellis run-jobs`).
 *
 * To add a job, append one entry to `jobs` below:
 *
 *   { name: 'review-reminders', everyMs: HOUR, run: ({ db }) => sendDueReviewReminders({ db, today: … }) }
 *
 * - `name` is stable: the shared ledger (`job_runs`) remembers each job's last run by it.
 * - `everyMs` is how often it is due. The scheduler checks every minute (or more often for short
 *   intervals), and the ledger makes a job run at most once per interval across all app instances
 *   and restarts, never twice at the same time. A daily job is therefore `everyMs: DAY`.
 * - `run` should be idempotent (a crash mid-run means it runs again later) and may return a short
 *   summary string for the log ("sent 3 reminders"). A thrown error is logged and recorded; the next run
 *   is tried at the next interval.
 * - Write notifications with `notify()` in the job's transaction and let the email job send them.
 */
export interface JobContext {
  db: Db;
  database: Database;
  mailer: Mailer;
  config: Config;
  log: JobLog;
}

export interface Job {
  name: string;
  everyMs: number;
  /** A string result is logged and kept in the ledger as the run's summary; other results are ignored. */
  run(context: JobContext): Promise<unknown>;
}

/** The parts of a pino logger the jobs use (Fastify's `app.log` fits). */
export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

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
  async run({ db, mailer, config }) {
    const { sent, failed } = await sendNotificationDigests(db, mailer, { appUrl: config.publicUrl });
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
  async run({ db }) {
    const sent = await sendDueReviewReminders({ db, today: new Date().toISOString().slice(0, 10) });
    return sent > 0 ? `queued ${sent} review reminder(s)` : undefined;
  },
};

/** Certifications coming up for renewal: one reminder per certification and expiry date (ledger). */
export const certificationRemindersJob: Job = {
  name: 'certification-reminders',
  everyMs: DAY,
  async run({ db }) {
    const sent = await sendDueCertificationReminders({ db, today: new Date().toISOString().slice(0, 10) });
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
  async run({ db }) {
    const nudged = await sendPlanNudges({ db });
    return nudged > 0 ? `nudged about ${nudged} quiet development plan(s)` : undefined;
  },
};

/**
 * 360 feedback: closes 360s past their deadline (the report goes to the subject or their coach) and
 * reminds raters who have not answered in the last days before a deadline, once a day per 360.
 */
export const feedback360ScheduleJob: Job = {
  name: 'feedback360-schedule',
  everyMs: HOUR,
  async run({ db }) {
    const { closed, reminded } = await run360Schedule(db, new Date().toISOString().slice(0, 10));
    // No rater counts in the log: for a single running 360 that would say how many have not answered.
    if (closed + reminded === 0) return undefined;
    return reminded > 0 ? `closed ${closed} 360(s); reminders sent` : `closed ${closed} 360(s)`;
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

/** Every scheduled job. Add yours here (see the comment at the top). */
export const jobs: Job[] = [
  auditSealJob,
  flushNotificationEmailsJob,
  notificationDigestJob,
  reviewRemindersJob,
  certificationRemindersJob,
  developmentPlanNudgesJob,
  feedback360ScheduleJob,
];

export type JobOutcome =
  | { status: 'ran'; message?: string }
  | { status: 'failed'; message: string }
  /** Not due yet, or another instance is running it. */
  | { status: 'skipped' };

/** A claim is kept alive while the job runs; if the instance dies, others may take over after this. */
const LEASE_MS = 2 * MINUTE;

/**
 * Claims the job in the shared ledger if it is due (or `force`) and nobody holds it, in one atomic
 * statement. Returns the claim's start time (the token that proves the claim is ours), or null.
 */
export async function claimJob(db: Db, job: Job, options: { force?: boolean } = {}): Promise<string | null> {
  // Ticks wander by a few milliseconds: treat "almost due" as due, so a 30 s job does not skip a turn.
  const dueAfterMs = options.force ? 0 : Math.max(0, job.everyMs - Math.min(job.everyMs * 0.1, MINUTE));
  const rows = await queryRows<{ started_at: string }>(
    db,
    sql`INSERT INTO job_runs (name, started_at, lease_until)
        VALUES (${job.name}, clock_timestamp(), clock_timestamp() + make_interval(secs => ${LEASE_MS / 1000}))
        ON CONFLICT (name) DO UPDATE
          SET started_at = excluded.started_at, lease_until = excluded.lease_until
          WHERE (job_runs.lease_until IS NULL OR job_runs.lease_until < clock_timestamp())
            AND job_runs.started_at <= clock_timestamp() - make_interval(secs => ${dueAfterMs / 1000})
        RETURNING started_at::text AS started_at`,
  );
  return rows[0]?.started_at ?? null;
}

/** Ends our claim (only if it is still ours) and records how the run went. */
async function finishJob(db: Db, job: Job, claim: string, outcome: 'ok' | 'failed', message: string | null) {
  await db
    .update(jobRuns)
    .set({
      leaseUntil: null,
      finishedAt: sql`clock_timestamp()`,
      lastOutcome: outcome,
      lastMessage: message?.slice(0, 1000) ?? null,
    })
    .where(sql`${jobRuns.name} = ${job.name} AND ${jobRuns.startedAt} = ${claim}::timestamptz`);
}

/**
 * Runs one job once if it is due and free: claims it, keeps the claim alive while it runs, records
 * the outcome. Never throws for the job's own errors — they are logged and returned.
 */
export async function runJob(
  job: Job,
  context: Omit<JobContext, 'db'>,
  options: { force?: boolean } = {},
): Promise<JobOutcome> {
  const { db } = context.database;
  const claim = await claimJob(db, job, options);
  if (!claim) return { status: 'skipped' };
  const heartbeat = setInterval(() => {
    db.update(jobRuns)
      .set({ leaseUntil: sql`clock_timestamp() + make_interval(secs => ${LEASE_MS / 1000})` })
      .where(sql`${jobRuns.name} = ${job.name} AND ${jobRuns.startedAt} = ${claim}::timestamptz`)
      .catch((error: unknown) =>
        context.log.error({ err: error, job: job.name }, 'job lease renewal failed'),
      );
  }, LEASE_MS / 3);
  heartbeat.unref();
  try {
    const result = await job.run({ ...context, db });
    const message = typeof result === 'string' ? result : undefined;
    await finishJob(db, job, claim, 'ok', message ?? null);
    if (message) context.log.info({ job: job.name }, message);
    return { status: 'ran', message };
  } catch (error) {
    // Kept in the ledger and printed by the CLI: without the values of a failed query.
    const message = safeErrorSummary(error);
    context.log.error({ err: error, job: job.name }, `background job ${job.name} failed`);
    await finishJob(db, job, claim, 'failed', message).catch(() => undefined);
    return { status: 'failed', message };
  } finally {
    clearInterval(heartbeat);
  }
}

/** The ledger row of a job, for the CLI and tests. */
export async function lastJobRun(db: Db, name: string) {
  const [row] = await db.select().from(jobRuns).where(eq(jobRuns.name, name));
  return row ?? null;
}

export interface BackgroundJobsOptions extends Omit<JobContext, 'db'> {
  jobs?: readonly Job[];
  /** How often each job is checked at most; due-ness itself comes from the ledger. */
  checkEveryMs?: number;
  /** First check after start-up, so the server answers requests before jobs compete for the database. */
  firstCheckAfterMs?: number;
}

/**
 * Starts checking every job on its own timer. Timers are unref'd, so they never keep a process (or a
 * test run) alive. The returned function stops the timers and waits for runs in progress.
 */
export function startBackgroundJobs(options: BackgroundJobsOptions): () => Promise<void> {
  const { jobs: list = jobs, checkEveryMs = MINUTE, firstCheckAfterMs = 5 * SECOND, ...context } = options;
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  let stopped = false;

  const check = (job: Job) => {
    // In this instance a run still going on is simply not started again (the ledger covers others).
    if (stopped || running.has(job.name)) return;
    const run = runJob(job, context)
      .catch((error: unknown) => context.log.error({ err: error, job: job.name }, 'job scheduling failed'))
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
  };

  for (const job of list) {
    const first = setTimeout(() => check(job), firstCheckAfterMs);
    const every = setInterval(() => check(job), Math.min(job.everyMs, checkEveryMs));
    first.unref();
    every.unref();
    timers.push(first, every);
  }

  return async () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    await Promise.allSettled(running.values());
  };
}
