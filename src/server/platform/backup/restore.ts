import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { type AuditVerification, verifyAuditChain } from '../audit/verify';
import { type Database, type Db, queryRows } from '../db/client';
import { migrateDatabase, migrationNames } from '../db/migrate';
import { safeErrorSummary } from '../errors/logSafe';
import { type ArchiveIndex, readArchiveEntry, readArchiveIndex, splitLines } from './archive';
import { listForeignKeys, listSequenceColumns, listTables, planLoad, type TableInfo } from './catalog';
import { BackupError } from './errors';
import { appliedMigrationLevel } from './level';
import { type BackupManifest, type BackupTable, tableEntry } from './manifest';
import { readManifest } from './readManifest';

/** Rows per INSERT, and at most this many bytes of JSON in one statement. */
const BATCH_ROWS = 1000;
const BATCH_BYTES = 4 * 1024 * 1024;

export interface RestoreBackupOptions {
  /** An empty database (no rows in any table; it may be migrated up to the backup's level). */
  database: Database;
  file: string;
  /** Told after each table is loaded, for progress reports. */
  onTable?: (table: BackupTable) => void;
}

export interface RestoreSummary {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  organizations: number;
  /** Migrations applied after loading, to bring the backup up to this version. */
  migrationsAfterLoad: number;
  chains: ({ slug: string } & AuditVerification)[];
}

/**
 * Restores a backup into an empty database: builds the schema up to the backup's migration, loads
 * every table in one transaction (parents before children; each table's checksum and row count
 * checked as it is read, so a damaged or altered file leaves the database empty), continues the
 * sequences, migrates to this version's latest schema, then verifies every organisation's audit
 * chain. A broken chain is reported, not undone: the rows are the backup's, faithfully.
 */
export async function restoreBackup(options: RestoreBackupOptions): Promise<RestoreSummary> {
  const { database, file } = options;
  const index = await readArchiveIndex(file).catch((error) => {
    throw new BackupError(
      'backup_unreadable',
      `${file} is not a Trellis backup (${(error as Error).message}).`,
    );
  });
  const manifest = await readManifest(file, index);
  const known = migrationNames();
  const backupLevel = known.indexOf(manifest.lastMigration) + 1;
  if (backupLevel === 0) {
    throw new BackupError(
      'backup_newer_schema',
      `This backup was made by a newer Trellis (${manifest.appVersion}, migration ${manifest.lastMigration}); restore it with that version or a later one.`,
    );
  }

  // A damaged or altered file is refused before anything touches the database.
  await checkArchive(file, index, manifest);
  await refuseUnlessEmpty(database.db);
  const target = await appliedMigrationLevel(database.db);
  if (target.count > backupLevel) {
    throw new BackupError(
      'restore_target_ahead',
      `The database is already migrated past the backup's level (${manifest.lastMigration}); restore into a new, empty database.`,
    );
  }
  await migrateDatabase(database, { upTo: manifest.lastMigration });

  const tables = await listTables(database.db);
  checkSameSchema(manifest, tables);
  const plan = planLoad(tables, await listForeignKeys(database.db));
  const byName = new Map(tables.map((table) => [table.name, table]));
  const expected = new Map(manifest.tables.map((table) => [table.name, table]));

  let rows = 0;
  await database.db.transaction(async (tx) => {
    for (const [name, columns] of plan.deferred) await createPatchTable(tx, byName.get(name)!, columns);
    for (const name of plan.order) {
      const table = byName.get(name)!;
      const entry = index.get(tableEntry(name));
      if (!entry) throw new BackupError('backup_unreadable', `The backup has no data for table ${name}.`);
      const loaded = await loadTable(
        tx,
        table,
        plan.deferred.get(name) ?? [],
        readArchiveEntry(file, entry),
      ).catch((error: unknown) => {
        throw loadFailure(name, error);
      });
      // Checked again as loaded: the file may have changed since the first pass.
      const want = expected.get(name)!;
      checkTable(want, loaded);
      rows += loaded.rows;
      options.onTable?.(want);
    }
    for (const [name, columns] of plan.deferred) await applyPatch(tx, byName.get(name)!, columns);
    for (const { table, column, sequence } of await listSequenceColumns(tx)) {
      await tx.execute(
        sql`SELECT setval(${sequence}, COALESCE((SELECT max(${sql.identifier(column)}) FROM public.${sql.identifier(table)}), 0) + 1, false)`,
      );
    }
  });

  const { applied } = await migrateDatabase(database);
  const organizations = await queryRows<{ id: string; slug: string }>(
    database.db,
    sql`SELECT id, slug FROM organizations ORDER BY slug`,
  );
  const chains = [];
  for (const organization of organizations) {
    chains.push({ slug: organization.slug, ...(await verifyAuditChain(database.db, organization.id)) });
  }
  return {
    manifest,
    tables: manifest.tables.length,
    rows,
    organizations: organizations.length,
    migrationsAfterLoad: applied,
    chains,
  };
}

