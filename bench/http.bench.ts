/**
 * HTTP load benchmark against the real server in its own process:
 *   npx tsx bench/http.bench.ts [--label before|after] [--people N] [--reviews N] [--duration S]
 *     [--warmup S] [--connections 1,8] [--skip-postgres] [--skip-pglite] [--no-write]
 *     [--log-level warn] [--results-dir DIR] [--report FILE] [--render-only]
 *
 * For each database (PostgreSQL at DATABASE_URL, default trellis_bench_http, dropped and recreated;
 * PGlite in a fresh folder under /tmp): seeds a 5,000-person organisation and a launched review
 * cycle through the product, starts `src/server/main.ts` on it, signs in one user per connection and
 * loads six screens with autocannon at 1 and 8 connections. On PostgreSQL also 200 simultaneous
 * form saves with a lock-wait sampler, and two server instances against one. Writes
 * bench/results/http-<label>.json and the "HTTP load" section of docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, openDatabase } from '../src/server/platform/db/client';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { describeCpu, sampleCpu } from './httpCpu';
import {
  detectSaveMode,
  FormBook,
  managerFormAnswers,
  type Plan,
  type PlanFor,
  runLoad,
  sampleLoad,
  type Target,
} from './httpLoad';
import { startLockSampler } from './httpLocks';
import {
  type BurstFigures,
  type DatabaseFigures,
  type DatabaseKind,
  type HttpBenchResult,
  type Label,
  labels,
  loadResults,
  renderHttpSection,
  type ScenarioFigure,
  type ScenarioKey,
  scenarios,
  sectionName,
  type TwoInstanceFigure,
} from './httpReport';
import { benchPassword, type SeededWorld, seedBenchWorld } from './httpSeed';
import { repoRoot, type ServerProcess, startServerProcess } from './httpServer';
import { type Session, sendJson, signInAll } from './httpSessions';
import { withSection } from './sections';
import { percentile } from './stats';

const benchDir = new URL('.', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'after' },
    people: { type: 'string', default: '5000' },
    reviews: { type: 'string' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '1,8' },
    'skip-postgres': { type: 'boolean', default: false },
    'skip-pglite': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'log-level': { type: 'string', default: 'warn' },
    'results-dir': { type: 'string', default: join(benchDir, 'results') },
    report: { type: 'string', default: join(benchDir, '..', 'docs', 'benchmarks.md') },
    'render-only': { type: 'boolean', default: false },
  },
});

const label = values.label as Label;
const people = Number(values.people);
const reviewsWanted = values.reviews === undefined ? Math.round(people * 0.9) : Number(values.reviews);
const seconds = Number(values.duration);
const warmupSeconds = Number(values.warmup);
const connectionCounts = values.connections.split(',').map(Number);
const resultsDir = resolve(values['results-dir']);
const reportFile = resolve(values.report);
const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/trellis_bench_http';
/** The simultaneous saves, and the connections of the two-instance comparison (split in two). */
const burstForms = 200;
const pairConnections = 16;

const log = (line: string) => console.log(line);
const random = (n: number) => Math.floor(Math.random() * n);

function checkOptions() {
  const positive = (n: number) => Number.isFinite(n) && n > 0;
  if (!(labels as readonly string[]).includes(label)) throw new Error('--label is before or after.');
  if (!Number.isSafeInteger(people) || people < 300)
    throw new Error('--people: a whole number of at least 300.');
  if (!Number.isSafeInteger(reviewsWanted) || reviewsWanted < 100 || reviewsWanted > people)
    throw new Error('--reviews: a whole number from 100 to --people.');
  if (!positive(seconds) || !(warmupSeconds >= 0))
    throw new Error('--duration > 0 and --warmup ≥ 0 seconds.');
  if (!connectionCounts.every((c) => Number.isSafeInteger(c) && c >= 1 && c <= 64))
    throw new Error('--connections: a comma-separated list of whole numbers from 1 to 64, e.g. 1,8.');
}

