import { sql } from 'drizzle-orm';
import { backupStatus } from '../backup/status';
import type { Config } from '../config';
import { type Db, queryRows } from '../db/client';
import { migrationStatus } from '../db/migrate';

export interface CheckResult {
  ok: boolean;
  /** Why not, as a stable code: `database_unavailable`, `migrations_not_current`, `jobs_silent`. */
  code?: string;
  /** A short explanation for the operator; never personal data. */
  detail?: string;
}

/** How old the newest worker heartbeat may be before the jobs count as stopped. */
export const JOBS_HEARTBEAT_MAX_AGE_MS = 60_000;

/**
 * Seconds since the newest heartbeat of a job worker (`job_workers`, platform/jobs/), or null
 * when no worker has beaten yet. With `workerId`, that worker's own heartbeat. The jobs queue owns
 * the table; this is the one place readiness reads it.
 */
export async function jobWorkerHeartbeatAge(db: Db, workerId?: string): Promise<number | null> {
  const [row] = await queryRows<{ age: number | null }>(
    db,
    sql`SELECT extract(epoch FROM clock_timestamp() - max(heartbeat_at))::float8 AS age
          FROM job_workers WHERE ${workerId ?? null}::text IS NULL OR id = ${workerId ?? null}::text`,
  );
  return row?.age ?? null;
}

export async function checkDatabase(db: Db): Promise<CheckResult> {
  await db.execute(sql`SELECT 1`);
  return { ok: true };
}

export async function checkMigrations(db: Db): Promise<CheckResult> {
  const { pending, edited, unknown } = await migrationStatus(db);
  if (pending.length + edited.length + unknown.length === 0) return { ok: true };
  const parts = [
    pending.length > 0 ? `${pending.length} pending` : '',
    edited.length > 0 ? `edited after applying: ${edited.join(', ')}` : '',
    unknown.length > 0 ? `unknown to this version: ${unknown.join(', ')}` : '',
  ];
  return { ok: false, code: 'migrations_not_current', detail: parts.filter(Boolean).join('; ') };
}

export interface JobsCheckOptions {
  /** Seconds since the worker's last heartbeat, or null if none yet. */
  heartbeatAge: () => Promise<number | null>;
  maxAgeMs?: number;
  /** Until then a missing heartbeat is fine: the worker's first beat comes a few seconds after start. */
  graceUntil?: number;
}

export async function checkJobs(options: JobsCheckOptions): Promise<CheckResult> {
  const maxAgeMs = options.maxAgeMs ?? JOBS_HEARTBEAT_MAX_AGE_MS;
  const age = await options.heartbeatAge();
  if (age !== null && age * 1000 <= maxAgeMs)
    return { ok: true, detail: `last heartbeat ${Math.round(age)} s ago` };
  if (options.graceUntil !== undefined && Date.now() < options.graceUntil) {
    return { ok: true, detail: 'starting: no heartbeat yet' };
  }
  return {
    ok: false,
    code: 'jobs_silent',
    detail: age === null ? 'no job worker heartbeat' : `last heartbeat ${Math.round(age)} s ago`,
  };
}

/**
 * The scheduled backups' age, reported but never failing readiness: an instance behind a load
 * balancer serves requests as well with an old backup as with a new one, and taking every instance
 * out of rotation for it would turn a missed backup into an outage. Monitor the detail instead.
 */
export async function backupReadiness(db: Db, config: Pick<Config, 'backup'>): Promise<CheckResult> {
  const status = await backupStatus(db, config);
  const last = status.last ? `last backup ${status.last.ageHours} h ago` : 'no backup yet';
  const failed = status.lastFailure ? `; the last scheduled backup failed: ${status.lastFailure.error}` : '';
  return { ok: true, detail: `${last}${status.overdue ? ' (overdue)' : ''}${failed}` };
}
