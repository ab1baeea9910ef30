import { randomUUID } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import {
  type PayImportColumn,
  payImportColumns,
  payImportRequired,
} from '../../../../../contracts/compensation/payImport';
import { issue } from '../../../../../contracts/issues';
import { ErrorBook } from '../../../../org/import/errorBook';
import { loadImportContext } from '../../../../org/import/loadContext';
import { parseCsv } from '../../../../org/import/parseCsv';
import {
  fieldError,
  type ImportReport,
  type ImportRowReport,
  summarise,
} from '../../../../org/import/report';
import { type AuditInput, recordAuditEvents } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { logPayImportAccess } from '../access';
import { payAuditShape } from '../commands/addPayRecord';
import type { PayRecordRow } from '../queries';
import { payRecords } from '../tables';
import { type ImportedPay, payColumnOf, readPayRow } from './payRows';

export interface ImportPayOptions {
  /** The HR admin importing (the route checks the role). */
  actor: Actor;
  csv: string;
  /** Check and report without writing anything. */
  dryRun?: boolean;
}

const spec = { columns: payImportColumns, required: payImportRequired, noRows: issue('importNoRows') };

/** Rows per INSERT: 14 parameters each, well under PostgreSQL's limit per statement. */
const ROWS_PER_INSERT = 2000;

/**
 * Imports pay records from CSV, all or nothing, like the people import: every row is checked first
 * (cells, the person, one row per person and date), and if any row is invalid nothing is written and
 * the report names each problem by line and column. Otherwise every row becomes a new pay record in
 * one transaction, with one audit event each. A row for a date that already has a record is a
 * correction (status `update`, the changed columns listed) unless it says the same, in which case
 * nothing is written for it; the old record stays as history either way. Each person named is an
 * access to their pay and lands on their access log.
 */
export async function importPayCsv(db: Db, options: ImportPayOptions): Promise<ImportReport> {
  const parsed = parseCsv<PayImportColumn>(options.csv, spec);
  if (!parsed.ok) return fileRefused(parsed.line, parsed.errors);
  if (!parsed.columns.has('email') && !parsed.columns.has('employee_id'))
    return fileRefused(1, [fieldError('email', issue('importPersonRequired'))]);
  const { actor } = options;
  const { organizationId } = actor;

  return inTransaction(db, async (tx) => {
    // Two imports into one organisation at once would each compare against what the other writes.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`pay-import:${organizationId}`}))`);
    const context = await loadImportContext(tx, organizationId);
    const errors = new ErrorBook();
    const labels = new Map<number, string>();
    const rows: ImportedPay[] = [];
    const firstLineOf = new Map<string, number>();
    for (const row of parsed.rows) {
      const read = readPayRow(row, context);
      labels.set(row.line, read.label);
      errors.addAll(row.line, read.errors);
      if (!read.pay) continue;
      const key = `${read.pay.personId}|${read.pay.effectiveFrom}`;
      const first = firstLineOf.get(key);
      if (first !== undefined)
        errors.add(row.line, 'effective_from', issue('importSamePayDate', { line: first }));
      else firstLineOf.set(key, row.line);
      rows.push(read.pay);
    }

    const onFile = await recordsOnDates(tx, organizationId, rows);
    const changesByLine = new Map<number, string[]>();
    for (const pay of rows) {
      const existing = onFile.get(`${pay.personId}|${pay.effectiveFrom}`);
      if (existing) changesByLine.set(pay.line, changedColumns(existing, pay));
    }
    await logPayImportAccess(
      tx,
      actor,
      rows.map((pay) => pay.personId),
    );

    const report = parsed.rows.map((row): ImportRowReport => {
      const rowErrors = errors.for(row.line);
      const changes = changesByLine.get(row.line);
      return {
        line: row.line,
        status: rowErrors.length > 0 ? 'invalid' : changes ? 'update' : 'create',
        email: labels.get(row.line) ?? '',
        errors: rowErrors,
        changes: rowErrors.length > 0 ? [] : (changes ?? []),
      };
    });
    const apply = errors.isEmpty && !options.dryRun;
    if (apply) {
      // A row that says what is already on file for its date writes nothing.
      const toWrite = rows.filter((pay) => changesByLine.get(pay.line)?.length !== 0);
      await writePay(tx, actor, toWrite, new Set(changesByLine.keys()));
    }
    return summarise(report, apply);
  });
}

function fileRefused(line: number, errors: ImportRowReport['errors']): ImportReport {
  return summarise([{ line, status: 'invalid', email: '', errors, changes: [] }], false);
}

/** The record in effect from each (person, date) of the file, where one exists. */
async function recordsOnDates(tx: Db, organizationId: string, rows: readonly ImportedPay[]) {
  const found = new Map<string, PayRecordRow>();
  if (rows.length === 0) return found;
  const personIds = [...new Set(rows.map((pay) => pay.personId))];
  const dates = [...new Set(rows.map((pay) => pay.effectiveFrom))];
  const stored = await tx
    .selectDistinctOn([payRecords.personId, payRecords.effectiveFrom])
    .from(payRecords)
    .where(
      sql`${payRecords.organizationId} = ${organizationId}
          AND ${payRecords.personId} = ANY(${sql.param(personIds)}::uuid[])
          AND ${payRecords.effectiveFrom} = ANY(${sql.param(dates)}::date[])`,
    )
    .orderBy(payRecords.personId, payRecords.effectiveFrom, desc(payRecords.createdAt), desc(payRecords.id));
  for (const row of stored) found.set(`${row.personId}|${row.effectiveFrom}`, row);
  return found;
}

/** The file's columns whose values differ from the record on file for the same date. */
function changedColumns(existing: PayRecordRow, pay: ImportedPay): string[] {
  return Object.entries(payColumnOf)
    .filter(
      ([field]) => existing[field as keyof typeof payColumnOf] !== pay[field as keyof typeof payColumnOf],
    )
    .map(([, column]) => column);
}

/** Inserts the checked rows in batches, each with its audit event; replacements are corrections. */
async function writePay(
  tx: Db,
  actor: Actor,
  rows: readonly ImportedPay[],
  correctedLines: ReadonlySet<number>,
) {
  const events: AuditInput[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT).map(({ line, ...pay }) => ({
      line,
      values: {
        ...pay,
        // Ids made here, so each audit event names its record without relying on RETURNING's order.
        id: randomUUID(),
        organizationId: actor.organizationId,
        reason: correctedLines.has(line) ? ('correction' as const) : ('import' as const),
        compCycleId: null,
        createdByAccountId: actor.accountId,
      },
    }));
    await tx.insert(payRecords).values(batch.map((row) => row.values));
    for (const { line, values } of batch) {
      events.push({
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        action: 'pay_record.imported',
        targetType: 'pay_record',
        targetId: values.id,
        after: { ...payAuditShape(values), line },
      });
    }
  }
  await recordAuditEvents(tx, actor.organizationId, events);
}
