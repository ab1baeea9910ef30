import { eq, sql } from 'drizzle-orm';
import { accounts } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/client';
import { departments, levels, people, reportingLines } from '../tables';

export type ExistingPerson = Pick<
  typeof people.$inferSelect,
  | 'id'
  | 'email'
  | 'employeeId'
  | 'givenName'
  | 'familyName'
  | 'jobTitle'
  | 'levelId'
  | 'departmentId'
  | 'location'
  | 'timezone'
  | 'hireDate'
  | 'status'
  | 'terminatedOn'
  | 'managerId'
  | 'version'
>;

/**
 * Everything a row is checked against, read once up front: with thousands of rows, a query per row
 * (or per manager reference) would dominate the import time.
 */
export interface ImportContext {
  organizationId: string;
  peopleById: Map<string, ExistingPerson>;
  /** Keyed by lower-cased email. */
  peopleByEmail: Map<string, ExistingPerson>;
  peopleByEmployeeId: Map<string, ExistingPerson>;
  /** Keyed by lower-cased code. */
  levelsByCode: Map<string, { id: string; code: string }>;
  /** Keyed by lower-cased name. */
  departmentsByName: Map<string, { id: string; name: string }>;
}

export async function loadImportContext(tx: Db, organizationId: string): Promise<ImportContext> {
  // One after another: these may run on a single transaction connection, which cannot overlap queries.
  const personRows = await tx
    .select({
      id: people.id,
      email: people.email,
      employeeId: people.employeeId,
      givenName: people.givenName,
      familyName: people.familyName,
      jobTitle: people.jobTitle,
      levelId: people.levelId,
      departmentId: people.departmentId,
      location: people.location,
      timezone: people.timezone,
      hireDate: people.hireDate,
      status: people.status,
      terminatedOn: people.terminatedOn,
      managerId: people.managerId,
      version: people.version,
    })
    .from(people)
    .where(eq(people.organizationId, organizationId));
  const levelRows = await tx
    .select({ id: levels.id, code: levels.code })
    .from(levels)
    .where(eq(levels.organizationId, organizationId))
    .orderBy(levels.code);
  const departmentRows = await tx
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.organizationId, organizationId));
  const context: ImportContext = {
    organizationId,
    peopleById: new Map(),
    peopleByEmail: new Map(),
    peopleByEmployeeId: new Map(),
    levelsByCode: new Map(levelRows.map((level) => [level.code.toLowerCase(), level])),
    departmentsByName: new Map(
      departmentRows.map((department) => [department.name.toLowerCase(), department]),
    ),
  };
  for (const person of personRows) {
    context.peopleById.set(person.id, person);
    context.peopleByEmail.set(person.email.toLowerCase(), person);
    if (person.employeeId) context.peopleByEmployeeId.set(person.employeeId, person);
  }
  return context;
}

/** Logins (in any organisation: login emails are unique across the install) holding these emails. */
export async function loadAccountsByEmail(tx: Db, emails: readonly string[]) {
  const found = new Map<string, { personId: string | null; organizationId: string }>();
  if (emails.length === 0) return found;
  const rows = await tx
    .select({ email: accounts.email, personId: accounts.personId, organizationId: accounts.organizationId })
    .from(accounts)
    .where(
      sql`lower(${accounts.email}) = ANY(${sql.param(emails.map((email) => email.toLowerCase()))}::text[])`,
    );
  for (const row of rows) found.set(row.email.toLowerCase(), row);
  return found;
}

export type StoredReportingLine = Pick<
  typeof reportingLines.$inferSelect,
  'id' | 'personId' | 'managerId' | 'validFrom' | 'validTo'
>;

/** Reporting histories of the given people, oldest line first. */
export async function loadReportingLines(tx: Db, personIds: readonly string[]) {
  const byPerson = new Map<string, StoredReportingLine[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await tx
    .select({
      id: reportingLines.id,
      personId: reportingLines.personId,
      managerId: reportingLines.managerId,
      validFrom: reportingLines.validFrom,
      validTo: reportingLines.validTo,
    })
    .from(reportingLines)
    .where(sql`${reportingLines.personId} = ANY(${sql.param([...personIds])}::uuid[])`)
    .orderBy(reportingLines.validFrom, reportingLines.createdAt);
  for (const row of rows) {
    const list = byPerson.get(row.personId) ?? [];
    list.push(row);
    byPerson.set(row.personId, list);
  }
  return byPerson;
}
