import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  apiGet,
  apiPatch,
  apiPost,
  isApiError,
  onUnauthenticated,
  readErrorBody,
  setCsrfToken,
} from './client';

function respond(status: number, body?: unknown) {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('turns the error body into an ApiError with code, fields and current version', async () => {
    vi.stubGlobal(
      'fetch',
      respond(409, {
        error: { code: 'version_conflict', message: 'Changed', currentVersion: 4, fields: { email: 'x' } },
      }),
    );
    const error = await apiPatch('/api/people/{personId}', {
      params: { path: { personId: 'p-1' } },
      body: { version: 3 },
    }).catch((e: unknown) => e);
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
    const error = await apiPost('/api/people/import', { body: { csv: 'x', dryRun: true } }).catch(
      (e: unknown) => e,
    );
    expect(isApiError(error, 'import_invalid')).toBe(true);
    expect((error as ApiError).report).toEqual(report);
  });

  it('maps unreadable failures to a stable code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>', { status: 502 })),
    );
    expect(await apiGet('/api/people').catch((e: ApiError) => e.code)).toBe('server_error');
  });
});

describe('typed api client', () => {
  function lastRequest(fetchMock: ReturnType<typeof vi.fn>): Request {
    return fetchMock.mock.calls.at(-1)?.[0] as Request;
  }

  it('fills path parameters and the query, and sends the CSRF token only on writes', async () => {
    const fetchMock = respond(200, { items: [], total: 0, page: 1, pageSize: 20 });
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
    await apiGet('/api/people', { params: { query: { q: 'ada', levelId: '', page: 2 } } });
    const get = lastRequest(fetchMock);
    expect(new URL(get.url).pathname + new URL(get.url).search).toBe('/api/people?q=ada&page=2');
    expect(get.headers.get('x-csrf-token')).toBeNull();
    expect(get.credentials).toBe('same-origin');

    await apiPost('/api/goals/{goalId}/check-ins', {
      params: { path: { goalId: 'g-1' } },
      body: { status: 'on_track', values: [], version: 3 },
    });
    const post = lastRequest(fetchMock);
    expect(new URL(post.url).pathname).toBe('/api/goals/g-1/check-ins');
    expect(post.method).toBe('POST');
    expect(await post.json()).toEqual({ status: 'on_track', values: [], version: 3 });
    expect(post.headers.get('x-csrf-token')).toBe('token-123');
  });

  it('answers the body, and undefined for an empty answer', async () => {
    vi.stubGlobal('fetch', respond(200, { ok: true, id: 'x' }));
    expect(await apiGet('/api/people', {})).toEqual({ ok: true, id: 'x' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    expect(await apiPost('/api/auth/logout')).toBeUndefined();
  });

  it('throws ApiError with the server error shape and tells the 401 listeners', async () => {
    vi.stubGlobal(
      'fetch',
      respond(409, {
        error: { code: 'version_conflict', message: 'Changed', currentVersion: 4, fields: { a: 'b' } },
      }),
    );
    const conflict = await apiGet('/api/people').catch((e: unknown) => e);
    expect(isApiError(conflict, 'version_conflict')).toBe(true);
    expect((conflict as ApiError).currentVersion).toBe(4);
    expect((conflict as ApiError).fields).toEqual({ a: 'b' });
    expect((conflict as ApiError).body).toMatchObject({ error: { code: 'version_conflict' } });

    vi.stubGlobal('fetch', respond(401, { error: { code: 'unauthenticated', message: 'Sign in' } }));
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await apiGet('/api/people').catch(() => undefined);
    await apiGet('/api/auth/me').catch(() => undefined);
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('maps network failures to network_error and lets an abort stay an abort', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await apiGet('/api/people').catch((e: ApiError) => e.code)).toBe('network_error');

    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        request.signal.throwIfAborted();
        return new Response('{}', { status: 200 });
      }),
    );
    const controller = new AbortController();
    controller.abort();
    const aborted = await apiGet('/api/people', { signal: controller.signal }).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(DOMException);
    expect((aborted as DOMException).name).toBe('AbortError');
  });

  it('refuses, when type-checked, a call the server schema does not allow', () => {
    // Never run: `tsc` fails on this test file if any of these calls type-checks.
    const wrongCalls = () => [
      // @ts-expect-error the path parameter is required
      apiGet('/api/goals/{goalId}'),
      // @ts-expect-error not a route of the server
      apiGet('/api/no-such-route'),
      apiPost('/api/goals/{goalId}/check-ins', {
        params: { path: { goalId: 'g-1' } },
        // @ts-expect-error the body must match the route's schema
        body: { status: 'fine', values: [], version: 1 },
      }),
    ];
    expect(typeof wrongCalls).toBe('function');
  });
});

describe('readErrorBody (the error shape, read without zod)', () => {
  it('keeps what has the shape and drops what does not', () => {
    const read = readErrorBody({
      error: {
        code: 'validation_failed',
        message: 'Some fields need your attention.',
        fields: { name: 'Enter a name' },
        fieldIssues: { name: { code: 'nameRequired', params: { max: 3, list: [1] } }, bad: 'x' },
        currentVersion: 2.5,
      },
    });
    expect(read?.error.code).toBe('validation_failed');
    expect(read?.error.fields).toEqual({ name: 'Enter a name' });
    // params that are not plain values, issues without a code and a non-integer version are dropped
    expect(read?.error.fieldIssues).toEqual({ name: { code: 'nameRequired', params: { max: 3 } } });
    expect(read?.error.currentVersion).toBeUndefined();
  });

  it('is not fooled by bodies that are not API errors', () => {
    for (const body of [null, 'Bad gateway', [], { error: 'x' }, { error: { code: 1, message: 'm' } }]) {
      expect(readErrorBody(body)).toBeNull();
    }
    expect(
      readErrorBody({ error: { code: 'x', message: 'm', fields: { a: 1 } } })?.error.fields,
    ).toBeUndefined();
  });
});
