import { sql } from 'drizzle-orm';
import { type AuditInput, recordAuditEvents } from '../../platform/audit/record';
import { followDirectoryEmail } from '../../platform/auth/loginEmail';
import { accounts } from '../../platform/auth/tables';
import { type Db, queryRows } from '../../platform/db/client';
import { AppError } from '../../platform/errors/appError';
import { bulkInsert } from '../seed/bulkInsert';
import { departments, people, reportingLines } from '../tables';
import type { ImportContext } from './loadContext';
import { changeableFields, type ImportPlan, type PersonValues } from './planChanges';

/**
 * Writes a checked plan inside the caller's transaction. Each statement handles all rows at once
 * (arrays unnested server-side), and the audit events go to the chain as one batch, so the number
 * of round trips does not grow with the file (beyond one statement per 10,000 rows, or 500 events).
 */
export async function applyImport(
  tx: Db,
  context: ImportContext,
  plan: ImportPlan,
  actorAccountId: string | null,
): Promise<void> {
  const { organizationId } = context;
  const departmentIds = new Map(
    [...context.departmentsByName].map(([key, department]) => [key, department.id]),
  );
  if (plan.newDepartments.length > 0) {
    const created = await tx
      .insert(departments)
      .values(plan.newDepartments.map((name) => ({ organizationId, name })))
      .returning({ id: departments.id, name: departments.name });
    for (const department of created) departmentIds.set(department.name.toLowerCase(), department.id);
  }
  const departmentIdOf = (values: PersonValues) =>
    'name' in values.department
      ? departmentIds.get(values.department.name.toLowerCase())!
      : values.department.id;

  await bulkInsert(
    tx,
    people,
    [
      { column: people.id, value: ({ row }) => row.id },
      { column: people.organizationId, value: () => organizationId },
      { column: people.employeeId, value: ({ values }) => values.employeeId },
      { column: people.email, value: ({ values }) => values.email },
      { column: people.givenName, value: ({ values }) => values.givenName },
      { column: people.familyName, value: ({ values }) => values.familyName },
      { column: people.jobTitle, value: ({ values }) => values.jobTitle },
      { column: people.levelId, value: ({ values }) => values.levelId },
      { column: people.departmentId, value: ({ values }) => departmentIdOf(values) },
      { column: people.location, value: ({ values }) => values.location },
      { column: people.timezone, value: ({ values }) => values.timezone },
      { column: people.hireDate, value: ({ values }) => values.hireDate },
      { column: people.status, value: ({ values }) => values.status },
      { column: people.managerId, value: ({ values }) => values.managerId },
    ],
    plan.creates,
  );
  // Like people added one by one: each gets a login without a password, to be invited later.
  await bulkInsert(
    tx,
    accounts,
    [
      { column: accounts.organizationId, value: () => organizationId },
      { column: accounts.personId, value: ({ row }) => row.id },
      { column: accounts.email, value: ({ values }) => values.email },
    ],
    plan.creates,
  );

  const changed = plan.updates.filter((update) => update.changes.length > 0);
  await updatePeople(tx, changed, departmentIdOf);
  const newEmails = changed.filter((update) => update.changes.includes('email'));
  // Sign-in addresses follow only for logins without a password (see followDirectoryEmail).
  await followDirectoryEmail(
    tx,
    newEmails.map((update) => update.row.id),
  );
  await writeReportingLines(tx, organizationId, plan);

  // One batch for the whole file: one chain lock and one read of the chain head, not one per person.
  const imported = (targetId: string, before: unknown, after: unknown): AuditInput => ({
    organizationId,
    actorAccountId,
    action: 'person.imported',
    targetType: 'person',
    targetId,
    before,
    after,
  });
  await recordAuditEvents(tx, organizationId, [
    ...plan.creates.map(({ row, values }) =>
      imported(row.id, undefined, {
        ...values,
        department: undefined,
        departmentId: departmentIdOf(values),
        line: row.person.line,
      }),
    ),
    ...changed.map(({ row, existing, values, changes }) => {
      const after: Record<string, unknown> = { ...values, departmentId: departmentIdOf(values) };
      const fields = changes.map((column) => changeableFields[column]);
      return imported(row.id, Object.fromEntries(fields.map((field) => [field, existing[field]])), {
        ...Object.fromEntries(fields.map((field) => [field, after[field]])),
        line: row.person.line,
      });
    }),
  ]);
}

