import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { accounts } from '../src/server/platform/auth/tables';
import { loadConfig } from '../src/server/platform/config';
import { type Database, queryRows } from '../src/server/platform/db/client';
import { createMailer } from '../src/server/platform/mail/mailer';
import type { Figure } from './queries';
import { measure, ms } from './stats';
import { deepPageFor, type Targets } from './targets';

const requestTimeoutMs = 30_000;
const benchPassword = 'bench-hr-admin-password';

/** The real app on a random loopback port, on the benchmark's database. */
export async function startBenchServer(database: Database) {
  const config = {
    ...loadConfig({ TRELLIS_DATA_DIR: '/tmp/trellis-bench-unused', TRELLIS_SEED_DEMO: 'false' }),
    port: 0,
    host: '127.0.0.1',
  };
  const mailer = createMailer(config, { info: () => undefined });
  const { app } = await buildApp({ database, config, mailer });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/**
 * Gives a person of the People department an HR admin login with a known password, then signs in
 * through the API as the web app would. Returns the session cookie.
 */
export async function signInAsHrAdmin(
  database: Database,
  baseUrl: string,
  organizationId: string,
): Promise<string> {
  const [person] = await queryRows<{ id: string; email: string }>(
    database.db,
    sql`SELECT p.id, p.email FROM people p LEFT JOIN departments d ON d.id = p.department_id
        WHERE p.organization_id = ${organizationId} AND p.status = 'active'
        ORDER BY (d.name = 'People & Culture') DESC NULLS LAST, p.manager_id IS NULL, p.employee_id
        LIMIT 1`,
  );
  if (!person) throw new Error('The benchmark organisation has no active person to sign in as.');
  await database.db.insert(accounts).values({
    organizationId,
    personId: person.id,
    email: person.email,
    passwordHash: await hashPassword(benchPassword),
    roles: ['hr_admin'],
  });
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: benchPassword }),
    signal: AbortSignal.timeout(requestTimeoutMs),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('trellis_session='))
    ?.split(';')[0];
  if (response.status !== 200 || !cookie) {
    throw new Error(`Signing in as the HR admin failed: ${response.status} ${await response.text()}`);
  }
  return cookie;
}

/** The fields of the answers the cases look at (a page, a list, or one person). */
interface Answer {
  items: unknown[];
  total: number;
  id: string;
}

interface ApiCase {
  name: string;
  path: string;
  /** Checked once before timing, so a wrong answer cannot pass for a fast one. */
  expect: (body: Answer) => boolean;
  /** What the answer holds, for the report (e.g. how many people a search matched). */
  describe?: (body: Answer) => string;
}

const matches = (body: Answer) => `${body.total.toLocaleString('en')} matches`;

function apiCases(people: number, targets: Targets): ApiCase[] {
  const deepPage = deepPageFor(people);
  return [
    {
      name: 'Directory page 1',
      path: '/api/people?page=1&pageSize=25',
      expect: (b) => b.items.length === 25 && b.total === targets.everyone,
      describe: (b) => `${b.total.toLocaleString('en')} people`,
    },
    {
      name: `Directory search q="${targets.searchTerm}"`,
      path: `/api/people?q=${encodeURIComponent(targets.searchTerm)}`,
      expect: (b) => b.items.length > 0 && b.total > 0,
      describe: matches,
    },
    {
      name: 'Directory search q="an" (two letters)',
      path: '/api/people?q=an',
      expect: (b) => b.items.length > 0,
      describe: matches,
    },
    {
      name: `Directory deep page ${deepPage.toLocaleString('en')}`,
      path: `/api/people?page=${deepPage}&pageSize=25`,
      expect: (b) => b.items.length === 25,
    },
    { name: 'Org chart roots', path: '/api/org-chart/roots', expect: (b) => b.items.length >= 1 },
    {
      name: `Org chart children of the widest manager (${targets.widestSpan})`,
      path: `/api/org-chart/${targets.widestManagerId}/children`,
      expect: (b) => b.items.length === Math.min(50, targets.widestSpan),
    },
    {
      name: `Org chart path of a deepest person (depth ${targets.depth})`,
      path: `/api/org-chart/${targets.deepestId}/path`,
      expect: (b) => b.items.length === targets.depth + 1,
    },
    {
      name: 'Person profile (writes an access-log row)',
      path: `/api/people/${targets.deepestId}`,
      expect: (b) => b.id === targets.deepestId,
    },
  ];
}

/** Times each API call over sequential requests on one keep-alive connection. */
export async function timeApi(
  baseUrl: string,
  cookie: string,
  people: number,
  targets: Targets,
  runs: number,
): Promise<Figure[]> {
  const get = async (path: string) => {
    const response = await fetch(baseUrl + path, {
      headers: { cookie },
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text}`);
    return text;
  };
  const figures: Figure[] = [];
  for (const { name, path, expect, describe } of apiCases(people, targets)) {
    const body = JSON.parse(await get(path)) as Answer;
    if (!expect(body))
      throw new Error(`GET ${path} answered something unexpected: ${JSON.stringify(body).slice(0, 300)}`);
    const latency = await measure(() => get(path), runs);
    console.log(`  GET ${path}: p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms`);
    figures.push({ name, request: `GET ${shorten(path)}`, note: describe?.(body), latency });
  }
  return figures;
}

const shorten = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