/**
 * The database's own reason (a constraint, a value its type refuses), without the failed
 * statement's parameters: those are the rows, personal data.
 */
function loadFailure(table: string, error: unknown): BackupError {
  const reason = (error as { cause?: unknown }).cause ?? error;
  const message = safeErrorSummary(reason);
  return new BackupError(
    'restore_load_failed',
    `The rows of table ${table} could not be loaded (${message}). Nothing was restored.`,
  );
}

/** Every table's entry against its checksum and row count in the manifest. */
async function checkArchive(file: string, index: ArchiveIndex, manifest: BackupManifest) {
  for (const table of manifest.tables) {
    const entry = index.get(tableEntry(table.name));
    if (!entry) throw new BackupError('backup_unreadable', `The backup has no data for table ${table.name}.`);
    const hash = createHash('sha256');
    let rows = 0;
    try {
      for await (const line of splitLines(readArchiveEntry(file, entry), (chunk) => hash.update(chunk))) {
        if (line.length > 0) rows++;
      }
    } catch (error) {
      throw new BackupError(
        'backup_checksum_mismatch',
        `The data of table ${table.name} cannot be read (${(error as Error).message}): the file is damaged. Nothing was restored.`,
      );
    }
    checkTable(table, { rows, sha256: hash.digest('hex') });
  }
}

function checkTable(want: BackupTable, read: { rows: number; sha256: string }) {
  if (read.sha256 === want.sha256 && read.rows === want.rows) return;
  throw new BackupError(
    'backup_checksum_mismatch',
    `The data of table ${want.name} does not match the backup's manifest (${read.rows} rows read, ${want.rows} expected, checksum ${read.sha256 === want.sha256 ? 'equal' : 'different'}): the file was altered or damaged. Nothing was restored.`,
  );
}

/** Refuses a database with any row in any table: a restore never merges into or replaces data. */
async function refuseUnlessEmpty(db: Db) {
  const occupied: string[] = [];
  for (const table of await listTables(db)) {
    const [row] = await queryRows<{ found: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM public.${sql.identifier(table.name)}) AS found`,
    );
    if (row?.found) occupied.push(table.name);
  }
  if (occupied.length > 0) {
    const named =
      occupied.length > 5
        ? `${occupied.slice(0, 5).join(', ')} and ${occupied.length - 5} more`
        : occupied.join(', ');
    throw new BackupError(
      'restore_target_not_empty',
      `The database is not empty (rows in ${named}); a backup is restored only into an empty database, so nothing is overwritten or merged.`,
    );
  }
}

/** At the same migration level the schema must be the one the backup was read from, column for column. */
function checkSameSchema(manifest: BackupManifest, tables: TableInfo[]) {
  const here = new Map(tables.map((table) => [table.name, [...table.columns].sort().join(',')]));
  const there = new Map(manifest.tables.map((table) => [table.name, [...table.columns].sort().join(',')]));
  const differ = [...new Set([...here.keys(), ...there.keys()])].filter(
    (name) => here.get(name) !== there.get(name),
  );
  if (differ.length > 0) {
    throw new BackupError(
      'backup_schema_mismatch',
      `The backup's tables differ from the schema at migration ${manifest.lastMigration} (${differ.slice(0, 5).join(', ')}); it was made from a changed schema and cannot be restored safely.`,
    );
  }
}

