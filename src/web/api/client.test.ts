import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, isApiError, onUnauthenticated, setCsrfToken, withQuery } from './client';

function respond(status: number, body?: unknown) {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('sends the CSRF token on writes but not on reads', async () => {
    const fetchMock = respond(200, { ok: true });
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
    await api.get('/people');
    await api.post('/people', { givenName: 'Ada' });
    const [getCall, postCall] = fetchMock.mock.calls as unknown as [
      [string, RequestInit],
      [string, RequestInit],
    ];
    expect((getCall[1].headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect((postCall[1].headers as Record<string, string>)['x-csrf-token']).toBe('token-123');
    expect(postCall[0]).toBe('/api/people');
  });

  it('turns the error body into an ApiError with code, fields and current version', async () => {
    vi.stubGlobal(
      'fetch',
      respond(409, {
        error: { code: 'version_conflict', message: 'Changed', currentVersion: 4, fields: { email: 'x' } },
      }),
    );
    const error = await api.patch('/people/1', { version: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error, 'version_conflict')).toBe(true);
    expect((error as ApiError).currentVersion).toBe(4);
    expect((error as ApiError).fields).toEqual({ email: 'x' });
    expect((error as ApiError).status).toBe(409);
  });

  it('keeps the import report that comes with import_invalid', async () => {
    const report = {
      rows: [
        {
          line: 2,
          status: 'invalid',
          email: 'a@x.test',
          errors: [{ field: 'hire_date', message: 'm' }],
          changes: [],
        },
      ],
      created: 0,
      updated: 0,
      invalid: 1,
      applied: false,
    };
    vi.stubGlobal('fetch', respond(422, { error: { code: 'import_invalid', message: 'Invalid', report } }));
    const error = await api.post('/people/import', { csv: 'x' }).catch((e: unknown) => e);
    expect(isApiError(error, 'import_invalid')).toBe(true);
    expect((error as ApiError).report).toEqual(report);
  });

  it('reports a 401 so the app can go to the login page', async () => {
    vi.stubGlobal('fetch', respond(401, { error: { code: 'unauthenticated', message: 'Sign in' } }));
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await api.get('/people').catch(() => undefined);
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('maps unreadable failures and network errors to stable codes', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>', { status: 502 })),
    );
    expect(await api.get('/x').catch((e: ApiError) => e.code)).toBe('server_error');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await api.get('/x').catch((e: ApiError) => e.code)).toBe('network_error');
  });

  it('builds query strings without empty values', () => {
    expect(withQuery('/people', { q: 'ada', page: 2, status: undefined, levelId: '' })).toBe(
      '/people?q=ada&page=2',
    );
    expect(withQuery('/people', {})).toBe('/people');
  });
});
