import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';
import { jobQueue } from './tables';

/**
 * The durable job queue: plain SQL over `job_queue`, the same on PGlite and PostgreSQL.
 *
 * Every function takes an optional `now` (tests pass one and never sleep); without it the
 * database's `clock_timestamp()` decides, so app servers with skewed clocks still agree.
 */

export interface EnqueueOptions {
  name: string;
  organizationId?: string | null;
  payload?: Record<string, unknown>;
  runAt?: Date;
  /** A second enqueue with the same key (in any state, until the row is pruned) does nothing. */
  dedupeKey?: string;
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Adds a job. Call it with the transaction of the change that asks for the work: the job exists
 * if and only if that change commits. Returns the new row's id, or null when the dedupe key was
 * already taken.
 */
export async function enqueueJob(tx: Db, options: EnqueueOptions): Promise<string | null> {
  const rows = await tx
    .insert(jobQueue)
    .values({
      name: options.name,
      organizationId: options.organizationId ?? null,
      payload: options.payload ?? {},
      ...(options.runAt ? { runAt: options.runAt } : {}),
      dedupeKey: options.dedupeKey ?? null,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    })
    .onConflictDoNothing({ target: jobQueue.dedupeKey })
    .returning({ id: jobQueue.id });
  return rows[0]?.id ?? null;
}

/** Which rows a worker may take: tests and `--job`/`--org` narrow it; an empty filter takes all. */
export interface JobFilter {
  names?: readonly string[];
  organizationId?: string;
}

export interface ClaimedJob {
  id: string;
  name: string;
  organizationId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

const at = (now?: Date): SQL => (now ? sql`${now.toISOString()}::timestamptz` : sql`clock_timestamp()`);

function filterSql(filter: JobFilter): SQL {
  const parts: SQL[] = [sql`TRUE`];
  if (filter.names) {
    // An empty list means "none of them", never "all".
    if (filter.names.length === 0) parts.push(sql`FALSE`);
    else
      parts.push(
        sql`name IN (${sql.join(
          filter.names.map((name) => sql`${name}`),
          sql`, `,
        )})`,
      );
  }
  if (filter.organizationId) parts.push(sql`organization_id = ${filter.organizationId}::uuid`);
  return sql.join(parts, sql` AND `);
}

export interface ClaimOptions {
  workerId: string;
  filter?: JobFilter;
  limit?: number;
  /** How long the claim holds without renewal; a worker that dies loses its rows after this. */
  lockMs: number;
  now?: Date;
}

/**
 * Claims up to `limit` due rows for this worker in one statement: queued rows whose time has come,
 * and running rows whose worker's lock ran out (it died). `SKIP LOCKED` lets concurrent workers
 * pass over rows another one is claiming instead of waiting, so no row is claimed twice. Rows that
 * died on their last attempt are marked failed first, so they are not started once more.
 */
export async function claimJobs(db: Db, options: ClaimOptions): Promise<ClaimedJob[]> {
  const now = at(options.now);
  const filter = filterSql(options.filter ?? {});
  await db.execute(sql`
    UPDATE job_queue
       SET state = 'failed', finished_at = ${now}, locked_until = NULL, locked_by = NULL,
           last_error = 'The worker stopped during the last attempt (its lock expired).'
     WHERE id IN (
       SELECT id FROM job_queue
        WHERE state = 'running' AND locked_until < ${now} AND attempts >= max_attempts AND ${filter}
        FOR UPDATE SKIP LOCKED)`);
  return queryRows<ClaimedJob>(
    db,
    sql`
    UPDATE job_queue
       SET state = 'running', attempts = attempts + 1, locked_by = ${options.workerId},
           locked_until = ${now} + make_interval(secs => ${options.lockMs / 1000})
     WHERE id IN (
       SELECT id FROM job_queue
        WHERE ((state = 'queued' AND run_at <= ${now}) OR (state = 'running' AND locked_until < ${now}))
          AND ${filter}
        ORDER BY run_at
        LIMIT ${options.limit ?? 10}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, name, organization_id AS "organizationId", payload, attempts, max_attempts AS "maxAttempts"`,
  );
}

/** Moves this worker's lock forward while a long job runs. False: the row is no longer ours. */
export async function renewJobLock(
  db: Db,
  job: { id: string },
  options: { workerId: string; lockMs: number; now?: Date },
): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`UPDATE job_queue SET locked_until = ${at(options.now)} + make_interval(secs => ${options.lockMs / 1000})
         WHERE id = ${job.id}::uuid AND state = 'running' AND locked_by = ${options.workerId}
         RETURNING id`,
  );
  return rows.length > 0;
}

