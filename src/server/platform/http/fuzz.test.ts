import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cast,
  createCast,
  createTestOrganization,
  type TestOrganization,
} from '../../testing/factories';
import { startTestServer, type TestServer } from '../../testing/http';
import { queryRows } from '../db/client';
import { castMemberFor } from '../policy/matrix/harness';
import { authorizationMatrix } from '../policy/matrix/rows';
import {
  type MatrixRelation,
  type MatrixRole,
  type MatrixRow,
  matrixRoles,
  type Outcome,
} from '../policy/matrix/types';

/**
 * Hostile input on every write route of the authorization matrix (SPEC practice 15: no request answers
 * 500 for bad input). Per route, as a role the matrix expects to succeed, with the row's own records:
 * every string field (recursively) replaced by one with a NUL byte, by a lone surrogate and by 1 MB of
 * text; every field replaced by a value of a wrong type; the body with extra properties (another
 * organisation's id, an id, a canary) and with `__proto__` / `constructor` keys; a NUL and a lone
 * surrogate in the query string and in each path parameter. No answer may be 5xx, NUL and surrogates
 * must answer `validation_failed` naming the field, and no extra property may reach the database.
 */

let server: TestServer;
let cast: Cast;
let otherOrg: TestOrganization;
let otherOrgRowsBefore: Map<string, number>;

const canary = `xcanary${randomUUID().replaceAll('-', '')}`;
const ghostId = randomUUID();
/** 1 MB that does not compress, so an indexed column cannot squeeze it under the index row limit. */
const megabyte = randomBytes(750_000).toString('base64');
const nul = 'a\u0000b';
const loneSurrogate = 'a\ud800b';

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  otherOrg = await createTestOrganization(server.database.db, 'Fuzz Other Org');
  otherOrgRowsBefore = await rowsPerTableOf(otherOrg.organizationId);
});
afterAll(() => server.close());

const actorOf = (role: Exclude<MatrixRole, 'anonymous'>) => castMemberFor(cast, role);

interface Case {
  role: MatrixRole;
  relation: MatrixRelation | null;
  expected: number;
}

/** A role × relation the row expects to succeed; else the case that gets furthest (400 before 403/404). */
function caseFor(row: MatrixRow): Case {
  const relations: (MatrixRelation | null)[] =
    row.target === 'none' ? [null] : row.fresh ? ['other', 'report', 'own'] : ['own', 'report', 'other'];
  const roles = [...matrixRoles.filter((role) => role !== 'anonymous'), 'anonymous' as const];
  const cases: Case[] = [];
  for (const role of roles) {
    for (const relation of relations) {
      const outcome = row.expect[role];
      const expected: Outcome =
        typeof outcome === 'object' ? (relation ? outcome[relation] : 'n/a') : outcome;
      if (expected !== 'n/a') cases.push({ role, relation, expected });
    }
  }
  const rank = (status: number) => (status < 300 ? 0 : status === 400 ? 1 : status === 401 ? 3 : 2);
  return cases.sort((a, b) => rank(a.expected) - rank(b.expected))[0]!;
}

async function targetFor(role: MatrixRole, relation: MatrixRelation | null, row: MatrixRow) {
  if (!relation) return '';
  if (relation === 'own' && role !== 'anonymous') return actorOf(role).id;
  if (relation === 'report')
    return row.fresh
      ? (await cast.org.addPerson({ managerId: cast.manager.id, withPassword: !row.freshWithoutPassword })).id
      : cast.employee.id;
  return row.fresh
    ? (await cast.org.addPerson({ managerId: cast.peerManager.id, withPassword: !row.freshWithoutPassword }))
        .id
    : cast.peer.id;
}

