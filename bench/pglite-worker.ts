/**
 * PGlite in-process vs in a worker thread (`openDatabase({ pgliteThread })`): the same migrated and
 * seeded database, the same concurrent load, both ways, reported as operations per second, the CPU
 * each operation cost (main thread, and all other threads: the database worker and V8's helpers), and
 * the machine's 1-minute load average (other work on the machine moves the figures).
 *
 *   npx tsx bench/pglite-worker.ts [--people 2000] [--seconds 5] [--concurrency 8]
 *                                  [--thread main|worker|both] [--memory] [--skip-http] [--skip-raw]
 *   TRELLIS_PGLITE_STATEMENT_CACHE=0 … measures the worker without its prepared statements.
 *
 * Per thread mode:
 * 1. Queries: `concurrency` loops of a directory page of 50 (`listDirectory`, three queries), of a
 *    profile read as an HR admin (`loadVisiblePerson`: the person, the policy, an access-log row
 *    written), and of both.
 * 2. HTTP: the real app (`buildApp`, as `bench/api.ts` starts it) on a loopback port, signed in as an HR
 *    admin, hit by `autocannon -c concurrency` in its own process: the directory page
 *    (`GET /api/people?page=1&pageSize=50`) and a profile (`GET /api/people/:id`, a write per request).
 * 3. (in-process only) where the time of one query goes: see `rawBench`.
 * The database is a fresh folder under the system's temporary folder (as `npm start` keeps its data
 * on disk), or `memory://` with `--memory`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type PGlite, protocol } from '@electric-sql/pglite';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { listDirectory } from '../src/server/org/queries';
import { loadVisiblePerson } from '../src/server/org/routes';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { departments, levels, people as peopleTable } from '../src/server/org/tables';
import { loadActor } from '../src/server/platform/auth/sessions';
import {
  type Database,
  type Db,
  openDatabase,
  type PgliteThread,
  queryRows,
} from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { signInAsHrAdmin, startBenchServer } from './api';

const run = promisify(execFile);

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const people = Number(option('people', '2000'));
const seconds = Number(option('seconds', '5'));
const concurrency = Number(option('concurrency', '8'));
const threadOption = option('thread', 'both');
const threads: PgliteThread[] = threadOption === 'both' ? ['main', 'worker'] : [threadOption as PgliteThread];
const load = () => loadavg()[0]!.toFixed(2);

/** CPU seconds used so far by the main thread, and by the whole process (scheduler's run time). */
function cpuNow(): { main: number; all: number } {
  const runTime = (task: string) =>
    Number(readFileSync(`/proc/self/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  const all = readdirSync('/proc/self/task').reduce((sum, task) => {
    try {
      return sum + runTime(task);
    } catch {
      return sum; // a thread that just ended
    }
  }, 0);
  return { main: runTime(String(process.pid)), all };
}

/** Runs `fn` and tells the CPU milliseconds per operation it cost: on the main thread, and elsewhere. */
async function withCpu<T extends number>(fn: () => Promise<T>, ops: (result: T) => number) {
  const before = cpuNow();
  const result = await fn();
  const after = cpuNow();
  const n = ops(result);
  const main = ((after.main - before.main) * 1000) / n;
  const other = ((after.all - after.main - (before.all - before.main)) * 1000) / n;
  return { result, cpu: `CPU/op ${main.toFixed(1)} ms main + ${other.toFixed(1)} ms other threads` };
}

interface Setup {
  database: Database;
  organizationId: string;
  personIds: string[];
  dataDir: string;
}

async function setUp(thread: PgliteThread): Promise<Setup> {
  const dataDir = flag('memory') ? 'memory://' : mkdtempSync(join(tmpdir(), `trellis-pglite-${thread}-`));
  const started = performance.now();
  const database = await openDatabase({ dataDir, pgliteThread: thread });
  await migrateDatabase(database);
  const { organizationId } = await seedSyntheticOrganization(database.db, { people, slug: 'bench' });
  await database.refreshStatistics();
  const personIds = (
    await queryRows<{ id: string }>(
      database.db,
      sql`SELECT id FROM people WHERE organization_id = ${organizationId} AND status = 'active' ORDER BY id`,
    )
  ).map((r) => r.id);
  console.log(
    `  opened, migrated and seeded ${people} people in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { database, organizationId, personIds, dataDir };
}

/** `concurrency` loops for `seconds`: operations per second, and the CPU each cost. */
async function loops(operation: (loop: number, i: number) => Promise<void>) {
  let done = 0;
  const measured = await withCpu(
    async () => {
      const deadline = performance.now() + seconds * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async (_, loop) => {
          for (let i = 0; performance.now() < deadline; i++) {
            await operation(loop, i);
            done++;
          }
        }),
      );
      return done / ((performance.now() - started) / 1000);
    },
    () => done,
  );
  return { rate: measured.result, cpu: measured.cpu };
}

