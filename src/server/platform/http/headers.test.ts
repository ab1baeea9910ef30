import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('security headers', () => {
  it('the Content-Security-Policy allows scripts from this origin only: no inline script, no eval', async () => {
    for (const path of ['/api/health', '/api/docs/']) {
      const response = await fetch(server.baseUrl + path);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(directive(policy, 'script-src'), path).toBe("script-src 'self'");
      expect(directive(policy, 'script-src-attr'), path).toBe("script-src-attr 'none'");
      expect(directive(policy, 'object-src'), path).toBe("object-src 'none'");
      expect(directive(policy, 'default-src'), path).toBe("default-src 'self'");
    }
  });

  it('every /api answer says Cache-Control: no-store, errors and docs included', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    const session = await org.sessionFor(person.accountId!);
    const signedIn = new ApiClient(server.baseUrl).withSession(session);
    const anonymous = new ApiClient(server.baseUrl);
    const answers = {
      'personal data': await signedIn.get('/api/auth/me'),
      'a person record': await signedIn.get(`/api/people/${person.id}`),
      'not signed in': await anonymous.get('/api/auth/me'),
      'failed login': await anonymous.post('/api/auth/login', { email: person.email, password: 'wrong' }),
      'validation error': await anonymous.post('/api/auth/login', { email: 'x', password: '' }),
      'unknown route': await signedIn.get('/api/no-such-route'),
      'write without CSRF token': await new ApiClient(
        server.baseUrl,
        `trellis_session=${session.token}`,
      ).post('/api/auth/logout'),
      health: await anonymous.get('/api/health'),
      'OpenAPI document': await anonymous.get('/api/openapi.json'),
      'docs page': await anonymous.get('/api/docs/'),
      'docs asset': await anonymous.get('/api/docs/static/swagger-ui.css'),
    };
    for (const [what, response] of Object.entries(answers)) {
      expect(response.headers.get('cache-control'), `${what} (${response.status})`).toBe('no-store');
    }
    expect(answers['personal data'].status).toBe(200);
    expect(answers['a person record'].status).toBe(200);
    expect(answers['not signed in'].status).toBe(401);
    expect(answers['unknown route'].status).toBe(404);
  });
});
