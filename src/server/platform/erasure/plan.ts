import { type SQL, sql } from 'drizzle-orm';
import { countAuditRedactions, redactAuditEvents } from '../audit/redact';
import { type Db, queryRows } from '../db/client';
import type { ErasureOperation, ErasurePlanLine, ErasureSubject, PersonalDataEraser } from './types';

interface Step {
  domain: string;
  operation: ErasureOperation;
}

const steps = (erasers: readonly PersonalDataEraser[], subject: ErasureSubject): Step[] =>
  erasers.flatMap((eraser) =>
    eraser.operations(subject).map((operation) => ({ domain: eraser.domain, operation })),
  );

const line = ({ domain, operation }: Step, rows: number): ErasurePlanLine => ({
  domain,
  table: operation.table,
  kind: operation.kind,
  dataClass: operation.dataClass,
  action: operation.action,
  reason: operation.reason,
  rows,
});

const idOf = (operation: ErasureOperation) =>
  operation.idColumn === null ? sql`NULL::text` : sql`${sql.identifier(operation.idColumn ?? 'id')}::text`;

/** Audit events about the rows of this step are redacted (the person's own records). */
const redactsTargets = (operation: ErasureOperation) =>
  operation.action !== 'keep' && !operation.othersRecord;

/** The audit line of a plan: events redacted (their chain stays intact). */
const auditLine = (rows: number): ErasurePlanLine => ({
  domain: 'audit',
  table: 'audit_events',
  kind: 'Audit events by, about or naming the person',
  dataClass: 'audit',
  action: 'anonymise',
  reason:
    'Actor, record and payloads blanked and marked with this erasure; the hash chain still verifies over the stored digests',
  rows,
});

function redactionScope(subject: ErasureSubject, targetIds: string[], identifiers: string[]) {
  return {
    organizationId: subject.organizationId,
    accountId: subject.accountId,
    targetIds: [subject.personId, ...(subject.accountId ? [subject.accountId] : []), ...targetIds],
    identifiers: [subject.personId, ...(subject.accountId ? [subject.accountId] : []), ...identifiers],
  };
}

/**
 * The dry run: every step's rows counted, nothing written. `identifiers` are the texts that name
 * the person in an audit payload (email, full name). The counts equal what `executeErasurePlan`
 * then changes in the same state of the database, because each step selects with the same
 * condition and erasers order their steps so that no step's rows depend on an earlier one.
 */
export async function planErasure(
  db: Db,
  erasers: readonly PersonalDataEraser[],
  subject: ErasureSubject,
  identifiers: string[],
): Promise<ErasurePlanLine[]> {
  const lines: ErasurePlanLine[] = [];
  const targetIds: string[] = [];
  for (const step of steps(erasers, subject)) {
    const { table, where } = step.operation;
    const rows = await queryRows<{ id: string | null }>(
      db,
      sql`SELECT ${idOf(step.operation)} AS id FROM ${sql.identifier(table)} WHERE ${where}`,
    );
    if (redactsTargets(step.operation)) for (const row of rows) if (row.id) targetIds.push(row.id);
    lines.push(line(step, rows.length));
  }
  lines.push(auditLine(await countAuditRedactions(db, redactionScope(subject, targetIds, identifiers))));
  return lines;
}

/** Runs every step in the caller's transaction, then redacts the audit events in scope. */
export async function executeErasurePlan(
  tx: Db,
  erasers: readonly PersonalDataEraser[],
  subject: ErasureSubject,
  identifiers: string[],
  erasureRequestId: string,
): Promise<ErasurePlanLine[]> {
  const lines: ErasurePlanLine[] = [];
  const targetIds: string[] = [];
  for (const step of steps(erasers, subject)) {
    const { table, where, action, set } = step.operation;
    const target = sql.identifier(table);
    let statement: SQL;
    if (action === 'delete')
      statement = sql`DELETE FROM ${target} WHERE ${where} RETURNING ${idOf(step.operation)} AS id`;
    else if (action === 'anonymise') {
      if (!set) throw new Error(`erasure step ${step.domain}/${table} anonymises without a SET list`);
      statement = sql`UPDATE ${target} SET ${set} WHERE ${where} RETURNING ${idOf(step.operation)} AS id`;
    } else statement = sql`SELECT ${idOf(step.operation)} AS id FROM ${target} WHERE ${where}`;
    const rows = await queryRows<{ id: string | null }>(tx, statement);
    if (redactsTargets(step.operation)) for (const row of rows) if (row.id) targetIds.push(row.id);
    lines.push(line(step, rows.length));
  }
  const redacted = await redactAuditEvents(tx, {
    ...redactionScope(subject, targetIds, identifiers),
    erasureRequestId,
  });
  lines.push(auditLine(redacted));
  return lines;
}

/** Every `table.column` the erasers account for (the completeness test compares with the database). */
export function coveredColumns(erasers: readonly PersonalDataEraser[], subject: ErasureSubject): Set<string> {
  return new Set(steps(erasers, subject).flatMap((step) => step.operation.covers));
}
