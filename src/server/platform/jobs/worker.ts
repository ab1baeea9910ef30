import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';
import { safeErrorSummary } from '../errors/logSafe';
import { type ClaimedJob, claimJobs, completeJob, failJob, type JobFilter, renewJobLock } from './queue';
import type { JobHandler, JobServices } from './types';
import { MINUTE } from './types';

/** A claim holds this long unless renewed; a worker renews every third of it while a job runs. */
export const LOCK_MS = 2 * MINUTE;

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export type ItemOutcome = {
  id: string;
  name: string;
  organizationId: string | null;
  attempt: number;
  maxAttempts: number;
} & (
  | { status: 'done'; message?: string }
  /** This attempt failed; the row waits for `retryAt`. */
  | { status: 'retrying'; message: string; retryAt: Date }
  /** The last attempt failed: the row stays `failed` for admins. */
  | { status: 'failed'; message: string }
);

export interface WorkerOptions extends JobServices {
  /** The handlers this worker runs; it claims rows of these names only. */
  handlers: readonly JobHandler[];
  /** Narrows further: tests and `trellis run-jobs --job/--org` take only their own rows. */
  filter?: JobFilter;
  workerId?: string;
  /** Rows claimed (and run side by side) at a time. */
  concurrency?: number;
}

/** The filter a worker claims with: its own handlers' names, narrowed by the caller's filter. */
export function workerFilter(options: Pick<WorkerOptions, 'handlers' | 'filter'>): JobFilter {
  const known = options.handlers.map((handler) => handler.name);
  const names = options.filter?.names ? options.filter.names.filter((name) => known.includes(name)) : known;
  return { names, organizationId: options.filter?.organizationId };
}

/** Runs one claimed row, keeping its lock alive meanwhile, and records how it went. Never throws for the job's errors. */
export async function runClaimedJob(
  job: ClaimedJob,
  options: WorkerOptions & { workerId: string; now?: Date; random?: () => number },
): Promise<ItemOutcome> {
  const { db } = options.database;
  const { workerId, now } = options;
  const base = {
    id: job.id,
    name: job.name,
    organizationId: job.organizationId,
    attempt: job.attempts,
    maxAttempts: job.maxAttempts,
  };
  const handler = options.handlers.find((candidate) => candidate.name === job.name);
  const renewal = setInterval(() => {
    renewJobLock(db, job, { workerId, lockMs: LOCK_MS }).catch((error: unknown) =>
      options.log.error({ err: error, job: job.name }, 'job lock renewal failed'),
    );
  }, LOCK_MS / 3);
  renewal.unref();
  try {
    if (!handler) throw new Error(`No handler is registered for job "${job.name}".`);
    const { database, mailer, config, log } = options;
    const result = await handler.run({
      database,
      mailer,
      config,
      log,
      db,
      organizationId: job.organizationId ?? undefined,
      payload: job.payload,
    });
    const message = typeof result === 'string' ? result : undefined;
    await completeJob(db, job, { workerId, now });
    if (message) options.log.info({ job: job.name, organizationId: job.organizationId }, message);
    return { ...base, status: 'done', message };
  } catch (error) {
    // Kept in the row, shown to admins and printed by the CLI: without the values of a failed query.
    const message = safeErrorSummary(error);
    options.log.error(
      { err: error, job: job.name, jobId: job.id, attempt: job.attempts },
      `background job ${job.name} failed`,
    );
    const next = await failJob(db, job, message, { workerId, now, random: options.random });
    return next.state === 'queued'
      ? { ...base, status: 'retrying', message, retryAt: next.retryAt }
      : { ...base, status: 'failed', message };
  } finally {
    clearInterval(renewal);
  }
}

/**
 * Claims and runs due rows (within the worker's filter) until none is left, then returns what each
 * attempt did. A row that fails is queued again for later, so a drain always ends.
 */
export async function drainJobs(
  options: WorkerOptions & { now?: Date; random?: () => number; onItem?: (outcome: ItemOutcome) => void },
): Promise<ItemOutcome[]> {
  const workerId = options.workerId ?? newWorkerId();
  const filter = workerFilter(options);
  const outcomes: ItemOutcome[] = [];
  for (;;) {
    const claimed = await claimJobs(options.database.db, {
      workerId,
      filter,
      limit: options.concurrency ?? 2,
      lockMs: LOCK_MS,
      now: options.now,
    });
    if (claimed.length === 0) return outcomes;
    const results = await Promise.all(claimed.map((job) => runClaimedJob(job, { ...options, workerId })));
    for (const result of results) {
      outcomes.push(result);
      options.onItem?.(result);
    }
  }
}

/** Records that this worker is alive (for `/api/ready`). */
export async function beatWorkerHeartbeat(db: Db, workerId: string) {
  await db.execute(sql`
    INSERT INTO job_workers (id, heartbeat_at) VALUES (${workerId}, clock_timestamp())
    ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`);
}

export async function endWorkerHeartbeat(db: Db, workerId: string) {
  await db.execute(sql`DELETE FROM job_workers WHERE id = ${workerId}`);
}

/**
 * When any job worker last said it was alive, or null if none ever did (or all stopped cleanly).
 * A worker beats every `HEARTBEAT_MS`; `/api/ready` may call a heartbeat older than a few of
 * those stale. App servers started with TRELLIS_JOBS=off run no worker: the answer then depends on
 * a `trellis run-jobs` process somewhere.
 */
export async function lastWorkerHeartbeat(db: Db): Promise<Date | null> {
  const [row] = await queryRows<{ ms: number | string | null }>(
    db,
    sql`SELECT (extract(epoch FROM max(heartbeat_at)) * 1000)::float8 AS ms FROM job_workers`,
  );
  return row?.ms == null ? null : new Date(Number(row.ms));
}

export const HEARTBEAT_MS = 15_000;
