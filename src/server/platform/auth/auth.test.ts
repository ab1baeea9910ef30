import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../org/tables';
import { createTestOrganization, TEST_PASSWORD } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { accounts, sessions } from './tables';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('login and sessions', () => {
  it('signs in with email and password, then reads me', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson({ roles: ['hr_admin'] });
    const client = new ApiClient(server.baseUrl);
    const login = await client.post('/api/auth/login', {
      email: person.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.headers.getSetCookie().join(';')).toMatch(/trellis_session=.*HttpOnly.*SameSite=Lax/i);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.account.roles).toEqual(['hr_admin']);
    expect(me.body.navigation).toContain('admin');
  });

  it('rejects a wrong password with a stable code and names no field it should not', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    const response = await new ApiClient(server.baseUrl).post('/api/auth/login', {
      email: person.email,
      password: 'nope',
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_credentials');
  });

  it('validation errors name the field', async () => {
    const response = await new ApiClient(server.baseUrl).post('/api/auth/login', {
      email: 'not-an-email',
      password: '',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(Object.keys(response.body.error.fields)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('rate-limits repeated failures for one email', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    const client = new ApiClient(server.baseUrl);
    for (let i = 0; i < 10; i++)
      await client.post('/api/auth/login', { email: person.email, password: 'wrong' });
    const blocked = await client.post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    const session = await org.sessionFor(person.accountId!);
    const response = await fetch(`${server.baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: `trellis_session=${session.token}` },
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('csrf_failed');
  });

  it('logout everywhere ends every session of the account', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    const first = new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
    const second = new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
    expect((await second.get('/api/auth/me')).status).toBe(200);
    expect((await first.post('/api/auth/logout-everywhere')).status).toBe(204);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    expect((await first.get('/api/auth/me')).status).toBe(401);
  });

  it('an expired session no longer signs in, and signing in clears it away', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    const session = await org.sessionFor(person.accountId!);
    await server.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.csrfToken, session.csrfToken));
    expect((await new ApiClient(server.baseUrl).withSession(session).get('/api/auth/me')).status).toBe(401);
    await new ApiClient(server.baseUrl).post('/api/auth/login', {
      email: person.email,
      password: TEST_PASSWORD,
    });
    const left = await server.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.csrfToken, session.csrfToken));
    expect(left).toEqual([]);
  });

  it('a session that survived its account being disabled or its person leaving no longer signs in', async () => {
    const org = await createTestOrganization(server.database.db);
    const disabled = await org.addPerson();
    const leaver = await org.addPerson();
    const disabledClient = new ApiClient(server.baseUrl).withSession(
      await org.sessionFor(disabled.accountId!),
    );
    const leaverClient = new ApiClient(server.baseUrl).withSession(await org.sessionFor(leaver.accountId!));
    expect((await disabledClient.get('/api/auth/me')).status).toBe(200);
    expect((await leaverClient.get('/api/auth/me')).status).toBe(200);
    // Straight in the database, sessions untouched: the very next request is refused all the same.
    await server.database.db
      .update(accounts)
      .set({ disabledAt: new Date() })
      .where(eq(accounts.id, disabled.accountId!));
    await server.database.db.update(people).set({ status: 'terminated' }).where(eq(people.id, leaver.id));
    expect((await disabledClient.get('/api/auth/me')).status).toBe(401);
    expect((await leaverClient.get('/api/auth/me')).status).toBe(401);
  });
});