/** Ends a claimed row as done (only while the claim is still this worker's). */
export async function completeJob(db: Db, job: { id: string }, options: { workerId: string; now?: Date }) {
  await db.execute(
    sql`UPDATE job_queue SET state = 'done', finished_at = ${at(options.now)}, locked_until = NULL
         WHERE id = ${job.id}::uuid AND state = 'running' AND locked_by = ${options.workerId}`,
  );
}

const BACKOFF_BASE_MS = 10_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/**
 * The pause before the next attempt after `attempts` failed ones: 10 s, 20 s, 40 s, … up to an
 * hour, each ±20 % at random so rows that failed together (an SMTP outage) do not all come back
 * in the same second. Consecutive pauses still grow: the upper bound of one (1.2×) stays below
 * the lower bound of the next (0.8 × 2 = 1.6×) until the cap.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const plain = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(plain * (0.8 + 0.4 * random()));
}

export type FailureOutcome = { state: 'queued'; retryAt: Date } | { state: 'failed' };

/**
 * Records a failed attempt of a claimed row: queued again after the backoff pause, or `failed`
 * for good once its attempts are used up. `error` must already be a safe summary.
 */
export async function failJob(
  db: Db,
  job: ClaimedJob,
  error: string,
  options: { workerId: string; now?: Date; random?: () => number },
): Promise<FailureOutcome> {
  const lastError = error.slice(0, 2000);
  const mine = sql`id = ${job.id}::uuid AND state = 'running' AND locked_by = ${options.workerId}`;
  if (job.attempts >= job.maxAttempts) {
    await db.execute(
      sql`UPDATE job_queue SET state = 'failed', finished_at = ${at(options.now)}, locked_until = NULL,
                 last_error = ${lastError}
           WHERE ${mine}`,
    );
    return { state: 'failed' };
  }
  const pauseMs = backoffMs(job.attempts, options.random);
  const [row] = await queryRows<{ ms: number | string }>(
    db,
    sql`UPDATE job_queue
           SET state = 'queued', locked_until = NULL, locked_by = NULL, last_error = ${lastError},
               run_at = ${at(options.now)} + make_interval(secs => ${pauseMs / 1000})
         WHERE ${mine}
     RETURNING (extract(epoch FROM run_at) * 1000)::float8 AS ms`,
  );
  return { state: 'queued', retryAt: new Date(row ? Number(row.ms) : Date.now() + pauseMs) };
}

/**
 * Puts a failed row of the organisation back in the queue with a fresh set of attempts (the
 * admin's "retry"). Returns the job's name, or null when there is no such failed row.
 */
export async function retryFailedJob(
  db: Db,
  options: { id: string; organizationId: string; now?: Date },
): Promise<string | null> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`UPDATE job_queue
           SET state = 'queued', attempts = 0, run_at = ${at(options.now)}, finished_at = NULL,
               locked_until = NULL, locked_by = NULL
         WHERE id = ${options.id}::uuid AND organization_id = ${options.organizationId}::uuid
           AND state = 'failed'
     RETURNING name`,
  );
  return rows[0]?.name ?? null;
}

/**
 * Deletes done rows finished more than `olderThanMs` ago (their dedupe keys with them), and the
 * heartbeat rows of workers silent that long. Failed rows stay until an admin retries them or
 * the organisation goes. Batched, so one run never holds many row locks.
 */
export async function pruneFinishedJobs(
  db: Db,
  options: { olderThanMs: number; now?: Date; batch?: number },
): Promise<number> {
  const cutoff = sql`${at(options.now)} - make_interval(secs => ${options.olderThanMs / 1000})`;
  let deleted = 0;
  for (;;) {
    const rows = await queryRows(
      db,
      sql`DELETE FROM job_queue WHERE id IN (
            SELECT id FROM job_queue WHERE state = 'done' AND finished_at < ${cutoff}
             LIMIT ${options.batch ?? 1000} FOR UPDATE SKIP LOCKED)
          RETURNING id`,
    );
    deleted += rows.length;
    if (rows.length < (options.batch ?? 1000)) break;
  }
  await db.execute(sql`DELETE FROM job_workers WHERE heartbeat_at < ${cutoff}`);
  return deleted;
}