async function queryBench(setup: Setup, cookie: string) {
  const { database, organizationId, personIds } = setup;
  const actor = await loadActor(database.db, cookie.slice(cookie.indexOf('=') + 1));
  if (!actor) throw new Error('No actor for the bench session.');
  const pages = Math.floor(personIds.length / 50);
  const query = { page: 1, pageSize: 50 } as Parameters<typeof listDirectory>[2];
  const reach = ['active', 'on_leave', 'terminated'] as Parameters<typeof listDirectory>[3];
  const directory = (loop: number, i: number) =>
    listDirectory(database.db, organizationId, { ...query, page: 1 + ((loop * 7 + i) % pages) }, reach);
  const profile = (loop: number, i: number) =>
    loadVisiblePerson(database.db, actor, personIds[(loop * 997 + i * 31) % personIds.length]!, true);
  await loops(async (l, i) => void (await directory(l, i))); // warm-up
  const cases = [
    ['directory page of 50', (l: number, i: number) => directory(l, i).then(() => undefined)],
    ['profile (writes an access-log row)', (l: number, i: number) => profile(l, i).then(() => undefined)],
    [
      'page + profile',
      async (l: number, i: number) => {
        await directory(l, i);
        await profile(l, i);
      },
    ],
  ] as const;
  const figures: Record<string, number> = {};
  for (const [name, operation] of cases) {
    const before = load();
    const { rate, cpu } = await loops(operation);
    figures[name] = rate;
    console.log(
      `  queries x${concurrency} ${name}: ${rate.toFixed(0)} ops/s, ${cpu} (load ${before} → ${load()})`,
    );
  }
  return figures;
}

interface Cannonade {
  rps: number;
  p50: number;
  errors: number;
  total: number;
}

async function autocannon(url: string, cookie: string): Promise<Cannonade> {
  const { stdout } = await run(
    'npx',
    [
      '-y',
      'autocannon@9',
      '-c',
      String(concurrency),
      '-d',
      String(seconds),
      '-j',
      '-H',
      `cookie=${cookie}`,
      url,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number };
    errors: number;
    non2xx: number;
  };
  return {
    rps: report.requests.average,
    p50: report.latency.p50,
    errors: report.errors + report.non2xx,
    total: report.requests.total,
  };
}

async function httpBench(baseUrl: string, cookie: string, personId: string) {
  const figures: Record<string, number> = {};
  for (const [name, path] of [
    ['directory page of 50', '/api/people?page=1&pageSize=50'],
    ['profile (writes an access-log row)', `/api/people/${personId}`],
  ] as const) {
    await autocannon(baseUrl + path, cookie); // warm-up (also fetches autocannon once)
    const before = load();
    let result: Cannonade | undefined;
    const { cpu } = await withCpu(
      async () => {
        result = await autocannon(baseUrl + path, cookie);
        return result.total;
      },
      (total) => total,
    );
    figures[name] = result!.rps;
    console.log(
      `  HTTP -c ${concurrency} GET ${path.replace(/[0-9a-f-]{36}/, ':id')}: ${result!.rps.toFixed(0)} req/s, ` +
        `p50 ${result!.p50} ms${result!.errors ? `, ${result!.errors} errors` : ''}, ${cpu} (load ${before} → ${load()})`,
    );
  }
  return figures;
}

/**
 * Where the time of one query goes, in-process: PGlite's `query` (six protocol calls, its parser, rows
 * as objects or arrays) against the same protocol messages in one raw call, unnamed (parsed and
 * planned each time) or as a prepared statement (bound and executed only). For the rows of a
 * directory page (50 people, joins) and a one-row lookup; and Drizzle's builder against a prepared query.
 */