/** The commit of the measured checkout, and whether files outside bench/ differ from it. */
function gitState() {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  const commit = git('rev-parse', '--short', 'HEAD').trim();
  // Not trimmed: each porcelain line starts with two status columns, the first often a space.
  const dirtyFiles = git(
    'status',
    '--porcelain',
    '--',
    '.',
    ':(exclude)bench',
    ':(exclude)node_modules',
    ':(exclude)docs/benchmarks.md',
  )
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  return { commit, dirty: dirtyFiles.length > 0, dirtyFiles };
}

function expectThat(what: string, ok: boolean, body: unknown) {
  if (!ok) throw new Error(`${what} answered something unexpected: ${JSON.stringify(body).slice(0, 500)}`);
}

interface Sessions {
  hr: Session[];
  managers: Session[];
  burst: Session[];
}

/** The six scenarios, each as a plan per connection (connection i: HR admin i or manager i). */
function plansFor(world: SeededWorld, sessions: Sessions, book: FormBook): Record<ScenarioKey, PlanFor> {
  const pageSize = 50;
  const lastPage = Math.ceil(world.everyone / pageSize);
  const firstDeep = Math.ceil(lastPage / 2);
  const reviewPages = Math.ceil(world.reviews / pageSize);
  const get = (path: () => string): Plan => ({ steps: [{ method: 'GET', path }] });
  const hr =
    (plan: (i: number) => Plan): PlanFor =>
    (i) => ({ session: sessions.hr[i]!, plan: plan(i) });
  const manager =
    (plan: (i: number) => Plan): PlanFor =>
    (i) => ({ session: sessions.managers[i]!, plan: plan(i) });
  return {
    'people-list': hr(() => get(() => `/api/people?page=1&pageSize=${pageSize}`)),
    'people-deep': hr(() =>
      get(() => `/api/people?page=${firstDeep + random(lastPage - firstDeep + 1)}&pageSize=${pageSize}`),
    ),
    'cycle-reviews': hr(() =>
      get(
        () =>
          `/api/review-cycles/${world.cycleId}/reviews?page=${1 + random(reviewPages)}&pageSize=${pageSize}`,
      ),
    ),
    'review-load': manager((i) => {
      const own = world.managers[i]!.reviews;
      return get(() => `/api/reviews/${own[random(own.length)]!.reviewId}`);
    }),
    'form-save': manager((i) => {
      const forms = world.managers[i]!.reviews.map((r) => r.managerFormId);
      let next = -1;
      return { begin: () => (next = (next + 1) % forms.length), steps: book.steps(() => forms[next]!) };
    }),
    profile: hr(() => get(() => `/api/people/${world.personIds[random(world.personIds.length)]}`)),
  };
}

/** Each scenario's answer, checked once before it is timed: a wrong answer cannot pass for a fast one. */
async function verifyScenarios(baseUrl: string, world: SeededWorld, sessions: Sessions, book: FormBook) {
  const hr = sessions.hr[0]!;
  const page = <T>(body: unknown) => body as { items: T[]; total: number };
  let answer = await sendJson(baseUrl, hr, 'GET', '/api/people?page=1&pageSize=50');
  expectThat(
    'The people list',
    answer.status === 200 &&
      page(answer.body).items.length === 50 &&
      page(answer.body).total === world.everyone,
    answer.body,
  );
  const deep = Math.ceil(Math.ceil(world.everyone / 50) / 2);
  answer = await sendJson(baseUrl, hr, 'GET', `/api/people?page=${deep}&pageSize=50`);
  expectThat('A deep page', answer.status === 200 && page(answer.body).items.length === 50, answer.body);
  answer = await sendJson(
    baseUrl,
    hr,
    'GET',
    `/api/review-cycles/${world.cycleId}/reviews?page=1&pageSize=50`,
  );
  expectThat(
    'HR’s review list',
    answer.status === 200 &&
      page(answer.body).items.length === Math.min(50, world.reviews) &&
      page(answer.body).total === world.reviews,
    answer.body,
  );
  const manager = sessions.managers[0]!;
  const { reviewId, managerFormId } = world.managers[0]!.reviews[0]!;
  answer = await sendJson(baseUrl, manager, 'GET', `/api/reviews/${reviewId}`);
  const review = answer.body as {
    id: string;
    state: string;
    abilities: { editManager: boolean };
    forms: {
      id: string;
      kind: string;
      state: string;
      answers: unknown[] | null;
      abilities: { edit: boolean };
      questions: { id: string }[];
    }[];
  };
  const managerForm = review.forms?.find((f) => f.kind === 'manager');
  const selfForm = review.forms?.find((f) => f.kind === 'self');
  expectThat(
    'The review form for its manager',
    answer.status === 200 &&
      review.id === reviewId &&
      review.state === 'manager_review' &&
      review.abilities.editManager &&
      managerForm?.id === managerFormId &&
      managerForm.abilities.edit &&
      managerForm.questions.length === 5 &&
      selfForm?.state === 'submitted' &&
      Array.isArray(selfForm.answers) &&
      selfForm.answers.length === 1,
    answer.body,
  );
  const saved = await book.save(baseUrl, manager, managerFormId);
  expectThat('A whole-form save', saved.ok, saved.statuses);
  const stored = await managerFormAnswers(baseUrl, manager, reviewId);
  expectThat(
    'The saved form',
    stored.length === 5 &&
      stored.every(
        (a) => a.version === book.version(managerFormId, a.questionId) && a.version >= 1 && a.rating !== null,
      ),
    stored,
  );
  const someone = world.personIds[random(world.personIds.length)]!;
  answer = await sendJson(baseUrl, hr, 'GET', `/api/people/${someone}`);
  expectThat(
    'A profile',
    answer.status === 200 && (answer.body as { id: string }).id === someone,
    answer.body,
  );
}

