import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { ErrorBody } from '../../contracts/common';
import type { ImportReport } from '../../contracts/import';
import type { Issue } from '../../contracts/issues';
import type { paths } from './schema.gen';

/**
 * A failed API call, carrying the server's stable error code, why (`reason`, when the server says)
 * and per-field messages: English text in `fields`, code and params in `fieldIssues`. Show them
 * through `errorMessage` and the helpers in `i18n/issues.ts`, which translate by code.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly reason: Issue | undefined;
  readonly fields: Record<string, string>;
  readonly fieldIssues: Record<string, Issue>;
  readonly currentVersion: number | undefined;
  /** With `import_invalid`: the row-by-row report of the file that was refused. */
  readonly report: ImportReport | undefined;
  /** The whole answer body, for the few errors that carry more than the error (a whole-form save's 409). */
  readonly body: unknown;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    reason?: Issue;
    fields?: Record<string, string>;
    fieldIssues?: Record<string, Issue>;
    currentVersion?: number;
    report?: ImportReport;
    body?: unknown;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.reason = options.reason;
    this.fields = options.fields ?? {};
    this.fieldIssues = options.fieldIssues ?? {};
    this.currentVersion = options.currentVersion;
    this.report = options.report;
    this.body = options.body;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

let csrfToken: string | null = null;
/** The CSRF token from `GET /api/auth/me` (or login); sent on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();
/** Called when an API call answers 401, so the app can send the user to the login page. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** A query string without empty values (an unset filter is left out, not sent as `x=`). */
function queryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  return search.toString();
}