/** A fresh record (through the row's own hooks) and session: the path, query and body of one request. */
async function prepare(row: MatrixRow, chosen: Case) {
  const [, pathTemplate] = row.route.split(' ') as [string, string];
  const personId = await targetFor(chosen.role, chosen.relation, row);
  const context = { personId, unique: randomUUID().replaceAll('-', '').slice(0, 16) };
  const params = {
    ...(chosen.relation ? { personId } : {}),
    ...((await row.params?.({
      ...context,
      db: server.database.db,
      organizationId: cast.org.organizationId,
    })) ?? {}),
  };
  const body = row.body?.(context) ?? {};
  const session =
    chosen.role === 'anonymous' ? null : await cast.org.sessionFor(actorOf(chosen.role).accountId!);
  const path = (values: Record<string, string>) =>
    Object.entries(values).reduce((filled, [name, value]) => filled.replace(`:${name}`, value), pathTemplate);
  return { params, body, session, path };
}

type Key = string | number;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every position in a JSON value (the root excluded), depth first. */
function positions(value: unknown, at: Key[] = []): { path: Key[]; value: unknown }[] {
  const children: [Key, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [
    { path: [...at, key], value: child },
    ...positions(child, [...at, key]),
  ]);
}

function replaceAt(value: unknown, path: Key[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [Key, ...Key[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<Key, unknown>;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** Adds properties no route accepts to every object, never overwriting a real field. */
function withExtras(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withExtras);
  if (!isObject(value)) return value;
  const extras: Record<string, unknown> = {
    organizationId: otherOrg.organizationId,
    id: ghostId,
    ownerPersonId: cast.peer.id,
    createdAt: '1999-01-01T00:00:00Z',
    extraCanary: canary,
    [canary]: { nested: canary },
  };
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withExtras(item)]));
  return { ...Object.fromEntries(Object.entries(extras).filter(([key]) => !(key in copy))), ...copy };
}

/** A 50,000-deep array as one more property: nothing may walk it recursively. */
function withDeepArray(json: string): string {
  const deep = `{"deep":${'['.repeat(50_000)}${']'.repeat(50_000)}`;
  return json.startsWith('{') ? (json === '{}' ? `${deep}}` : `${deep},${json.slice(1)}`) : json;
}

/** One wrong-typed value per field, taking turns so every kind is tried. */
const wrongTypes: unknown[] = [12345, { wrongType: true }, ['wrong type'], null];
function wrongTypeFor(original: unknown, turn: number): unknown {
  const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  for (let step = 0; step < wrongTypes.length; step++) {
    const candidate = wrongTypes[(turn + step) % wrongTypes.length];
    if (kindOf(candidate) !== kindOf(original)) return candidate;
  }
  return null;
}

interface Variant {
  name: string;
  /** The field the variant spoils, as `fields` names it; checked for NUL and lone-surrogate variants. */
  field?: string;
  /** The status the variant must get; otherwise anything below 500. */
  status?: number;
  body?: (body: unknown) => unknown;
  params?: (params: Record<string, string>) => Record<string, string>;
  query?: string;
  /** A raw JSON text instead of the serialised body (for `__proto__`, which an object literal drops). */
  rawBody?: (body: unknown) => string;
}