/** The app server processes running now, whose CPU each measurement counts. */
let serverPids: number[] = [];

async function measure(
  key: ScenarioKey,
  targets: Target[],
  planFor: PlanFor,
  afterRun?: (connections: number) => Promise<void>,
): Promise<ScenarioFigure> {
  const connections = targets.reduce((sum, t) => sum + t.connections, 0);
  const stopLoad = sampleLoad();
  const stopCpu = sampleCpu(serverPids);
  const measured = await runLoad({
    targets,
    warmupSeconds,
    seconds,
    planFor,
    afterRun: afterRun && (() => afterRun(connections)),
  });
  const figure = { scenario: key, connections, ...measured, load: stopLoad(), cpu: stopCpu() };
  const name = scenarios.find((s) => s.key === key)!.name;
  log(
    `    ${name}, ${connections} connection${connections > 1 ? 's' : ''}${targets.length > 1 ? ` over ${targets.length} servers` : ''}: ` +
      `${figure.rate.toFixed(1)} ${key === 'form-save' ? 'forms' : 'req'}/s, p50 ${figure.p50.toFixed(1)} ms, ` +
      `p99 ${figure.p99.toFixed(1)} ms, ${figure.errors} errors${figure.errors ? ` ${JSON.stringify(figure.statuses)}` : ''}` +
      (targets.length > 1 ? ` (per server: ${figure.byTarget.map((r) => r.toFixed(1)).join(' + ')})` : '') +
      `; CPU ${describeCpu(figure.cpu)}`,
  );
  return figure;
}

