import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { people } from '../tables';

let server: TestServer;
let cast: Cast;
let hr: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
});
afterAll(() => server.close());

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

const header = 'email,given_name,family_name,job_title,hire_date,manager_email';
const csvOf = (...lines: string[]) => [header, ...lines].join('\n');

async function peopleNamed(familyName: string) {
  const rows = await server.database.db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, cast.org.organizationId), eq(people.familyName, familyName)));
  return rows;
}

describe('POST /api/people/import', () => {
  it('a dry run reports what would happen and writes nothing', async () => {
    const csv = csvOf(`lin.dry@example.test,Lin,Dryrun,Analyst,2026-02-02,${cast.manager.email}`);
    const response = await hr.post('/api/people/import', { csv, dryRun: true });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      rows: [{ line: 2, status: 'create', email: 'lin.dry@example.test', errors: [], changes: [] }],
      created: 1,
      updated: 0,
      invalid: 0,
      applied: false,
    });
    expect(await peopleNamed('Dryrun')).toHaveLength(0);
  });

  it('HR imports people who then appear in the directory, with HR as the audit actor', async () => {
    const csv = csvOf(
      `oona.importa@example.test,Oona,Importa,Designer,2026-03-01,${cast.manager.email}`,
      `olli.importa@example.test,Olli,Importa,Writer,2026-03-01,oona.importa@example.test`,
    );
    const response = await hr.post('/api/people/import', { csv });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ created: 2, updated: 0, invalid: 0, applied: true });

    const directory = await (await as(cast.employee)).get('/api/people?q=importa');
    expect(directory.body.items.map((p: { displayName: string }) => p.displayName).sort()).toEqual([
      'Olli Importa',
      'Oona Importa',
    ]);
    const imported = await peopleNamed('Importa');
    const events = await server.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, cast.org.organizationId),
          eq(auditEvents.action, 'person.imported'),
        ),
      );
    const forImported = events.filter((event) => imported.some((person) => person.id === event.targetId));
    expect(forImported).toHaveLength(2);
    expect(forImported.every((event) => event.actorAccountId === cast.hr.accountId)).toBe(true);
  });

  it('one bad row: 422 in the standard error shape with the report, and nothing is imported', async () => {
    const csv = csvOf(
      `good.badfile@example.test,Gil,Badfile,Analyst,2026-04-01,${cast.manager.email}`,
      `bad.badfile@example.test,Bea,Badfile,Analyst,2026-02-30,${cast.manager.email}`,
    );
    const response = await hr.post('/api/people/import', { csv });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'import_invalid',
      message: expect.any(String),
      report: { created: 1, updated: 0, invalid: 1, applied: false },
    });
    expect(response.body.error.report.rows).toContainEqual(
      expect.objectContaining({
        line: 3,
        status: 'invalid',
        email: 'bad.badfile@example.test',
        errors: [{ field: 'hire_date', message: 'This date does not exist.', code: 'dateInvalid' }],
      }),
    );
    expect(await peopleNamed('Badfile')).toHaveLength(0);
  });

  it('a file without the required columns is reported against the header line', async () => {
    const response = await hr.post('/api/people/import', { csv: 'email,given_name\nx@example.test,X\n' });
    expect(response.status).toBe(422);
    expect(response.body.error.report.rows[0]).toMatchObject({ line: 1, status: 'invalid' });
    expect(response.body.error.report.rows[0].errors.length).toBeGreaterThan(0);
  });

  it('an empty body is a validation error naming the field', async () => {
    const response = await hr.post('/api/people/import', {});
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'validation_failed',
      fields: { csv: expect.any(String) },
    });
  });

  it('is for HR admins only: an employee gets 403 and nothing is written, anonymous 401', async () => {
    const csv = csvOf(`eve.sneaky@example.test,Eve,Sneaky,Analyst,2026-02-02,`);
    const employee = await (await as(cast.employee)).post('/api/people/import', { csv });
    expect(employee.status).toBe(403);
    expect(employee.body.error.code).toBe('forbidden');
    const orgAdmin = await (await as(cast.orgAdmin)).post('/api/people/import', { csv });
    expect(orgAdmin.status).toBe(403);
    const anonymous = await new ApiClient(server.baseUrl).post('/api/people/import', { csv });
    expect(anonymous.status).toBe(401);
    expect(await peopleNamed('Sneaky')).toHaveLength(0);
  });
});