function variantsFor(row: MatrixRow, sampleBody: unknown, chosen: Case): Variant[] {
  const variants: Variant[] = [];
  const fieldName = (path: Key[]) => path.join('.') || 'body';
  const fields = positions(sampleBody);
  fields.forEach(({ path, value }, turn) => {
    if (typeof value === 'string') {
      const field = fieldName(path);
      variants.push(
        { name: `NUL in ${field}`, field, status: 400, body: (b) => replaceAt(b, path, nul) },
        {
          name: `lone surrogate in ${field}`,
          field,
          status: 400,
          body: (b) => replaceAt(b, path, loneSurrogate),
        },
        { name: `1 MB in ${field}`, body: (b) => replaceAt(b, path, megabyte) },
      );
    }
    variants.push({
      name: `wrong type in ${fieldName(path)}`,
      body: (b) => replaceAt(b, path, wrongTypeFor(value, turn)),
    });
  });
  // One malformed whole body per route, taking turns.
  const wholeBodies: [string, unknown][] = [
    ['body as a string', nul],
    ['body as an array', ['not an object']],
    ['body as null', null],
  ];
  const [wholeName, whole] = wholeBodies[writeRows.indexOf(row) % wholeBodies.length]!;
  variants.push(
    { name: wholeName, body: () => whole },
    // Stripped (a deep array included), so the request ends as it would without them.
    {
      name: 'extra properties',
      status: chosen.expected,
      rawBody: (b) => withDeepArray(JSON.stringify(withExtras(b))),
    },
    {
      name: '__proto__ and constructor keys',
      rawBody: (b) =>
        JSON.stringify(withExtras(b)).replace(
          /^\{/,
          `{"__proto__":{"extraCanary":"${canary}","isAdmin":true},"constructor":{"prototype":{"extraCanary":"${canary}"}},`,
        ),
    },
  );
  const pathParams = (row.route.match(/:\w+/g) ?? []).map((param) => param.slice(1));
  for (const name of pathParams) {
    variants.push({
      name: `NUL in path :${name}`,
      field: name,
      status: 400,
      params: (p) => ({ ...p, [name]: `${p[name] ?? ''}%00` }),
    });
  }
  if (pathParams.length > 0) {
    variants.push({
      name: 'escaped lone surrogate in the path',
      params: (p) =>
        Object.fromEntries(Object.entries(p).map(([name, value]) => [name, `${value}%ED%A0%80`])),
    });
  }
  const query = row.query ?? '?q=1';
  const firstKey = /^\?([^=&]+)/.exec(query)![1]!;
  variants.push(
    {
      name: 'NUL in the query',
      field: firstKey,
      status: 400,
      query: `${query.replace(/=([^&]*)/g, '=$1%00')}&%00=%00`,
    },
    { name: 'escaped lone surrogate in the query', query: query.replace(/=([^&]*)/g, '=$1%ED%A0%80') },
  );
  return variants;
}

/** Every row a write route (POST/PUT/PATCH/DELETE) has in the matrix. */
const writeRows = authorizationMatrix.filter((row) => !row.route.startsWith('GET '));
const serverErrors: string[] = [];

describe('hostile input on every write route', () => {
  it('covers the write routes of the authorization matrix', () => {
    expect(writeRows.length).toBeGreaterThan(100);
  });

  for (const row of writeRows) {
    it(row.route, async () => {
      const [method] = row.route.split(' ') as [string];
      const chosen = caseFor(row);
      let request = await prepare(row, chosen);
      let spent = false;
      const failures: string[] = [];
      for (const variant of variantsFor(row, request.body, chosen)) {
        // A refused request changes nothing, so the next one reuses its record; after a success (the
        // record may have moved on: a new version, submitted, deleted) the next one gets a fresh record.
        if (spent || variant.name === 'extra properties') request = await prepare(row, chosen);
        const body = variant.body ? variant.body(request.body) : request.body;
        const text = variant.rawBody ? variant.rawBody(request.body) : JSON.stringify(body);
        if (variant.name.startsWith('lone surrogate in') && !variant.name.includes('path'))
          expect(text, 'the request carries the escaped lone surrogate').toContain('\\ud800');
        const path =
          request.path(variant.params ? variant.params(request.params) : request.params) +
          (variant.query ?? row.query ?? '');
        const response = await send(method, path, text, request.session);
        const status = response.status;
        spent = status < 300;
        const label = `${row.route} as ${chosen.role}${chosen.relation ? ` on ${chosen.relation}` : ''}, ${variant.name}`;
        if (status >= 500) serverErrors.push(`${label}: ${status} ${response.text.slice(0, 200)}`);
        if (
          status >= 500 ||
          (variant.status !== undefined && status !== variant.status && !refusedExtra(variant, response))
        ) {
          failures.push(
            `${label}: expected ${variant.status ?? '< 500'}, got ${status} ${response.text.slice(0, 200)}`,
          );
        } else if (variant.field) {
          const answer = response.body as { error?: { code?: string; fields?: Record<string, string> } };
          if (answer.error?.code !== 'validation_failed' || !answer.error.fields?.[variant.field])
            failures.push(`${label}: fields do not name ${variant.field}: ${response.text.slice(0, 200)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('answered no request with a 5xx', () => {
    expect(serverErrors).toEqual([]);
  });

  it('stored nothing from extra properties', async () => {
    // The scan finds what is there (a cast member's email), so a clean result means something.
    expect(await rowsContaining(cast.employee.email)).not.toEqual([]);
    expect(await rowsContaining(canary)).toEqual([]);
    // No record took the id a body offered (nested items may keep their own ids in jsonb, by design).
    expect(await rowsContaining(ghostId, 'id')).toEqual([]);
    expect(await rowsPerTableOf(otherOrg.organizationId)).toEqual(otherOrgRowsBefore);
  });
});

/** `table: n row(s)` for every table with a text, jsonb or array column (or its `id`) that holds `value`. */
async function rowsContaining(value: string, only?: 'id'): Promise<string[]> {
  const db = server.database.db;
  const columns = await queryRows<{ table_schema: string; table_name: string; column_name: string }>(
    db,
    sql`SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
            AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
                 OR (c.data_type = 'uuid' AND c.column_name = 'id'))
            AND (${only ?? null}::text IS NULL OR c.column_name = ${only ?? null})`,
  );
  const byTable = new Map<string, string[]>();
  for (const column of columns) {
    const table = `"${column.table_schema}"."${column.table_name}"`;
    byTable.set(table, [...(byTable.get(table) ?? []), column.column_name]);
  }
  const found: string[] = [];
  for (const [table, names] of byTable) {
    const test = names.map((name) => `position(${literal(value)} in "${name}"::text) > 0`).join(' OR ');
    const [hit] = await queryRows<{ n: number }>(
      db,
      sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${test}`),
    );
    if ((hit?.n ?? 0) > 0) found.push(`${table}: ${hit!.n} row(s)`);
  }
  expect(byTable.size).toBeGreaterThan(only ? 10 : 30);
  return found;
}

const extraKeys = new Set(['organizationId', 'id', 'ownerPersonId', 'createdAt', 'extraCanary', canary]);

/** An extra property that a schema knows after all (an optional `id` of a nested item) may be refused. */
function refusedExtra(variant: Variant, response: { status: number; body: unknown }) {
  const fields = (response.body as { error?: { fields?: Record<string, string> } }).error?.fields ?? {};
  return (
    variant.name === 'extra properties' &&
    response.status === 400 &&
    Object.keys(fields).length > 0 &&
    Object.keys(fields).every((field) => extraKeys.has(field.split('.').at(-1)!))
  );
}

/** The request exactly as written: the JSON text goes out byte for byte. */
async function send(
  method: string,
  path: string,
  json: string,
  session: { token: string; csrfToken: string } | null,
) {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(session ? { cookie: `trellis_session=${session.token}`, 'x-csrf-token': session.csrfToken } : {}),
    },
    body: json,
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, text, body };
}

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Rows per table that belong to an organisation, to prove no request wrote into another one. */
async function rowsPerTableOf(organizationId: string) {
  const db = server.database.db;
  const tables = await queryRows<{ table_schema: string; table_name: string }>(
    db,
    sql`SELECT c.table_schema, c.table_name FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE t.table_type = 'BASE TABLE' AND c.column_name = 'organization_id'
        ORDER BY 1, 2`,
  );
  const counts = new Map<string, number>();
  for (const { table_schema, table_name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql.raw(
        `SELECT count(*)::int AS n FROM "${table_schema}"."${table_name}" WHERE organization_id = ${literal(organizationId)}`,
      ),
    );
    counts.set(`${table_schema}.${table_name}`, row?.n ?? 0);
  }
  return counts;
}
