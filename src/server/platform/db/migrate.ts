import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { appRoot } from '../appRoot';
import type { Database, Db } from './client';
import {
  compareLedger,
  type LedgerStatus,
  type MigrationFile,
  MigrationLedgerError,
  prepareLedger,
  readLedger,
  readMigrations,
} from './migrationLedger';

export { MigrationLedgerError };

export const migrationsFolder = join(appRoot, 'migrations');

/**
 * Applies pending migrations under an advisory lock so that several instances starting at the same
 * moment on one database take turns; the later ones find nothing left to do.
 *
 * The ledger (`trellis_meta.migrations`, ours, not drizzle's) is keyed by the migration's name and
 * keeps the checksum of the file that was applied. A file edited after it was applied stops the
 * start with a message naming it ({@link MigrationLedgerError}) — it is never run a second time.
 */
export async function migrateDatabase(
  database: Database,
  options: MigrateOptions = {},
): Promise<{ applied: number }> {
  return database.withAdvisoryLock('trellis:migrate', async (db) => {
    const folder = options.folder ?? migrationsFolder;
    const onDisk = readMigrations(folder);
    const migrations = migrationsUpTo(onDisk, options.upTo, folder);
    await prepareLedger(db, onDisk);
    const status = compareLedger(onDisk, await readLedger(db));
    if (status.edited.length > 0 || status.unknown.length > 0) throw new MigrationLedgerError(status);
    const pending = new Set(status.pending);
    let count = 0;
    for (const migration of migrations) {
      if (!pending.has(migration.name)) continue;
      await applyOne(db, migration);
      count++;
    }
    return { applied: count };
  });
}

export interface MigrateOptions {
  /**
   * Stop after the migration of this name (its file name without `.sql`). A restore first brings
   * an empty database to the backup's level, loads the rows, then migrates the rest of the way.
   */
  upTo?: string;
  /** Another folder of migrations (tests); default the app's own. */
  folder?: string;
}

/** The migrations' names, oldest first (drizzle's journal keeps their order). */
export function migrationNames(folder = migrationsFolder): string[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((entry) => entry.tag);
}

function migrationsUpTo<T>(migrations: T[], upTo: string | undefined, folder = migrationsFolder): T[] {
  if (upTo === undefined) return migrations;
  const index = migrationNames(folder).indexOf(upTo);
  if (index < 0) throw new Error(`Unknown migration "${upTo}".`);
  return migrations.slice(0, index + 1);
}

let appMigrations: MigrationFile[] | null = null;

/**
 * Whether the database holds exactly the app's migrations (for `/api/ready`): nothing pending,
 * nothing edited, nothing unknown. The files are read once; the ledger on every call.
 */
export async function migrationStatus(db: Db): Promise<LedgerStatus> {
  appMigrations ??= readMigrations(migrationsFolder);
  return compareLedger(appMigrations, await readLedger(db));
}

async function applyOne(db: Db, migration: MigrationFile) {
  await db.transaction(async (tx) => {
    for (const statement of migration.statements) {
      if (statement.trim()) await tx.execute(sql.raw(statement));
    }
    await tx.execute(
      sql`INSERT INTO trellis_meta.migrations (name, checksum, created_at)
          VALUES (${migration.name}, ${migration.checksum}, ${migration.createdAt})`,
    );
  });
}