/** 200 whole-form saves at once, each by the form's manager, with the lock sampler running. */
async function burst(
  baseUrl: string,
  world: SeededWorld,
  sessions: Sessions,
  book: FormBook,
): Promise<BurstFigures> {
  const jobs = world.burstManagers
    .flatMap((m, i) => m.reviews.map((r) => ({ session: sessions.burst[i]!, formId: r.managerFormId })))
    .slice(0, burstForms);
  const stopSampler = await startLockSampler(url, 10);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = performance.now();
  const outcomes = await Promise.all(
    jobs.map(async ({ session, formId }) => {
      const t0 = performance.now();
      const result = await book.save(baseUrl, session, formId).catch(() => ({ ok: false, statuses: [0] }));
      return { ...result, ms: performance.now() - t0 };
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const lockWaits = await stopSampler();
  const statuses: Record<string, number> = {};
  for (const o of outcomes) for (const s of o.statuses) statuses[s] = (statuses[s] ?? 0) + 1;
  const ok = outcomes.filter((o) => o.ok);
  const sorted = ok.map((o) => o.ms).sort((a, b) => a - b);
  const figures: BurstFigures = {
    forms: jobs.length,
    ok: ok.length,
    errors: outcomes.flatMap((o) => o.statuses).filter((s) => s < 200 || s >= 300).length,
    statuses,
    seconds: elapsed,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    lockWaits,
  };
  log(
    `    ${figures.forms} simultaneous form saves: ${figures.ok} saved, ${figures.errors} errors in ${elapsed.toFixed(2)} s ` +
      `(p50 ${figures.p50.toFixed(0)} ms, p99 ${figures.p99.toFixed(0)} ms); ${lockWaits.samples} samples, ` +
      `advisory waits in ${lockWaits.advisory.samplesWithWaiters} (max ${lockWaits.advisory.maxWaiters}), ` +
      `Lock waits ${JSON.stringify(lockWaits.byEvent)}`,
  );
  return figures;
}

async function benchDatabase(kind: DatabaseKind, logDir: string): Promise<DatabaseFigures> {
  const postgres = kind === 'postgresql';
  log(`\n${postgres ? 'PostgreSQL' : 'PGlite'}:`);
  const maxConnections = Math.max(...connectionCounts);
  const seats = postgres ? Math.max(maxConnections, pairConnections) : maxConnections;
  let dataDir: string | null = null;
  let database: Database;
  if (postgres) {
    await recreateBenchDatabase(url);
    database = await openDatabase({ url, poolSize: 5 });
  } else {
    dataDir = await mkdtemp('/tmp/trellis-http-');
    database = await openDatabase({ dataDir });
  }
  let world: SeededWorld;
  try {
    world = await seedBenchWorld(database, {
      people,
      reviews: reviewsWanted,
      hrAccounts: seats,
      managerAccounts: seats,
      burstForms: postgres ? burstForms : 0,
      log,
    });
  } finally {
    // Closed before the server opens it: a PGlite folder is never open in two processes.
    await database.close();
  }
  log(
    `  ${world.everyone.toLocaleString('en')} people, ${world.reviews.toLocaleString('en')} reviews ` +
      `(seed ${world.seedSeconds.toFixed(1)} s, launch ${world.launchSeconds.toFixed(1)} s)`,
  );
  const serverDatabase = postgres ? { url } : { dataDir: dataDir! };
  const logLevel = values['log-level'];
  const servers: ServerProcess[] = [];
  try {
    const main = await startServerProcess({
      database: serverDatabase,
      logFile: join(logDir, `${kind}-a.log`),
      logLevel,
    });
    servers.push(main);
    serverPids = servers.map((server) => server.pid);
    log(`  server (pid ${main.pid}) at ${main.baseUrl}, log ${main.logFile}`);
    const saveMode = await detectSaveMode(main.baseUrl);
    log(
      `  saves: ${saveMode.kind === 'batch' ? 'one request per form (batch route)' : 'five single-answer requests per form'}`,
    );
    const sessions: Sessions = {
      hr: await signInAll(main.baseUrl, world.hr.map((h) => h.email).slice(0, seats), benchPassword),
      managers: await signInAll(
        main.baseUrl,
        world.managers.map((m) => m.email).slice(0, seats),
        benchPassword,
      ),
      burst: postgres
        ? await signInAll(
            main.baseUrl,
            world.burstManagers.map((m) => m.email),
            benchPassword,
          )
        : [],
    };
    // The question ids of the manager form, as the server presents them (four rated + the proposed rating).
    const first = world.managers[0]!.reviews[0]!;
    const detail = await sendJson(
      main.baseUrl,
      sessions.managers[0]!,
      'GET',
      `/api/reviews/${first.reviewId}`,
    );
    const questionIds = (
      (detail.body as { forms: { kind: string; questions: { id: string }[] }[] }).forms.find(
        (f) => f.kind === 'manager',
      )?.questions ?? []
    ).map((q) => q.id);
    const book = new FormBook(questionIds, saveMode);
    await verifyScenarios(main.baseUrl, world, sessions, book);
    log('  every scenario answered as expected; timing…');

    const plans = plansFor(world, sessions, book);
    // After a save run: the versions the in-flight saves left, read back for the managers that ran.
    const resync = (key: ScenarioKey) =>
      key === 'form-save'
        ? (connections: number) =>
            book.resync(
              world.managers
                .slice(0, connections)
                .map((m, i) => ({ session: sessions.managers[i]!, reviews: m.reviews })),
              main.baseUrl,
            )
        : undefined;
    const figures: ScenarioFigure[] = [];
    for (const scenario of scenarios)
      for (const connections of connectionCounts)
        figures.push(
          await measure(
            scenario.key,
            [{ baseUrl: main.baseUrl, connections }],
            plans[scenario.key],
            resync(scenario.key),
          ),
        );

    let burstFigures: BurstFigures | null = null;
    const twoInstances: TwoInstanceFigure[] = [];
    if (postgres) {
      burstFigures = await burst(main.baseUrl, world, sessions, book);
      const pairKeys: ScenarioKey[] = ['form-save', 'profile'];
      const one: Partial<Record<ScenarioKey, ScenarioFigure>> = {};
      for (const key of pairKeys)
        one[key] = await measure(
          key,
          [{ baseUrl: main.baseUrl, connections: pairConnections }],
          plans[key],
          resync(key),
        );
      const second = await startServerProcess({
        database: serverDatabase,
        logFile: join(logDir, `${kind}-b.log`),
        logLevel,
      });
      servers.push(second);
      serverPids = servers.map((server) => server.pid);
      log(`  second server (pid ${second.pid}) at ${second.baseUrl}`);
      const someone = world.personIds[0]!;
      const check = await sendJson(
        second.baseUrl,
        sessions.hr[pairConnections - 1]!,
        'GET',
        `/api/people/${someone}`,
      );
      expectThat('A profile from the second server', check.status === 200, check.body);
      const half = pairConnections / 2;
      for (const key of pairKeys) {
        const two = await measure(
          key,
          [
            { baseUrl: main.baseUrl, connections: half },
            { baseUrl: second.baseUrl, connections: pairConnections - half },
          ],
          plans[key],
          resync(key),
        );
        twoInstances.push({ scenario: key, oneInstance: one[key]!, twoInstances: two });
      }
    }
    return {
      kind,
      version: postgres ? await serverVersion(url) : 'embedded',
      people: world.everyone,
      reviews: world.reviews,
      selfSubmitted: world.selfSubmitted,
      seedSeconds: world.seedSeconds,
      launchSeconds: world.launchSeconds,
      saveMode: saveMode.kind,
      scenarios: figures,
      burst: burstFigures,
      twoInstances,
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function writeSection() {
  const markdown = renderHttpSection(await loadResults(resultsDir));
  const current = await readFile(reportFile, 'utf8').catch(() => '# Benchmarks\n');
  await writeFile(reportFile, withSection(current, sectionName, markdown));
  log(`Wrote the "${sectionName}" section of ${reportFile}`);
}

async function main() {
  checkOptions();
  if (values['render-only']) return writeSection();
  const startedAt = new Date().toISOString();
  const git = gitState();
  log(
    `Measuring ${repoRoot} at ${git.commit}${git.dirty ? ' (with uncommitted changes)' : ''} as "${label}"`,
  );
  const logDir = await mkdtemp('/tmp/trellis-http-logs-');
  const stopLoad = sampleLoad();
  const databases: DatabaseFigures[] = [];
  if (!values['skip-postgres']) databases.push(await benchDatabase('postgresql', logDir));
  if (!values['skip-pglite']) databases.push(await benchDatabase('pglite', logDir));
  const result: HttpBenchResult = {
    label,
    ...git,
    startedAt,
    finishedAt: new Date().toISOString(),
    node: process.versions.node,
    cpus: cpus().length,
    options: {
      people,
      reviews: reviewsWanted,
      seconds,
      warmupSeconds,
      connections: connectionCounts,
      logLevel: values['log-level'],
    },
    load: stopLoad(),
    databases,
  };
  log(`\n1-minute load average during the run: ${result.load.min.toFixed(1)}–${result.load.max.toFixed(1)}`);
  log(`Server logs: ${logDir}`);
  if (values['no-write']) return;
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `http-${label}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`Wrote ${file}`);
  await writeSection();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
