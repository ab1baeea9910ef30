import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('API surface', () => {
  it('health names the database', async () => {
    const response = await new ApiClient(server.baseUrl).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
    });
  });

  it('the OpenAPI 3.1 document lists every registered route', async () => {
    const response = await new ApiClient(server.baseUrl).get('/api/openapi.json');
    expect(response.body.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(response.body.paths as Record<string, object>)) {
      for (const method of Object.keys(operations))
        documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const missing = server.routes
      .filter((r) => r.url !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.url}`)
      .filter((route) => !documented.has(route));
    expect(missing).toEqual([]);
    expect(documented.size).toBeGreaterThan(25);
  });

  it('interactive docs are served', async () => {
    const response = await fetch(`${server.baseUrl}/api/docs/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });

  it('unknown API routes answer the one error shape', async () => {
    const response = await new ApiClient(server.baseUrl).get('/api/nope');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('field errors carry a stable issue code and params next to the English text', async () => {
    // A contract's own message (zod) and zod's built-in checks.
    const login = await new ApiClient(server.baseUrl).post('/api/auth/login', {
      email: 'not an email',
      password: 42,
    });
    expect(login.status).toBe(400);
    expect(login.body.error.code).toBe('validation_failed');
    expect(login.body.error.fields.email).toBe('Enter a valid email address');
    expect(login.body.error.fieldIssues.email).toEqual({ code: 'emailInvalid' });
    expect(login.body.error.fieldIssues.password).toEqual({
      code: 'zod.invalid_type',
      params: { expected: 'string' },
    });
    expect(login.body.error.fields.password).toMatch(/expected string/);

    // A command's own check, and a refusal with a reason.
    const cast = await createCast(server.database.db);
    const manager = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.manager.accountId!),
    );
    const self = await manager.post('/api/one-on-ones', {
      withPersonId: cast.manager.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-02',
    });
    expect(self.status).toBe(400);
    expect(self.body.error.fieldIssues).toEqual({ withPersonId: { code: 'chooseOtherThanSelf' } });
    expect(self.body.error.fields).toEqual({ withPersonId: 'Choose someone other than yourself' });
    const first = await manager.post('/api/one-on-ones', {
      withPersonId: cast.employee.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-02',
    });
    expect(first.status).toBe(201);
    const again = await manager.post('/api/one-on-ones', {
      withPersonId: cast.employee.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-02',
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'already_exists',
      reason: { code: 'seriesExists' },
      fieldIssues: { withPersonId: { code: 'seriesExists' } },
    });
  });
});
