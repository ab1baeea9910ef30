import { sql } from 'drizzle-orm';
import type { BackupStatus } from '../../../contracts/backups';
import type { Config } from '../config';
import { type Db, queryRows } from '../db/client';
import { lastBackup } from './schedule';

const HOUR_MS = 3_600_000;

/**
 * Where the scheduled backups stand, for the admin page and `/api/ready`: the newest archive's age,
 * whether the schedule is behind, and the backup job's last failure (it belongs to no organisation,
 * so it never shows in an organisation's failed-jobs list).
 */
export async function backupStatus(
  db: Db,
  config: Pick<Config, 'backup'>,
  now: Date = new Date(),
): Promise<BackupStatus> {
  const schedule = config.backup;
  if (!schedule) {
    return { scheduled: false, everyHours: null, keep: null, last: null, overdue: false, lastFailure: null };
  }
  const last = await lastBackup({ dir: schedule.dir, now });
  const [failure] = await queryRows<{ at: string; error: string | null }>(
    db,
    sql`SELECT finished_at AS at, last_error AS error FROM job_queue
         WHERE name = 'backup' AND state = 'failed' AND organization_id IS NULL
         ORDER BY finished_at DESC LIMIT 1`,
  );
  const failedAt = failure ? new Date(failure.at) : null;
  return {
    scheduled: true,
    everyHours: schedule.everyHours,
    keep: schedule.keep,
    last: last ? { at: last.at.toISOString(), ageHours: Math.round((last.ageMs / HOUR_MS) * 10) / 10 } : null,
    overdue: !last || last.ageMs > 2 * schedule.everyHours * HOUR_MS,
    lastFailure:
      failure && failedAt && (!last || failedAt > last.at)
        ? { at: failedAt.toISOString(), error: failure.error }
        : null,
  };
}