const patchTable = (table: string) => sql.identifier(`trellis_restore_${table}`);

/** Holds the deferred references of one table until every row they point to is loaded. */
async function createPatchTable(tx: Db, table: TableInfo, columns: string[]) {
  if (!table.key)
    throw new Error(`Table ${table.name} refers to itself but has no key to fill the reference in by.`);
  const kept = [...table.key.map((column) => column.name), ...columns].map((column) =>
    sql.identifier(column),
  );
  await tx.execute(
    sql`CREATE TEMPORARY TABLE ${patchTable(table.name)} ON COMMIT DROP AS
        SELECT ${sql.join(kept, sql`, `)} FROM public.${sql.identifier(table.name)} WITH NO DATA`,
  );
}

async function applyPatch(tx: Db, table: TableInfo, columns: string[]) {
  const set = columns.map((column) => sql`${sql.identifier(column)} = p.${sql.identifier(column)}`);
  const match = table.key!.map(
    (column) => sql`t.${sql.identifier(column.name)} = p.${sql.identifier(column.name)}`,
  );
  await tx.execute(
    sql`UPDATE public.${sql.identifier(table.name)} AS t SET ${sql.join(set, sql`, `)}
        FROM pg_temp.${patchTable(table.name)} AS p WHERE ${sql.join(match, sql` AND `)}`,
  );
}

/** Loads one table's JSON lines in batches; returns what was read, to compare with the manifest. */
async function loadTable(
  tx: Db,
  table: TableInfo,
  deferred: string[],
  chunks: AsyncIterable<Buffer>,
): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  const statement = insertStatement(table, deferred);
  let rows = 0;
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    // The lines go to the database as they are: no value is parsed into JavaScript and back.
    await tx.execute(statement(`[${batch.join(',')}]`));
    rows += batch.length;
    batch = [];
    bytes = 0;
  };
  for await (const line of splitLines(chunks, (chunk) => hash.update(chunk))) {
    if (line.length === 0) continue;
    batch.push(line);
    bytes += line.length;
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return { rows, sha256: hash.digest('hex') };
}

/**
 * `json_populate_recordset` turns each JSON object back into a row of the table's own type, so
 * every column is read by PostgreSQL's input function for its type. Deferred references are
 * loaded as NULL and kept aside, with the row's key, in the patch table.
 */
function insertStatement(table: TableInfo, deferred: string[]): (json: string) => SQL {
  const name = sql.identifier(table.name);
  const columns = table.columns.map((column) => sql.identifier(column));
  const values = table.columns.map((column) =>
    deferred.includes(column) ? sql`NULL` : sql`src.${sql.identifier(column)}`,
  );
  const keep =
    deferred.length === 0
      ? sql``
      : sql`, kept AS (INSERT INTO pg_temp.${patchTable(table.name)}
            SELECT ${sql.join(
              [...table.key!.map((column) => column.name), ...deferred].map(
                (column) => sql`src.${sql.identifier(column)}`,
              ),
              sql`, `,
            )}
            FROM src WHERE ${sql.join(
              deferred.map((column) => sql`src.${sql.identifier(column)} IS NOT NULL`),
              sql` OR `,
            )})`;
  return (json) =>
    sql`WITH src AS (SELECT * FROM json_populate_recordset(NULL::public.${name}, ${json}::json))${keep}
        INSERT INTO public.${name} (${sql.join(columns, sql`, `)}) SELECT ${sql.join(values, sql`, `)} FROM src`;
}
