import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importColumns } from '../../org/import/columns';
import { importPeopleCsv } from '../../org/import/importPeopleCsv';
import type { ImportReport } from '../../org/import/report';
import { type Command, UsageError, withDatabase } from '../command';
import { requireOrganization } from '../organizations';
import { formatTable } from '../table';

const usage = `trellis import-people FILE.csv --org SLUG [--dry-run]

  Checks every row first and imports nothing if any row is invalid (exit code 1).
  Existing people are matched by employee_id, then email, and updated; everyone else is added.
  --dry-run   Check and show what would happen without writing anything.

  Columns (header row, any order, case-insensitive; email, given_name, family_name, hire_date required):
  ${importColumns.join(', ')}`;

export const importPeopleCommand: Command = {
  name: 'import-people',
  summary: 'Import people from a CSV file (all rows or none)',
  usage,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      options: { org: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('Give exactly one CSV file.');
    const file = positionals[0]!;
    let csv: string;
    try {
      csv = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const dryRun = values['dry-run'] ?? false;
    const report = await withDatabase(context, async (database) => {
      const organization = await requireOrganization(database.db, values.org);
      return importPeopleCsv(database.db, {
        organizationId: organization.id,
        actorAccountId: null,
        csv,
        dryRun,
      });
    });
    for (const line of reportLines(report)) context.out(line);
    context.out('');
    context.out(summaryLine(report, dryRun));
    return report.invalid > 0 ? 1 : 0;
  },
};

/** One table row per file row and one more per further problem on the same row. */
export function reportLines(report: ImportReport): string[] {
  const rows: string[][] = [];
  for (const row of report.rows) {
    const [first, ...more] = row.errors;
    const detail = first
      ? [first.field, first.message]
      : ['', row.changes.length > 0 ? `changes ${row.changes.join(', ')}` : ''];
    rows.push([String(row.line), row.status, row.email, ...detail]);
    for (const error of more) rows.push(['', '', '', error.field, error.message]);
  }
  return formatTable(['line', 'status', 'email', 'column', 'detail'], rows);
}

function summaryLine(report: ImportReport, dryRun: boolean): string {
  const counts = `${report.created} to create, ${report.updated} to update, ${report.invalid} invalid`;
  if (report.invalid > 0) return `Nothing was imported: fix the invalid rows and run again (${counts}).`;
  if (dryRun) return `Dry run, nothing written: ${counts}.`;
  return `Imported: ${report.created} created, ${report.updated} updated.`;
}
