import type { AddressInfo } from 'node:net';
import { buildApp, type RegisteredRoute } from '../app';
import { loadConfig } from '../platform/config';
import type { Database } from '../platform/db/client';
import { createLogger } from '../platform/logging/logger';
import { createMailer, type Mailer } from '../platform/mail/mailer';
import { testDatabase } from './database';

export interface TestServer {
  baseUrl: string;
  database: Database;
  routes: RegisteredRoute[];
  mailer: Mailer;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a random loopback port, backed by the worker's test database. With `log`,
 * every line the server and its mailer log (at every level) is handed to it, for tests that prove
 * what a log never carries.
 */
export async function startTestServer(
  env: NodeJS.ProcessEnv = {},
  options: { log?: (line: string) => void } = {},
): Promise<TestServer> {
  const database = await testDatabase();
  const config = {
    ...loadConfig({
      TRELLIS_DATA_DIR: '/tmp/unused',
      TRELLIS_TRUST_PROXY: 'true',
      TRELLIS_APP_KEY: process.env.TRELLIS_APP_KEY,
      ...env,
    }),
    port: 0,
    host: '127.0.0.1',
  };
  const capture = options.log;
  // The server's own logger (redaction, serialisers), writing every line at every level to `capture`.
  const log = capture
    ? await createLogger({ logLevel: 'trace' }, { destination: { write: (line: string) => capture(line) } })
    : undefined;
  const mailer = createMailer(config, log ?? { info: () => undefined });
  const { app, routes } = await buildApp({ database, config, mailer }, { log });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, database, routes, mailer, close: () => app.close() };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/** A caller with a cookie jar and the CSRF header the web app would send. */
export class ApiClient {
  /** Each client looks like its own machine, so login rate limits of one test do not touch another. */
  private readonly ip = `10.${rand()}.${rand()}.${rand()}`;
  constructor(
    readonly baseUrl: string,
    private cookie = '',
    private csrfToken = '',
  ) {}

  withSession(session: { token: string; csrfToken: string }) {
    return new ApiClient(this.baseUrl, `trellis_session=${session.token}`, session.csrfToken);
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        'x-forwarded-for': this.ip,
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const setCookie = response.headers.getSetCookie();
    const session = setCookie.find((c) => c.startsWith('trellis_session='));
    if (session) this.cookie = session.split(';')[0]!;
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    if (method === 'POST' && path === '/api/auth/login' && response.ok)
      this.csrfToken = (parsed as { csrfToken: string }).csrfToken;
    return { status: response.status, body: parsed as T, text, headers: response.headers };
  }
  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
}

const rand = () => Math.floor(Math.random() * 254) + 1;
