import { parseArgs } from 'node:util';
import { BackupError } from '../../platform/backup/errors';
import { type RestoreSummary, restoreBackup } from '../../platform/backup/restore';
import { type CliContext, type Command, UsageError } from '../command';
import { formatTable } from '../table';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a backup into an empty database (also how to move from PGlite to PostgreSQL)',
  usage: `trellis restore FILE

  Restores an archive written by "trellis backup" into the configured database, which must be empty
  (no rows in any table; a new database, before the server first starts on it). Builds the schema
  up to the backup's migration, loads every table in one transaction — checking each table's
  checksum and row count, so a damaged or altered file leaves the database empty — then applies
  this version's newer migrations and verifies every organisation's audit chain. A backup made by a
  newer Trellis is refused. Exit code 1 if anything was refused or a chain does not verify.
  To move from the embedded database to PostgreSQL: "trellis backup" with the server stopped, then
  "DATABASE_URL=postgres://… trellis restore FILE".`,
  async run(args, context) {
    const { positionals } = parseArgs({ args, options: {}, strict: true, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('Name one backup file to restore.');
    const file = positionals[0]!;
    // Not migrated on opening: the restore builds the schema up to the backup's level itself.
    const database = await context.openDatabase({ migrate: false });
    let summary: RestoreSummary;
    try {
      summary = await restoreBackup({ database, file });
      await database.refreshStatistics();
    } catch (error) {
      return refused(context, 'restore', error);
    } finally {
      await database.close();
    }
    context.out(`Restored ${file} into ${context.databaseLabel}.`);
    return printRestoreSummary(context, summary);
  },
};

/** A refusal with its stable code and reason (exit code 1); anything else is rethrown. */
export function refused(context: CliContext, command: string, error: unknown): number {
  if (!(error instanceof BackupError)) throw error;
  context.err(`trellis ${command}: ${error.message} [${error.code}]`);
  return 1;
}

/** What a restore (or a verification) found; 1 when an audit chain does not verify. */
export function printRestoreSummary(context: CliContext, summary: RestoreSummary): number {
  const { manifest } = summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  context.out(
    `Backup of ${manifest.createdAt} by Trellis ${manifest.appVersion} (${manifest.source.kind}, migration ${manifest.lastMigration}).`,
  );
  context.out(
    `${plural(summary.tables, 'table')}, ${plural(summary.rows, 'row')}, ${plural(summary.organizations, 'organisation')}; every table matched its checksum and row count.`,
  );
  if (summary.migrationsAfterLoad > 0) {
    context.out(`Applied ${plural(summary.migrationsAfterLoad, 'newer migration')} after loading.`);
  }
  if (summary.chains.length > 0) {
    const rows = summary.chains.map((chain) => [
      chain.slug,
      String(chain.checked),
      chain.ok ? 'intact' : `BROKEN at position ${chain.brokenAt} (${chain.reason})`,
    ]);
    for (const line of formatTable(['organisation', 'audit events', 'chain'], rows)) context.out(line);
  }
  const broken = summary.chains.filter((chain) => !chain.ok);
  if (broken.length > 0) {
    context.err(
      `The audit log of ${broken.map((chain) => chain.slug).join(', ')} does not verify: it was altered before the backup was made, or in the file.`,
    );
    return 1;
  }
  return 0;
}