async function toApiError(response: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  const parsed = readErrorBody(payload);
  if (parsed) {
    const { code, message, reason, fields, fieldIssues, currentVersion, report } = parsed.error;
    return new ApiError({
      status: response.status,
      code,
      message,
      reason,
      fields,
      fieldIssues,
      currentVersion,
      report,
      body: payload,
    });
  }
  return new ApiError({
    status: response.status,
    code: response.status >= 500 ? 'server_error' : 'http_error',
    message: response.statusText || `HTTP ${response.status}`,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The server's error shape (contracts/common.ts `errorBody`), read by hand rather than with zod: this
 * runs on the sign-in page, whose first paint should not wait for zod's 26 KB. Anything that does not
 * have this shape (a proxy's HTML page, say) is not an API error body.
 */
export function readErrorBody(payload: unknown): ErrorBody | null {
  if (!isRecord(payload) || !isRecord(payload.error)) return null;
  const { code, message, reason, fields, fieldIssues, currentVersion, report } = payload.error;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  const textFields =
    isRecord(fields) && Object.values(fields).every((value) => typeof value === 'string')
      ? (fields as Record<string, string>)
      : undefined;
  const issues = isRecord(fieldIssues)
    ? Object.fromEntries(
        Object.entries(fieldIssues).flatMap(([field, value]) => {
          const found = readIssue(value);
          return found ? [[field, found]] : [];
        }),
      )
    : undefined;
  const why = readIssue(reason);
  return {
    error: {
      code,
      message,
      ...(why ? { reason: why } : {}),
      ...(textFields ? { fields: textFields } : {}),
      ...(issues ? { fieldIssues: issues } : {}),
      ...(typeof currentVersion === 'number' && Number.isInteger(currentVersion) ? { currentVersion } : {}),
      // The import report is only shown, never trusted for a decision: its shape is the server's.
      ...(isRecord(report) ? { report: report as unknown as ImportReport } : {}),
    },
  };
}

/** An issue (`{ code, params? }`) as the server sends it; params other than strings, numbers and booleans are dropped. */
function readIssue(value: unknown): Issue | undefined {
  if (!isRecord(value) || typeof value.code !== 'string') return undefined;
  if (!isRecord(value.params)) return { code: value.code };
  const params = Object.fromEntries(
    Object.entries(value.params).filter(([, item]) => ['string', 'number', 'boolean'].includes(typeof item)),
  ) as Issue['params'];
  return { code: value.code, params };
}

/** A failed answer as an `ApiError`; a 401 also tells the listeners the session is gone. */
async function failure(response: Response, path: string): Promise<ApiError> {
  const error = await toApiError(response);
  if (error.status === 401 && !path.startsWith('/api/auth/login') && !path.startsWith('/api/auth/me')) {
    for (const listener of unauthenticatedListeners) listener();
  }
  return error;
}

/** A fetch that never reached the server: `network_error`, except an abort, which stays an abort. */
function unreachable(cause: unknown): unknown {
  if (cause instanceof DOMException && cause.name === 'AbortError') return cause;
  return new ApiError({ status: 0, code: 'network_error', message: 'The server could not be reached.' });
}

/**
 * Sends one call that answers a file rather than JSON, with the session's cookie and CSRF token;
 * answers that are not 2xx become `ApiError`s (a 401 also tells the listeners the session is gone).
 */
async function send(
  method: string,
  path: string,
  options: { body?: unknown; signal?: AbortSignal; accept?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = options.accept ? { accept: options.accept } : {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    throw unreachable(cause);
  }
  if (!response.ok) throw await failure(response, `/api${path}`);
  return response;
}

/**
 * A file the server sends as an attachment (a data export): the body as a Blob and the name from
 * `content-disposition`. Errors come back as `ApiError`, like every other call.
 */
export async function downloadFile(method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await send(method, path, { body });
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  return { blob: await response.blob(), fileName };
}

/**
 * The typed client: paths, parameters, bodies and answers come from `schema.gen.ts`, generated from
 * the server's OpenAPI document (`npm run api:generate`). Every call carries the session cookie and
 * (on writes) the CSRF token; every failure is an `ApiError`; a 401 tells the listeners.
 */
export const client = createClient<paths>({
  // openapi-fetch builds a `Request`, which needs an absolute URL; the paths already start with /api.
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: (query) => queryString(query as QueryParams),
  // Looked up per call rather than captured once, so a test's stubbed fetch is the one used.
  fetch: (request) => globalThis.fetch(request),
});
client.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (!response.ok) throw await failure(response, schemaPath);
    return undefined;
  },
  onError({ error }) {
    const mapped = unreachable(error);
    return mapped instanceof Error ? mapped : undefined;
  },
});

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, object> ? P : never;
}[keyof paths];
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** The options argument: optional when the call needs no parameters and no body. */
type InitArgs<Init> = RequiredKeys<Init> extends never ? [init?: Init] : [init: Init];
/** The body of a successful answer (undefined for 202/204 answers). */
export type ApiData<P extends keyof paths, M extends Method, Init = object> = OrUndefined<
  Exclude<
    Extract<
      FetchResponse<paths[P][M] & Record<string | number, unknown>, Init, 'application/json'>,
      { error?: never }
    >['data'],
    undefined
  >
>;
type OrUndefined<T> = [T] extends [never] ? undefined : T;
/** The JSON body a call takes. */
export type ApiBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

function unwrap<M extends Method>(call: (url: never, init?: never) => Promise<{ data?: unknown }>) {
  return (async (url: never, init?: never) => (await call(url, init)).data) as unknown as <
    P extends PathWith<M>,
    Init extends MaybeOptionalInit<paths[P], M>,
  >(
    url: P,
    ...init: InitArgs<Init>
  ) => Promise<ApiData<P, M, Init>>;
}

/**
 * Typed calls that answer the body or throw `ApiError`, e.g.
 * `apiGet('/api/goals/{goalId}', { params: { path: { goalId } }, signal })`.
 */
export const apiGet = unwrap<'get'>(client.GET as never);
export const apiPost = unwrap<'post'>(client.POST as never);
export const apiPut = unwrap<'put'>(client.PUT as never);
export const apiPatch = unwrap<'patch'>(client.PATCH as never);
export const apiDelete = unwrap<'delete'>(client.DELETE as never);
