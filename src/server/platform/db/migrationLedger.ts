import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type Db, queryRows } from './client';

/**
 * The record of applied migrations, `trellis_meta.migrations`: one row per migration name with the
 * checksum (SHA-256) of the file as it was applied. Created and upgraded here, not by drizzle.
 *
 * It used to be keyed by drizzle's hash of the file, so an applied migration edited afterwards got
 * a new hash, looked pending and ran a second time. Keyed by name, the edit is seen for what it is.
 */

export interface MigrationFile {
  /** The file name without `.sql`, as drizzle's journal lists it (`20261122021859_foundation`). */
  name: string;
  /** SHA-256 of the file's text: the value drizzle calls its hash, and the old ledger's key. */
  checksum: string;
  /** The journal's `when` (milliseconds). */
  createdAt: number;
  statements: string[];
}

export interface LedgerRow {
  name: string;
  checksum: string;
}

/** The migrations in `folder`, oldest first. */
export function readMigrations(folder: string): MigrationFile[] {
  // drizzle's reader splits the statements and hashes the text in journal order; the journal names them.
  const files = readMigrationFiles({ migrationsFolder: folder });
  const { entries } = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return files.map((file, index) => ({
    name: entries[index]!.tag,
    checksum: file.hash,
    createdAt: file.folderMillis,
    statements: file.sql,
  }));
}

/**
 * Creates the ledger, or upgrades one keyed by hash (before names were used) in place, in one
 * transaction: each old row takes the name of the file with its hash; a row whose file has changed
 * since takes the name of the file with its creation time (so the edit is reported, not re-run);
 * a row matching no file keeps an `unknown-…` name, reported as unknown.
 */
export async function prepareLedger(db: Db, onDisk: MigrationFile[]): Promise<void> {
  await db.execute(sql`CREATE SCHEMA IF NOT EXISTS trellis_meta`);
  const columns = await queryRows<{ column_name: string }>(
    db,
    sql`SELECT column_name FROM information_schema.columns
         WHERE table_schema = 'trellis_meta' AND table_name = 'migrations'`,
  );
  if (columns.length === 0) {
    await db.execute(
      sql`CREATE TABLE IF NOT EXISTS trellis_meta.migrations (
            name text PRIMARY KEY,
            checksum text NOT NULL,
            created_at bigint NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    return;
  }
  if (!columns.some((column) => column.column_name === 'hash')) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE trellis_meta.migrations ADD COLUMN name text`);
    for (const file of onDisk) {
      await tx.execute(
        sql`UPDATE trellis_meta.migrations SET name = ${file.name} WHERE hash = ${file.checksum} AND name IS NULL`,
      );
    }
    for (const file of onDisk) {
      await tx.execute(
        sql`UPDATE trellis_meta.migrations SET name = ${file.name}
             WHERE name IS NULL AND created_at = ${file.createdAt}
               AND NOT EXISTS (SELECT 1 FROM trellis_meta.migrations WHERE name = ${file.name})`,
      );
    }
    await tx.execute(
      sql`UPDATE trellis_meta.migrations SET name = 'unknown-' || left(hash, 12) WHERE name IS NULL`,
    );
    await tx.execute(sql`ALTER TABLE trellis_meta.migrations DROP CONSTRAINT migrations_pkey`);
    await tx.execute(sql`ALTER TABLE trellis_meta.migrations RENAME COLUMN hash TO checksum`);
    await tx.execute(sql`ALTER TABLE trellis_meta.migrations ALTER COLUMN name SET NOT NULL`);
    await tx.execute(sql`ALTER TABLE trellis_meta.migrations ADD PRIMARY KEY (name)`);
  });
}

/** The ledger's rows; empty when there is no ledger yet (a database never migrated). */
export async function readLedger(db: Db): Promise<LedgerRow[]> {
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`SELECT to_regclass('trellis_meta.migrations') IS NOT NULL AS present`,
  );
  if (!exists?.present) return [];
  return queryRows<LedgerRow>(db, sql`SELECT name, checksum FROM trellis_meta.migrations ORDER BY name`);
}

export interface LedgerStatus {
  /** On disk, not applied. */
  pending: string[];
  /** Applied, but the file on disk is no longer what was applied. */
  edited: string[];
  /** Applied, but no file on disk has that name (a newer version migrated this database). */
  unknown: string[];
}

export function compareLedger(onDisk: MigrationFile[], ledger: LedgerRow[]): LedgerStatus {
  const applied = new Map(ledger.map((row) => [row.name, row.checksum]));
  const names = new Set(onDisk.map((file) => file.name));
  return {
    pending: onDisk.filter((file) => !applied.has(file.name)).map((file) => file.name),
    edited: onDisk
      .filter((file) => applied.has(file.name) && applied.get(file.name) !== file.checksum)
      .map((file) => file.name),
    unknown: ledger.filter((row) => !names.has(row.name)).map((row) => row.name),
  };
}

/** The database and the migrations on disk disagree about the past: the server must not start. */
export class MigrationLedgerError extends Error {
  constructor(readonly status: LedgerStatus) {
    const problems: string[] = [];
    for (const name of status.edited) {
      problems.push(
        `migrations/${name}.sql was changed after it was applied to this database. An applied migration ` +
          'must stay as it was: restore the file from version control and put the change into a new ' +
          'migration (npm run db:generate).',
      );
    }
    if (status.unknown.length > 0) {
      problems.push(
        `the database records migration(s) this version of Trellis does not have (${status.unknown.join(', ')}): ` +
          'it was migrated by a newer version. Run that version, or restore a backup taken before.',
      );
    }
    super(`The database's migrations do not match this version: ${problems.join(' Also, ')}`);
    this.name = 'MigrationLedgerError';
  }
}
