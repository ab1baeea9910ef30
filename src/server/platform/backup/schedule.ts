import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../db/client';
import type { Job } from '../jobs/types';
import { createBackup } from './create';

/** `trellis-backup-2026-12-06T17-05-00-000Z.zip`: names sort in time order. */
const backupName = /^trellis-backup-\d{4}-\d{2}-\d{2}T[\d-]+Z\.zip$/;

export function backupFileName(now: Date): string {
  return `trellis-backup-${now.toISOString().replace(/[:.]/g, '-')}.zip`;
}

export interface ScheduledBackupOptions {
  database: Database;
  /** The folder the archives go to (TRELLIS_BACKUP_DIR); created if missing. */
  dir: string;
  /** How many archives to keep, newest first; older ones are deleted after a backup succeeds. */
  keep: number;
  now?: Date;
}

/**
 * One scheduled backup: a new archive in `dir`, then the oldest beyond `keep` removed. Only files
 * named like our archives are ever deleted, and only after the new one is complete.
 */
export async function runScheduledBackup(
  options: ScheduledBackupOptions,
): Promise<{ file: string; removed: string[] }> {
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new Error('keep: at least 1 backup.');
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const file = join(options.dir, backupFileName(options.now ?? new Date()));
  await createBackup({ database: options.database, out: file });
  const archives = await listArchives(options.dir);
  const removed = archives.slice(options.keep);
  for (const name of removed) await rm(join(options.dir, name), { force: true });
  return { file, removed };
}

/**
 * The newest archive in `dir` and how old it is (for `/api/ready` and the admin page); null when
 * there is none (or no such folder).
 */
export async function lastBackup(options: {
  dir: string;
  now?: Date;
}): Promise<{ file: string; at: Date; ageMs: number } | null> {
  const [newest] = await listArchives(options.dir);
  if (!newest) return null;
  const file = join(options.dir, newest);
  const at = (await stat(file)).mtime;
  return { file, at, ageMs: Math.max(0, (options.now ?? new Date()).getTime() - at.getTime()) };
}

/** Our archives in `dir`, newest first. */
async function listArchives(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names
    .filter((name) => backupName.test(name))
    .sort()
    .reverse();
}

/**
 * The recurring job, for the job list (src/server/jobs.ts) when a backup folder is configured. It
 * runs where the jobs run: on the embedded database that is the server itself, the one process
 * that may open it; the backup's read transaction holds PGlite's one connection while it runs.
 */
export function scheduledBackupJob(options: { dir: string; keep: number; everyMs: number }): Job {
  return {
    name: 'backup',
    everyMs: options.everyMs,
    maxAttempts: 3,
    async run({ database }) {
      const { file, removed } = await runScheduledBackup({ database, dir: options.dir, keep: options.keep });
      return `wrote ${file}${removed.length > 0 ? `, removed ${removed.length} older backup(s)` : ''}`;
    },
  };
}
