import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBackup } from '../../platform/backup/create';
import { verifyBackup } from '../../platform/backup/verify';
import { type Command, UsageError } from '../command';
import { printRestoreSummary, refused } from './restore';

const usage = `trellis backup [--out FILE]
trellis backup --verify FILE

  Writes every row of the database into one ZIP archive with a manifest (app version, last
  migration, row count and checksum per table); default name trellis-backup-<time>.zip in the
  current folder. It is one consistent moment of the database; on PostgreSQL the server may keep
  running. The embedded database (PGlite) serves one process: stop the server first.
  The archive holds personal data and password hashes: it is written readable by you only; keep
  it as carefully as the database.
  --verify FILE restores the archive into a throwaway in-memory database with every check of
  "trellis restore" (checksums, row counts, audit chains) and prints the same summary.`;

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write the whole database to one archive, or check one with --verify',
  usage,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      options: { out: { type: 'string' }, verify: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    if (values.verify !== undefined) {
      if (values.out !== undefined) throw new UsageError('--verify checks a backup; it takes no --out.');
      try {
        const summary = await verifyBackup({ file: values.verify });
        context.out(`${values.verify} restores cleanly into an empty database.`);
        return printRestoreSummary(context, summary);
      } catch (error) {
        return refused(context, 'backup --verify', error);
      }
    }
    const out = values.out ?? `trellis-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.zip`;
    // Not migrated on opening: the archive records the level the database is at.
    const database = await context.openDatabase({ migrate: false });
    try {
      const manifest = await createBackup({ database, out });
      const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
      const size = statSync(out).size;
      context.out(
        `Backed up ${context.databaseLabel}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.organizations} organisation${manifest.organizations === 1 ? '' : 's'}, migration ${manifest.lastMigration}.`,
      );
      context.out(`Wrote ${out} (${formatSize(size)}). Check it with: trellis backup --verify ${out}`);
      return 0;
    } catch (error) {
      return refused(context, 'backup', error);
    } finally {
      await database.close();
    }
  },
};

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
