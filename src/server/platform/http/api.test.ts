import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
