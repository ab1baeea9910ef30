import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { verifyAuditChain } from '../../platform/audit/verify';
import { accounts } from '../../platform/auth/tables';
import type { Database } from '../../platform/db/client';
import { testDatabase } from '../../testing/database';
import { seedSyntheticOrganization } from '../seed/synthetic';
import { departments, people, reportingLines } from '../tables';
import { importPeopleCsv } from './importPeopleCsv';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
}, 60_000);

/** Each test gets its own small organisation (a synthetic one of 12 people with the standard levels). */
async function newOrganization() {
  const slug = `import-${randomUUID().slice(0, 8)}`;
  const { organizationId } = await seedSyntheticOrganization(database.db, { people: 12, slug, seed: 7 });
  const staff = await database.db
    .select()
    .from(people)
    .where(eq(people.organizationId, organizationId))
    .orderBy(asc(people.employeeId));
  return { organizationId, slug, staff, ceo: staff.find((person) => person.managerId === null)! };
}

const header =
  'employee_id,email,given_name,family_name,job_title,department,level,location,timezone,hire_date,manager_email,status';
const csvOf = (...lines: string[]) => [header, ...lines].join('\n');

async function peopleOf(organizationId: string) {
  return database.db.select().from(people).where(eq(people.organizationId, organizationId));
}
async function historyOf(personId: string) {
  return database.db
    .select()
    .from(reportingLines)
    .where(eq(reportingLines.personId, personId))
    .orderBy(asc(reportingLines.validFrom));
}

/** A thousand new people: ten teams of a hundred under the CEO, each listing its manager after the reports. */
function thousandRows(ceoEmail: string, slug: string) {
  const rows: string[] = [];
  for (let team = 0; team < 10; team++) {
    for (let member = 1; member < 100; member++) {
      rows.push(
        `N${team}-${member},p${team}-${member}@${slug}.test,Person,Number ${team}-${member},Analyst,Team ${team},IC2,Berlin,Europe/Berlin,2024-03-01,lead${team}@${slug}.test,active`,
      );
    }
    rows.push(
      `N${team}-0,lead${team}@${slug}.test,Lead,Number ${team},Team Lead,Team ${team},M1,Berlin,Europe/Berlin,2023-01-09,${ceoEmail},active`,
    );
  }
  return rows;
}

