import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';
import { DEFAULT_MAX_ATTEMPTS } from './queue';
import type { Job } from './types';

/**
 * Periods are counted from the Unix epoch, so every app instance computes the same period (and
 * dedupe key) for the same moment: an hourly job's period starts on the hour, a daily one at 00:00
 * UTC (the jobs themselves decide each organisation's "today" in its time zone).
 */
export const periodOf = (job: Pick<Job, 'everyMs'>, nowMs: number) => Math.floor(nowMs / job.everyMs);

export interface ScheduleOptions {
  /** Only this organisation's rows of per-organisation jobs; global jobs are then left out. */
  organizationId?: string;
  /** Enqueue now whatever the period, and bring forward a row that waits for a retry. */
  force?: boolean;
  now?: Date;
}

/**
 * Enqueues the current period's row of each recurring job (per organisation where the job is per
 * organisation), unless the job already has a row queued or running for that organisation: a
 * job waiting for a retry is not joined by the next period's row, and runs of one job do not
 * overlap. The dedupe key makes a period's row unique however many instances schedule it.
 * Returns how many rows were added.
 */
export async function enqueueDueRecurringJobs(
  db: Db,
  jobs: readonly Job[],
  options: ScheduleOptions = {},
): Promise<number> {
  const nowMs = (options.now ?? new Date()).getTime();
  const runAt = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`clock_timestamp()`;
  let added = 0;
  for (const job of jobs) {
    if (!job.perOrganization && options.organizationId) continue;
    const organizations: SQL = job.perOrganization
      ? options.organizationId
        ? sql`SELECT ${options.organizationId}::uuid AS id`
        : sql`SELECT id FROM organizations`
      : sql`SELECT NULL::uuid AS id`;
    const period = options.force ? `forced-${nowMs}` : String(periodOf(job, nowMs));
    if (options.force) {
      await db.execute(sql`
        UPDATE job_queue SET run_at = ${runAt}
         WHERE name = ${job.name} AND state = 'queued'
           AND organization_id IS NOT DISTINCT FROM ${options.organizationId ?? null}::uuid`);
    }
    const rows = await queryRows(
      db,
      sql`INSERT INTO job_queue (name, organization_id, run_at, dedupe_key, max_attempts)
          SELECT ${job.name}, o.id, ${runAt},
                 ${job.name} || ':' || coalesce(o.id::text, 'all') || ':' || ${period},
                 ${job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS}
            FROM (${organizations}) o
           WHERE NOT EXISTS (
             SELECT 1 FROM job_queue a
              WHERE a.name = ${job.name} AND a.organization_id IS NOT DISTINCT FROM o.id
                AND a.state IN ('queued', 'running'))
          ON CONFLICT (dedupe_key) DO NOTHING
          RETURNING id`,
    );
    added += rows.length;
  }
  return added;
}
