import { recordAuditEvent } from '../../platform/audit/record';
import { accounts } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { departments, jobTitles, levels, organizations, people, reportingLines } from '../tables';
import { bulkInsert, type ColumnValue } from './bulkInsert';
import type { OrganizationPlan, PlannedAccount, PlannedPerson, PlannedReportingLine } from './plan';

/**
 * Writes a planned organisation in one transaction, the large tables through `bulkInsert`.
 * Seeding is bulk data generation, not a human decision, so instead of one audit event per row it
 * records a single `org.seeded` summary.
 */
export async function writeOrganizationPlan(
  db: Db,
  plan: OrganizationPlan,
): Promise<{ organizationId: string }> {
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
      await tx.insert(jobTitles).values(
        plan.jobTitles.map((title) => ({
          organizationId,
          name: title.name,
          levelId: levelIds.get(title.level),
        })),
      );
    }

    await bulkInsert(tx, people, personColumns(organizationId, departmentIds, levelIds), plan.people);
    await bulkInsert(tx, reportingLines, lineColumns(organizationId), plan.reportingLines);
    await bulkInsert(tx, accounts, accountColumns(organizationId), plan.accounts);

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

function personColumns(
  organizationId: string,
  departmentIds: ReadonlyMap<string, string>,
  levelIds: ReadonlyMap<string, string>,
): ColumnValue<PlannedPerson>[] {
  return [
    { column: people.id, value: (person) => person.id },
    { column: people.organizationId, value: () => organizationId },
    { column: people.employeeId, value: (person) => person.employeeId },
    { column: people.email, value: (person) => person.email },
    { column: people.givenName, value: (person) => person.givenName },
    { column: people.familyName, value: (person) => person.familyName },
    { column: people.jobTitle, value: (person) => person.jobTitle },
    { column: people.levelId, value: (person) => levelIds.get(person.level) ?? null },
    { column: people.departmentId, value: (person) => departmentIds.get(person.department) ?? null },
    { column: people.location, value: (person) => person.location },
    { column: people.timezone, value: (person) => person.timezone },
    { column: people.hireDate, value: (person) => person.hireDate },
    { column: people.status, value: (person) => person.status },
    { column: people.terminatedOn, value: (person) => person.terminatedOn },
    { column: people.managerId, value: (person) => person.managerId },
  ];
}

function lineColumns(organizationId: string): ColumnValue<PlannedReportingLine>[] {
  return [
    { column: reportingLines.organizationId, value: () => organizationId },
    { column: reportingLines.personId, value: (line) => line.personId },
    { column: reportingLines.managerId, value: (line) => line.managerId },
    { column: reportingLines.validFrom, value: (line) => line.validFrom },
    { column: reportingLines.validTo, value: (line) => line.validTo },
  ];
}

function accountColumns(organizationId: string): ColumnValue<PlannedAccount>[] {
  return [
    { column: accounts.organizationId, value: () => organizationId },
    { column: accounts.personId, value: (account) => account.personId },
    { column: accounts.email, value: (account) => account.email },
    { column: accounts.passwordHash, value: (account) => account.passwordHash },
    { column: accounts.roles, value: (account) => account.roles },
    { column: accounts.disabledAt, value: (account) => account.disabledAt?.toISOString() ?? null },
  ];
}