describe('importPeopleCsv', () => {
  it('creates a thousand people in one go, with reporting lines, logins and an audit event each', async () => {
    const { organizationId, slug, ceo } = await newOrganization();
    // Speed at scale is measured by bench/seed.bench.ts on PostgreSQL; a time limit here would only be flaky.
    const report = await importPeopleCsv(database.db, {
      organizationId,
      actorAccountId: null,
      csv: csvOf(...thousandRows(ceo.email, slug)),
    });
    expect({ created: report.created, invalid: report.invalid, applied: report.applied }).toEqual({
      created: 1_000,
      invalid: 0,
      applied: true,
    });
    const everyone = await peopleOf(organizationId);
    expect(everyone).toHaveLength(1_012);
    const lead = everyone.find((person) => person.email === `lead3@${slug}.test`)!;
    const member = everyone.find((person) => person.email === `p3-42@${slug}.test`)!;
    expect(member.managerId).toBe(lead.id);
    expect(lead.managerId).toBe(ceo.id);
    expect(await historyOf(member.id)).toMatchObject([
      { managerId: lead.id, validFrom: '2024-03-01', validTo: null },
    ]);
    const teams = await database.db
      .select()
      .from(departments)
      .where(eq(departments.organizationId, organizationId));
    expect(teams.filter((department) => department.name.startsWith('Team '))).toHaveLength(10);
    const logins = await database.db
      .select()
      .from(accounts)
      .where(eq(accounts.organizationId, organizationId));
    expect(logins).toHaveLength(1_000);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.action, 'person.imported')));
    expect(events).toHaveLength(1_000);
    // The events are written as one batch; the chain must still verify link by link.
    expect(await verifyAuditChain(database.db, organizationId)).toMatchObject({ ok: true, brokenAt: null });
  }, 60_000);

  it('imports nothing when one row of a thousand is invalid, and names its line and column', async () => {
    const { organizationId, slug, ceo } = await newOrganization();
    const rows = thousandRows(ceo.email, slug);
    rows[498] = rows[498]!.replace('2024-03-01', '2024-02-30');
    const report = await importPeopleCsv(database.db, {
      organizationId,
      actorAccountId: null,
      csv: csvOf(...rows),
    });
    expect(report.applied).toBe(false);
    expect(report.invalid).toBe(1);
    const bad = report.rows.filter((row) => row.status === 'invalid');
    // Line 1 is the header, so the 499th data row is on line 500.
    expect(bad).toEqual([
      expect.objectContaining({
        line: 500,
        errors: [{ field: 'hire_date', message: 'This date does not exist.', code: 'dateInvalid' }],
      }),
    ]);
    expect(await peopleOf(organizationId)).toHaveLength(12);
    const teams = await database.db
      .select()
      .from(departments)
      .where(eq(departments.organizationId, organizationId));
    expect(teams.some((department) => department.name.startsWith('Team '))).toBe(false);
  }, 60_000);

  it('updates people matched by employee id, and by email when the file has no employee id', async () => {
    const { organizationId, staff } = await newOrganization();
    const [first, second] = staff.slice(1, 3) as [(typeof staff)[number], (typeof staff)[number]];
    const csv = [
      'Employee ID,Email,Given Name,Family Name,Job Title,Hire Date',
      `${first.employeeId},renamed@example.test,${first.givenName},${first.familyName},Head of Things,${first.hireDate}`,
      `,${second.email.toUpperCase()},${second.givenName},Newname,${second.jobTitle},${second.hireDate}`,
    ].join('\n');
    const report = await importPeopleCsv(database.db, { organizationId, actorAccountId: null, csv });
    expect(report).toMatchObject({ created: 0, updated: 2, invalid: 0, applied: true });
    expect(report.rows.map((row) => row.changes)).toEqual([['email', 'job_title'], ['family_name']]);
    const after = new Map((await peopleOf(organizationId)).map((person) => [person.id, person]));
    expect(after.get(first.id)).toMatchObject({
      email: 'renamed@example.test',
      jobTitle: 'Head of Things',
      version: 2,
    });
    expect(after.get(first.id)!.departmentId).toBe(first.departmentId);
    expect(after.get(second.id)).toMatchObject({ familyName: 'Newname', email: second.email, version: 2 });
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, first.id), eq(auditEvents.action, 'person.imported')));
    expect(events[0]?.before).toEqual({ email: first.email, jobTitle: first.jobTitle });
  });

  it('moves the sign-in address with the email only for logins without a password', async () => {
    const { organizationId, staff } = await newOrganization();
    const [claimed, unclaimed] = staff.slice(3, 5) as [(typeof staff)[number], (typeof staff)[number]];
    // One has set a password; the other has a login that was never used.
    await database.db.insert(accounts).values([
      { organizationId, personId: claimed.id, email: claimed.email, passwordHash: 'set-by-its-owner' },
      { organizationId, personId: unclaimed.id, email: unclaimed.email },
    ]);
    const csv = [
      'Employee ID,Email,Given Name,Family Name,Hire Date',
      `${claimed.employeeId},elsewhere-1@example.test,${claimed.givenName},${claimed.familyName},${claimed.hireDate}`,
      `${unclaimed.employeeId},elsewhere-2@example.test,${unclaimed.givenName},${unclaimed.familyName},${unclaimed.hireDate}`,
    ].join('\n');
    const report = await importPeopleCsv(database.db, { organizationId, actorAccountId: null, csv });
    expect(report).toMatchObject({ updated: 2, applied: true });
    const loginOf = async (personId: string) =>
      (await database.db.select().from(accounts).where(eq(accounts.personId, personId)))[0]!.email;
    // Reset links for the claimed login still go to the address its owner signs in with.
    expect(await loginOf(claimed.id)).toBe(claimed.email);
    expect(await loginOf(unclaimed.id)).toBe('elsewhere-2@example.test');
  });

  it('keeps stored people untouched when a row matches them exactly', async () => {
    const { organizationId, staff } = await newOrganization();
    const person = staff[4]!;
    const csv = [
      'employee_id,email,given_name,family_name,hire_date',
      `${person.employeeId},${person.email},${person.givenName},${person.familyName},${person.hireDate}`,
    ].join('\n');
    const report = await importPeopleCsv(database.db, { organizationId, actorAccountId: null, csv });
    expect(report.rows[0]).toMatchObject({ status: 'update', changes: [] });
    const [after] = await database.db.select().from(people).where(eq(people.id, person.id));
    expect(after?.version).toBe(person.version);
  });

  it('records a manager change as reporting-line history', async () => {
    const { organizationId, staff } = await newOrganization();
    const mover = staff.find(
      (person) => person.managerId && person.managerId !== staff[0]!.id && person.status === 'active',
    )!;
    const newManager = staff.find(
      (person) => person.id !== mover.id && person.id !== mover.managerId && person.status === 'active',
    )!;
    const csv = [
      'employee_id,email,given_name,family_name,hire_date,manager_employee_id',
      `${mover.employeeId},${mover.email},${mover.givenName},${mover.familyName},${mover.hireDate},${newManager.employeeId}`,
    ].join('\n');
    const report = await importPeopleCsv(database.db, {
      organizationId,
      actorAccountId: null,
      csv,
      effectiveDate: '2026-09-01',
    });
    expect(report.rows[0]).toMatchObject({ status: 'update', changes: ['manager'] });
    expect(await historyOf(mover.id)).toMatchObject([
      { managerId: mover.managerId, validFrom: mover.hireDate, validTo: '2026-09-01' },
      { managerId: newManager.id, validFrom: '2026-09-01', validTo: null },
    ]);
    const [after] = await database.db.select().from(people).where(eq(people.id, mover.id));
    expect(after?.managerId).toBe(newManager.id);
  });

  it('moves the start of the history when a hire date is corrected', async () => {
    const { organizationId, staff } = await newOrganization();
    const person = staff[5]!;
    const csv = [
      'employee_id,email,given_name,family_name,hire_date',
      `${person.employeeId},${person.email},${person.givenName},${person.familyName},2026-10-20`,
    ].join('\n');
    await importPeopleCsv(database.db, { organizationId, actorAccountId: null, csv });
    expect(await historyOf(person.id)).toMatchObject([{ validFrom: '2026-10-20', validTo: null }]);
  });

  it('reports every kind of problem in one pass', async () => {
    const { organizationId, slug, ceo } = await newOrganization();
    const leaver = `x1@${slug}.test`;
    const csv = csvOf(
      `X1,${leaver},Ada,One,,,IC9,,,2025-01-01,${ceo.email},`,
      `X2,not-an-email,Bo,Two,,,,,,2025-01-01,,`,
      `X3,x3@${slug}.test,,Three,,,,,Mars/Olympus,01/02/2025,nobody@${slug}.test,retired`,
      `X4,x4@${slug}.test,Di,Four,,,,,,2025-01-01,x5@${slug}.test,`,
      `X5,x5@${slug}.test,Ed,Five,,,,,,2025-01-01,x4@${slug}.test,`,
      `X1,${leaver},Fay,Six,,,,,,2025-01-01,,`,
      `X7,x7@${slug}.test,Gus,Seven,,,,,,2025-01-01,x7@${slug}.test,terminated`,
    );
    const report = await importPeopleCsv(database.db, { organizationId, actorAccountId: null, csv });
    const problems = Object.fromEntries(
      report.rows.map((row) => [row.line, row.errors.map((error) => error.field)]),
    );
    expect(problems).toEqual({
      2: ['level'],
      3: ['email'],
      4: ['given_name', 'hire_date', 'timezone', 'status', 'manager_email'],
      5: ['manager_email'],
      6: ['manager_email'],
      7: ['email', 'employee_id'],
      8: ['status', 'manager_email'],
    });
    expect(report.rows[3]!.errors[0]!.message).toContain('reporting loop');
    expect(report.applied).toBe(false);
    expect(await peopleOf(organizationId)).toHaveLength(12);
  });

  it('refuses a file whose header lacks required columns or has unknown ones', async () => {
    const { organizationId } = await newOrganization();
    const report = await importPeopleCsv(database.db, {
      organizationId,
      actorAccountId: null,
      csv: 'email,given_name,surname\na@b.test,A,B',
    });
    expect(report.rows).toEqual([
      expect.objectContaining({
        line: 1,
        status: 'invalid',
        errors: [
          expect.objectContaining({ field: 'surname' }),
          expect.objectContaining({ field: 'family_name' }),
          expect.objectContaining({ field: 'hire_date' }),
        ],
      }),
    ]);
  });

  it('stores quotes, commas, braces and backslashes exactly as written', async () => {
    const { organizationId, slug } = await newOrganization();
    const title = 'Lead, "Special" {Ops} \\ Team';
    const csv = csvOf(`Q1,q1@${slug}.test,Siobhán,O'Brien,"${title.replace(/"/g, '""')}",,,,,2025-01-01,,`);
    const report = await importPeopleCsv(database.db, { organizationId, actorAccountId: null, csv });
    expect(report.applied).toBe(true);
    const [person] = await database.db
      .select()
      .from(people)
      .where(eq(people.email, `q1@${slug}.test`));
    expect(person).toMatchObject({ jobTitle: title, givenName: 'Siobhán', familyName: "O'Brien" });
  });

  it('checks without writing on a dry run', async () => {
    const { organizationId, slug, ceo } = await newOrganization();
    const csv = csvOf(`D1,d1@${slug}.test,Dee,Dry,,Research,IC3,,,2025-05-05,${ceo.email},on leave`);
    const report = await importPeopleCsv(database.db, {
      organizationId,
      actorAccountId: null,
      csv,
      dryRun: true,
    });
    expect(report).toMatchObject({ created: 1, invalid: 0, applied: false });
    expect(await peopleOf(organizationId)).toHaveLength(12);
  });

  it('refuses an email that another organisation already uses for a login', async () => {
    const other = await newOrganization();
    const taken = other.staff[1]!.email;
    await database.db.insert(accounts).values({ organizationId: other.organizationId, email: taken });
    const { organizationId } = await newOrganization();
    const csv = csvOf(`T1,${taken},Tia,Taken,,,,,,2025-01-01,,`);
    const report = await importPeopleCsv(database.db, { organizationId, actorAccountId: null, csv });
    expect(report.rows[0]!.errors).toEqual([
      { field: 'email', message: 'Another login already uses this email.', code: 'emailInUse' },
    ]);
  });
});
