import type { PgTable } from 'drizzle-orm/pg-core';
import { recordAuditEvent } from '../../platform/audit/record';
import { accounts } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { departments, jobTitles, levels, organizations, people, reportingLines } from '../tables';
import type { OrganizationPlan } from './plan';

/** PostgreSQL accepts at most 65,535 bind parameters per statement; stay well below it. */
const maxParametersPerStatement = 60_000;
const maxRowsPerStatement = 5_000;

/**
 * Writes a planned organisation in one transaction with multi-row INSERTs, a few thousand rows at
 * a time. Seeding is bulk data generation, not a human decision, so instead of one audit event
 * per row it records a single `org.seeded` summary.
 */
export async function writeOrganizationPlan(db: Db, plan: OrganizationPlan): Promise<{ organizationId: string }> {
  return inTransaction(db, async (tx) => {
    const [organization] = await tx
      .insert(organizations)
      .values({ slug: plan.slug, name: plan.name })
      .returning({ id: organizations.id });
    const organizationId = organization!.id;

    const departmentIds = new Map<string, string>();
    if (plan.departments.length > 0) {
      const rows = await tx
        .insert(departments)
        .values(plan.departments.map((name) => ({ organizationId, name })))
        .returning({ id: departments.id, name: departments.name });
      for (const row of rows) departmentIds.set(row.name, row.id);
    }

    const levelIds = new Map<string, string>();
    const levelRows = await tx
      .insert(levels)
      .values(plan.levels.map((level) => ({ organizationId, ...level })))
      .returning({ id: levels.id, code: levels.code });
    for (const row of levelRows) levelIds.set(row.code, row.id);

    if (plan.jobTitles.length > 0) {
      await tx
        .insert(jobTitles)
        .values(plan.jobTitles.map((title) => ({ organizationId, name: title.name, levelId: levelIds.get(title.level) })));
    }

    await insertInBatches(
      tx,
      people,
      plan.people.map((person) => ({
        id: person.id,
        organizationId,
        employeeId: person.employeeId,
        email: person.email,
        givenName: person.givenName,
        familyName: person.familyName,
        jobTitle: person.jobTitle,
        levelId: levelIds.get(person.level) ?? null,
        departmentId: departmentIds.get(person.department) ?? null,
        location: person.location,
        timezone: person.timezone,
        hireDate: person.hireDate,
        status: person.status,
        terminatedOn: person.terminatedOn,
        managerId: person.managerId,
      })),
    );
    await insertInBatches(
      tx,
      reportingLines,
      plan.reportingLines.map((line) => ({ organizationId, ...line })),
    );
    await insertInBatches(
      tx,
      accounts,
      plan.accounts.map((account) => ({ organizationId, ...account })),
    );

    await recordAuditEvent(tx, {
      organizationId,
      actorAccountId: null,
      action: 'org.seeded',
      targetType: 'organization',
      targetId: organizationId,
      after: {
        slug: plan.slug,
        people: plan.people.length,
        departments: plan.departments.length,
        reportingLines: plan.reportingLines.length,
        accounts: plan.accounts.length,
      },
    });
    return { organizationId };
  });
}

/**
 * Multi-row INSERTs sized by column count. Rows keep their order across batches, which is what
 * lets a manager's row land before any report's row that refers to it.
 */
export async function insertInBatches<T extends PgTable>(
  tx: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).length;
  const batchSize = Math.max(1, Math.min(maxRowsPerStatement, Math.floor(maxParametersPerStatement / columns)));
  for (let start = 0; start < rows.length; start += batchSize) {
    await tx.insert(table).values(rows.slice(start, start + batchSize) as T['$inferInsert'][]);
  }
}