/**
 * One UPDATE for every changed person. It only touches the version that was read during the
 * checks: if someone edited a person meanwhile, the import stops instead of overwriting that edit.
 */
async function updatePeople(
  tx: Db,
  changed: ImportPlan['updates'],
  departmentIdOf: (values: PersonValues) => string | null,
) {
  if (changed.length === 0) return;
  const column = <T>(pick: (update: ImportPlan['updates'][number]) => T) => sql.param(changed.map(pick));
  const updated = await queryRows<{ id: string }>(
    tx,
    sql`
    UPDATE people p SET
      email = u.email, given_name = u.given_name, family_name = u.family_name, employee_id = u.employee_id,
      job_title = u.job_title, department_id = u.department_id, level_id = u.level_id, location = u.location,
      timezone = u.timezone, hire_date = u.hire_date, status = u.status, manager_id = u.manager_id,
      version = p.version + 1, updated_at = now()
    FROM unnest(
      ${column((u) => u.row.id)}::uuid[], ${column((u) => u.existing.version)}::int[],
      ${column((u) => u.values.email)}::text[], ${column((u) => u.values.givenName)}::text[],
      ${column((u) => u.values.familyName)}::text[], ${column((u) => u.values.employeeId)}::text[],
      ${column((u) => u.values.jobTitle)}::text[], ${column((u) => departmentIdOf(u.values))}::uuid[],
      ${column((u) => u.values.levelId)}::uuid[], ${column((u) => u.values.location)}::text[],
      ${column((u) => u.values.timezone)}::text[], ${column((u) => u.values.hireDate)}::date[],
      ${column((u) => u.values.status)}::text[], ${column((u) => u.values.managerId)}::uuid[]
    ) AS u(id, version, email, given_name, family_name, employee_id, job_title, department_id, level_id,
           location, timezone, hire_date, status, manager_id)
    WHERE p.id = u.id AND p.version = u.version
    RETURNING p.id`,
  );
  if (updated.length !== changed.length) {
    throw new AppError(
      'version_conflict',
      'Someone changed people in this file while it was being imported. Nothing was imported; run the import again.',
    );
  }
}

async function writeReportingLines(tx: Db, organizationId: string, plan: ImportPlan) {
  const { close, retarget, moveStart, insert } = plan.lines;
  if (close.length > 0) {
    await tx.execute(sql`
      UPDATE reporting_lines r SET valid_to = u.valid_to
      FROM unnest(${sql.param(close.map((c) => c.id))}::uuid[], ${sql.param(close.map((c) => c.validTo))}::date[]) AS u(id, valid_to)
      WHERE r.id = u.id`);
  }
  if (retarget.length > 0) {
    await tx.execute(sql`
      UPDATE reporting_lines r SET manager_id = u.manager_id
      FROM unnest(${sql.param(retarget.map((c) => c.id))}::uuid[], ${sql.param(retarget.map((c) => c.managerId))}::uuid[]) AS u(id, manager_id)
      WHERE r.id = u.id`);
  }
  if (moveStart.length > 0) {
    await tx.execute(sql`
      UPDATE reporting_lines r SET valid_from = u.valid_from
      FROM unnest(${sql.param(moveStart.map((c) => c.id))}::uuid[], ${sql.param(moveStart.map((c) => c.validFrom))}::date[]) AS u(id, valid_from)
      WHERE r.id = u.id`);
  }
  await bulkInsert(
    tx,
    reportingLines,
    [
      { column: reportingLines.organizationId, value: () => organizationId },
      { column: reportingLines.personId, value: (line) => line.personId },
      { column: reportingLines.managerId, value: (line) => line.managerId },
      { column: reportingLines.validFrom, value: (line) => line.validFrom },
    ],
    insert,
  );
}