async function rawBench(setup: Setup) {
  const client = (setup.database.db as unknown as { $client: PGlite }).$client;
  const ids = setup.personIds.slice(0, 50);
  const pageSql = `SELECT p.id, p.given_name, p.family_name, p.email, p.job_title, p.status, p.hire_date,
      l.id, l.code, l.name, d.id, d.name
    FROM people p LEFT JOIN levels l ON l.id = p.level_id LEFT JOIN departments d ON d.id = p.department_id
    WHERE p.id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY p.family_name, p.given_name, p.id`;
  const oneSql = 'SELECT id, given_name, family_name FROM people WHERE organization_id = $1 AND id = $2';
  const oneParams = [setup.organizationId, ids[0]!];
  const s = protocol.serialize;
  const concat = (parts: Uint8Array[]) => {
    const message = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      message.set(part, offset);
      offset += part.length;
    }
    return message;
  };
  const tail = [s.describe({ type: 'P' }), s.execute({}), s.sync()];
  const unnamed = (text: string, values: string[]) =>
    concat([s.parse({ text }), s.bind({ values }), ...tail]);
  const raw = (message: Uint8Array) =>
    client.runExclusive(() =>
      client.execProtocolRawStream(message, { syncToFs: false, onRawData: (bytes) => void bytes.slice() }),
    );
  let prepared = 0;
  const named = async (text: string, values: string[]) => {
    const name = `bench_${++prepared}`;
    await raw(concat([s.parse({ text, name }), s.sync()]));
    return concat([s.bind({ statement: name, values }), ...tail]);
  };
  const time = async (name: string, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 50; i++) await fn();
    const runs = 400;
    const started = performance.now();
    for (let i = 0; i < runs; i++) await fn();
    const each = (performance.now() - started) / runs;
    console.log(`  ${name}: ${(each * 1000).toFixed(0)} µs (load ${load()})`);
  };
  const keepText = (value: string) => value;
  const drizzleParsers = Object.fromEntries(
    [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182].map((t) => [t, keepText]),
  );
  for (const [label, text, values] of [
    ['50 rows with joins', pageSql, ids],
    ['1 row by id', oneSql, oneParams],
  ] as const) {
    const params = [...values];
    await time(`${label}: PGlite query, rows as objects`, () => client.query(text, params));
    await time(`${label}: PGlite query, arrays + Drizzle's parsers`, () =>
      client.query(text, params, { rowMode: 'array', parsers: drizzleParsers }),
    );
    const once = unnamed(text, params);
    await time(`${label}: one raw call, unnamed (parse + plan), nothing decoded`, () => raw(once));
    const bound = await named(text, params);
    await time(`${label}: one raw call, prepared statement, nothing decoded`, () => raw(bound));
  }
  // Drizzle: building the SQL for each call vs a prepared query (built once, only parameters filled in).
  const db: Db = setup.database.db;
  const id = setup.personIds[3]!;
  const byId = (personId: SQL | ReturnType<typeof sql.placeholder> | string) =>
    db
      .select()
      .from(peopleTable)
      .leftJoin(levels, eq(levels.id, peopleTable.levelId))
      .leftJoin(departments, eq(departments.id, peopleTable.departmentId))
      .where(and(eq(peopleTable.organizationId, setup.organizationId), eq(peopleTable.id, personId)));
  const preparedQuery = byId(sql.placeholder('id')).prepare('bench_person_by_id');
  await time('one person with joins, Drizzle query builder', () => byId(id));
  await time('one person with joins, Drizzle prepared query', () => preparedQuery.execute({ id }));
}

async function main() {
  console.log(
    `PGlite in-process vs worker: ${people} people, ${concurrency} concurrent, ${seconds} s per figure, ` +
      `${flag('memory') ? 'in memory' : 'on disk'} (load ${load()})`,
  );
  for (const thread of threads) {
    console.log(`\n${thread === 'main' ? 'In-process (main thread)' : 'Worker thread'}:`);
    const setup = await setUp(thread);
    const server = await startBenchServer(setup.database);
    try {
      const cookie = await signInAsHrAdmin(setup.database, server.baseUrl, setup.organizationId);
      await queryBench(setup, cookie);
      if (!flag('skip-http')) await httpBench(server.baseUrl, cookie, setup.personIds[17]!);
      if (thread === 'main' && !flag('skip-raw')) await rawBench(setup);
    } finally {
      await server.close();
      await setup.database.close();
      if (setup.dataDir !== 'memory://') rmSync(setup.dataDir, { recursive: true, force: true });
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
