import { sql } from 'drizzle-orm';
import { organizationToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { applyImport } from './applyImport';
import { ErrorBook } from './errorBook';
import { loadImportContext } from './loadContext';
import { parseImportCsv } from './parseCsv';
import { type ChangeableColumn, planChanges } from './planChanges';
import { type ImportReport, type ImportRowReport, summarise } from './report';
import { resolveRows } from './resolveRows';
import { type ImportedPerson, validateRow } from './validateRow';

export interface ImportPeopleOptions {
  organizationId: string;
  /** The login doing the import, for the audit trail; null for the operator command line. */
  actorAccountId: string | null;
  csv: string;
  /** Check and report without writing anything. */
  dryRun?: boolean;
  /** The day manager changes take effect (YYYY-MM-DD); the organisation's today by default. */
  effectiveDate?: string;
}

/**
 * Imports people from CSV, all or nothing: every row is checked first, and if any row has a
 * problem nothing is written and the report lists each problem by line and column. Otherwise
 * everything is applied in one transaction: new people with their first reporting line and a
 * login to invite, existing people (matched by employee id, then email) updated, with manager
 * changes recorded as reporting-line history, and one `person.imported` audit event per person.
 */
export async function importPeopleCsv(db: Db, options: ImportPeopleOptions): Promise<ImportReport> {
  const parsed = parseImportCsv(options.csv);
  if (!parsed.ok) {
    return summarise(
      [{ line: parsed.line, status: 'invalid', email: '', errors: parsed.errors, changes: [] }],
      false,
    );
  }
  const errors = new ErrorBook();
  const persons: ImportedPerson[] = [];
  for (const row of parsed.rows) {
    const check = validateRow(row);
    persons.push(check.person);
    errors.addAll(row.line, check.errors);
  }
  // Manager changes take effect today in the organisation's time zone unless a date is given.
  const effectiveDate = options.effectiveDate ?? (await organizationToday(db, options.organizationId));

  return inTransaction(db, async (tx) => {
    // Two imports into one organisation at once would each check against a state the other changes.
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`people-import:${options.organizationId}`}))`,
    );
    const context = await loadImportContext(tx, options.organizationId);
    const resolved = resolveRows(context, persons, errors);
    // Rows with unreadable cells have nothing sensible to plan; their errors are already recorded.
    const readable = resolved.filter((row) => !errors.has(row.person.line));
    const plan = await planChanges(tx, context, readable, effectiveDate, errors);

    const changesByLine = new Map<number, ChangeableColumn[]>(
      plan.updates.map((u) => [u.row.person.line, u.changes]),
    );
    const existingLines = new Set(plan.updates.map((u) => u.row.person.line));
    const rows = parsed.rows.map((row): ImportRowReport => {
      const rowErrors = errors.for(row.line);
      return {
        line: row.line,
        status: rowErrors.length > 0 ? 'invalid' : existingLines.has(row.line) ? 'update' : 'create',
        email: row.cells.email?.trim() ?? '',
        errors: rowErrors,
        changes: changesByLine.get(row.line) ?? [],
      };
    });
    const apply = errors.isEmpty && !options.dryRun;
    if (apply) await applyImport(tx, context, plan, options.actorAccountId);
    return summarise(rows, apply);
  });
}
