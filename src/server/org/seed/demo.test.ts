import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { verifyPassword } from '../../platform/auth/passwords';
import { accounts } from '../../platform/auth/tables';
import type { Database } from '../../platform/db/client';
import { testDatabase } from '../../testing/database';
import { departments, people, reportingLines } from '../tables';
import { demoAccounts, demoPassword, seedDemoOrganization } from './demo';
import { demoManagerChangeDate } from './demoRoster';

let database: Database;
let organizationId: string;
type Person = typeof people.$inferSelect;
let everyone: Person[];
let lines: (typeof reportingLines.$inferSelect)[];
let byEmail: Map<string, Person>;
let byId: Map<string, Person>;

beforeAll(async () => {
  database = await testDatabase();
  ({ organizationId } = await seedDemoOrganization(database.db));
  everyone = rosterOnly(
    await database.db.select().from(people).where(eq(people.organizationId, organizationId)),
  );
  lines = await database.db
    .select()
    .from(reportingLines)
    .where(eq(reportingLines.organizationId, organizationId));
  byEmail = new Map(everyone.map((person) => [person.email, person]));
  byId = new Map(everyone.map((person) => [person.id, person]));
}, 60_000);

/**
 * The organisation's own people. On PostgreSQL every test file shares the one demo organisation,
 * and the growth demo adds an external coach (coaching/demoSeed.ts) who has an account but stands
 * outside the org chart, with no reporting line: she is not part of what this file checks.
 */
function rosterOnly<T extends { email: string }>(rows: T[]): T[] {
  const domain = `@${demoAccounts.employee.split('@')[1]}`;
  return rows.filter((row) => row.email.endsWith(domain));
}

const managerOf = (person: Person) => (person.managerId ? byId.get(person.managerId) : undefined);

describe('seedDemoOrganization', () => {
  it('creates a sizeable organisation across departments', async () => {
    expect(everyone.length).toBeGreaterThanOrEqual(60);
    const departmentRows = await database.db
      .select()
      .from(departments)
      .where(eq(departments.organizationId, organizationId));
    expect(departmentRows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(everyone.map((person) => person.location)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(everyone.map((person) => person.email)).size).toBe(everyone.length);
  });

  it('is idempotent', async () => {
    const again = await seedDemoOrganization(database.db);
    expect(again.organizationId).toBe(organizationId);
    const count = await database.db
      .select({ id: people.id, email: people.email })
      .from(people)
      .where(eq(people.organizationId, organizationId));
    expect(rosterOnly(count)).toHaveLength(everyone.length);
  });

  it('keeps manager_id equal to the open reporting line and starts each history at the hire date', () => {
    for (const person of everyone) {
      const own = lines
        .filter((line) => line.personId === person.id)
        .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
      const open = own.filter((line) => line.validTo === null);
      expect(open).toHaveLength(1);
      expect(open[0]!.managerId).toBe(person.managerId);
      expect(own[0]!.validFrom).toBe(person.hireDate);
      const manager = managerOf(person);
      if (manager) expect(manager.hireDate <= person.hireDate).toBe(true);
      expect(person.hireDate < '2026-11-01').toBe(true);
    }
    expect(everyone.filter((person) => person.managerId === null)).toHaveLength(1);
  });

  it('is at least four reporting levels deep, with a skip-level chain above the employee login', () => {
    const employee = byEmail.get(demoAccounts.employee)!;
    const manager = managerOf(employee)!;
    expect(manager.email).toBe(demoAccounts.manager);
    const skipLevel = managerOf(manager)!;
    expect(managerOf(skipLevel)).toBeDefined();
    const depth = (person: Person): number => (person.managerId ? 1 + depth(managerOf(person)!) : 0);
    expect(Math.max(...everyone.map(depth))).toBeGreaterThanOrEqual(4);
  });

  it('records one manager change in the past year as two reporting lines', () => {
    const moved = lines.filter((line) => line.validTo === demoManagerChangeDate);
    expect(moved).toHaveLength(1);
    const history = lines.filter((line) => line.personId === moved[0]!.personId);
    expect(history).toHaveLength(2);
    const current = history.find((line) => line.validTo === null)!;
    expect(current.validFrom).toBe(demoManagerChangeDate);
    expect(current.managerId).not.toBe(moved[0]!.managerId);
  });

  it('has one leaver with a disabled login and one person on leave', async () => {
    const leavers = everyone.filter((person) => person.status === 'terminated');
    expect(leavers).toHaveLength(1);
    expect(leavers[0]!.terminatedOn?.startsWith('2026-')).toBe(true);
    expect(everyone.some((person) => person.managerId === leavers[0]!.id)).toBe(false);
    const [login] = await database.db.select().from(accounts).where(eq(accounts.personId, leavers[0]!.id));
    expect(login?.disabledAt).not.toBeNull();
    expect(everyone.filter((person) => person.status === 'on_leave')).toHaveLength(1);
  });

  it('gives the demo logins their roles and the shared password; everyone else waits for an invitation', async () => {
    const logins = rosterOnly(
      await database.db.select().from(accounts).where(eq(accounts.organizationId, organizationId)),
    );
    expect(logins).toHaveLength(everyone.length);
    const rolesOf = (email: string) => logins.find((login) => login.email === email)!.roles;
    expect(rolesOf(demoAccounts.hr)).toEqual(['hr_admin']);
    expect(rolesOf(demoAccounts.approver)).toEqual(['approver']);
    expect(rolesOf(demoAccounts.coach)).toEqual(['coach']);
    expect(rolesOf(demoAccounts.admin)).toEqual(['org_admin']);
    expect(rolesOf(demoAccounts.employee)).toEqual([]);
    const admin = logins.find((login) => login.email === demoAccounts.admin)!;
    expect(await verifyPassword(admin.passwordHash, demoPassword)).toBe(true);
    expect(logins.filter((login) => login.passwordHash !== null)).toHaveLength(
      Object.keys(demoAccounts).length,
    );
    expect(everyone.some((person) => person.managerId === admin.personId)).toBe(false);
  });

  it('places HR in People & Culture and writes one org.seeded audit event', async () => {
    const hr = byEmail.get(demoAccounts.hr)!;
    const [department] = await database.db
      .select()
      .from(departments)
      .where(eq(departments.id, hr.departmentId!));
    expect(department?.name).toBe('People & Culture');
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.action, 'org.seeded')));
    expect(events).toHaveLength(1);
  });

  it('produces the same people on every run', async () => {
    const { buildDemoPlan } = await import('./demo');
    const names = (plan: ReturnType<typeof buildDemoPlan>) =>
      plan.people.map((person) =>
        [person.email, person.jobTitle, person.hireDate, person.location].join('|'),
      );
    expect(names(buildDemoPlan('x'))).toEqual(names(buildDemoPlan('y')));
    const top = everyone.find((person) => person.managerId === null);
    expect(top?.jobTitle).toBe('Chief Executive Officer');
  });
});
