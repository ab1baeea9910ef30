import { z } from 'zod';

/** Scheduled backups of the installation (GET /api/admin/backups); see `trellis backup` for the rest. */
export const backupStatus = z.object({
  /** A backup folder is configured (TRELLIS_BACKUP_DIR) and the job worker writes backups on schedule. */
  scheduled: z.boolean(),
  everyHours: z.number().int().nullable(),
  keep: z.number().int().nullable(),
  /** The newest archive in the folder. */
  last: z.object({ at: z.string(), ageHours: z.number() }).nullable(),
  /** No archive, or the newest is older than two intervals: the schedule is not keeping up. */
  overdue: z.boolean(),
  /** The scheduled backup's last failure after its retries, when newer than the newest archive. */
  lastFailure: z.object({ at: z.string(), error: z.string().nullable() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatus>;
