import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { type SQL, sql } from 'drizzle-orm';
import { appVersion } from '../appRoot';
import { type Database, type Db, queryRows } from '../db/client';
import { migrationNames } from '../db/migrate';
import { ArchiveWriter } from './archive';
import { listTables, type TableInfo } from './catalog';
import { BackupError } from './errors';
import { appliedMigrationLevel } from './level';
import {
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupTable,
  MANIFEST_ENTRY,
  tableEntry,
} from './manifest';

/** Rows per query: big enough to keep round trips few, small enough to keep memory flat. */
const BATCH_ROWS = 1000;

export interface CreateBackupOptions {
  database: Database;
  /** Where the archive goes; it must not exist yet. Written beside it as `.partial`, then renamed. */
  out: string;
  /** Told after each table, for progress reports. */
  onTable?: (table: BackupTable) => void;
}

/**
 * Writes every row of every table in the `public` schema into one ZIP archive with a manifest
 * (docs/ARCHITECTURE.md, "Backups"). All tables are read in one repeatable-read transaction, so the
 * archive is one consistent moment of the database even while others write to it (PostgreSQL).
 */
export async function createBackup(options: CreateBackupOptions): Promise<BackupManifest> {
  const { database, out } = options;
  if (existsSync(out)) throw new BackupError('backup_exists', `${out} exists already; choose another name.`);
  const partial = `${out}.partial`;
  const archive = new ArchiveWriter(partial);
  try {
    const manifest = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      // Timestamps as UTC text: the same database gives the same bytes wherever its server's zone is.
      await tx.execute(sql`SET LOCAL TIME ZONE 'UTC'`);
      const level = await appliedMigrationLevel(tx);
      if (level.count > migrationNames().length) {
        throw new BackupError(
          'database_newer_than_code',
          'This database was migrated by a newer Trellis; back it up with that version.',
        );
      }
      if (!level.name) throw new BackupError('backup_unreadable', 'This database has no Trellis schema yet.');
      const tables: BackupTable[] = [];
      for (const table of await listTables(tx)) {
        const written = await writeTable(tx, archive, table);
        tables.push(written);
        options.onTable?.(written);
      }
      const [server] = await queryRows<{ server_version: string }>(tx, sql`SHOW server_version`);
      return {
        format: 'trellis-backup',
        formatVersion: BACKUP_FORMAT_VERSION,
        appVersion: appVersion(),
        createdAt: new Date().toISOString(),
        source: { kind: database.kind, serverVersion: server?.server_version ?? '' },
        lastMigration: level.name,
        organizations: tables.find((table) => table.name === 'organizations')?.rows ?? 0,
        tables,
      } satisfies BackupManifest;
    });
    const entry = archive.entry(MANIFEST_ENTRY);
    await entry.write(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await entry.end();
    await archive.close();
    await rename(partial, out);
    return manifest;
  } catch (error) {
    await archive.abort();
    await rm(partial, { force: true });
    throw error;
  }
}

/** One table as JSON lines (`row_to_json`, so every type keeps its exact text form), read in key order. */
async function writeTable(tx: Db, archive: ArchiveWriter, table: TableInfo): Promise<BackupTable> {
  const entry = archive.entry(tableEntry(table.name));
  const hash = createHash('sha256');
  let rows = 0;
  let after: string[] | null = null;
  for (;;) {
    const batch: Record<string, string>[] = await queryRows(tx, batchQuery(table, after));
    if (batch.length === 0) break;
    const bytes = Buffer.from(`${batch.map((row) => row.line).join('\n')}\n`);
    hash.update(bytes);
    await entry.write(bytes);
    rows += batch.length;
    const last: Record<string, string> = batch[batch.length - 1]!;
    after = (table.key ?? [{ name: 'ctid' }]).map((_, i) => last[`k${i}`]!);
    if (batch.length < BATCH_ROWS) break;
  }
  await entry.end();
  return { name: table.name, columns: table.columns, rows, sha256: hash.digest('hex') };
}

/**
 * The next batch after the key `after` (keyset pagination: each query starts where the last ended,
 * at the same cost whatever the offset). A table without a unique key is read in physical order
 * (ctid), which stays fixed inside the backup's snapshot.
 */
function batchQuery(table: TableInfo, after: string[] | null): SQL {
  const key = table.key ?? [{ name: 'ctid', type: 'tid' }];
  const columns = key.map((column) => sql`r.${sql.identifier(column.name)}`);
  const keyText = sql.join(
    key.map((column, i) => sql`r.${sql.identifier(column.name)}::text AS ${sql.identifier(`k${i}`)}`),
    sql`, `,
  );
  const where = after
    ? sql`WHERE (${sql.join(columns, sql`, `)}) > (${sql.join(
        key.map((column, i) => sql`${after[i]}::${sql.raw(column.type)}`),
        sql`, `,
      )})`
    : sql``;
  return sql`SELECT row_to_json(r)::text AS line, ${keyText}
    FROM public.${sql.identifier(table.name)} AS r ${where}
    ORDER BY ${sql.join(columns, sql`, `)} LIMIT ${BATCH_ROWS}`;
}
