import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { accounts, sessions } from '../auth/tables';
import { queryRows } from '../db/client';
import { authorizationMatrix } from '../policy/matrix/rows';
import { dataClasses, tableClassification } from './registry';
import { plantCanary, registerCanary, scanForDataClass, textCarriesDataClass } from './scanner';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

describe('data classes', () => {
  it('every table in the database has exactly one declared class', async () => {
    const tables = await queryRows<{ table_name: string }>(
      server.database.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const unclassified = tables.map((t) => t.table_name).filter((name) => !(name in tableClassification));
    expect(unclassified, 'declare the class in src/server/platform/dataClasses/registry.ts').toEqual([]);
    for (const entry of Object.values(tableClassification)) expect(dataClasses).toContain(entry.dataClass);
  });

  it('the scanner finds a distinctive field and a planted value of the class it is asked about', () => {
    const secret = plantCanary('development', 'aspiration');
    const body = { items: [{ id: 1, note: `I want to ${secret}` }], passwordHash: 'x' };
    expect(scanForDataClass(body, 'development')).toEqual([
      { path: '$.items[0].note', reason: 'carries a development value' },
    ]);
    expect(scanForDataClass(body, 'credential')).toEqual([
      { path: '$.passwordHash', reason: 'field "passwordHash" is credential data' },
    ]);
    expect(scanForDataClass({ password_hash: 'x' }, 'credential')).toHaveLength(1);
    expect(scanForDataClass(body, 'performance')).toEqual([]);
  });

  it('no GET response carries credential data, for any role', async () => {
    const db = server.database.db;
    for (const row of await db
      .select({ hash: accounts.passwordHash })
      .from(accounts)
      .where(eq(accounts.organizationId, cast.org.organizationId))) {
      if (row.hash) registerCanary('credential', row.hash);
    }
    const roles = [cast.employee, cast.manager, cast.hr, cast.orgAdmin, cast.approver, cast.coach];
    const scanned: string[] = [];
    for (const person of roles) {
      const session = await cast.org.sessionFor(person.accountId!);
      const [stored] = await db
        .select({ tokenHash: sessions.tokenHash })
        .from(sessions)
        .where(eq(sessions.csrfToken, session.csrfToken));
      registerCanary('credential', stored!.tokenHash);
      registerCanary('credential', session.token);
      const client = new ApiClient(server.baseUrl).withSession(session);
      for (const row of authorizationMatrix.filter((r) => r.route.startsWith('GET '))) {
        const path = row.route.slice(4).replace(':personId', cast.employee.id) + (row.query ?? '');
        const response = await client.get(path);
        expect(scanForDataClass(response.body, 'credential'), `${row.route}`).toEqual([]);
        expect(textCarriesDataClass(response.text, 'credential'), `${row.route}`).toBe(false);
        scanned.push(row.route);
      }
    }
    expect(scanned.length).toBeGreaterThan(50);
  });
});
