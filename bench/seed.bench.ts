/**
 * Seeding, query, HTTP API and import benchmark:
 *   npx tsx bench/seed.bench.ts [--people N] [--pglite-people N] [--runs N] [--skip-pglite] [--no-write]
 *
 * PostgreSQL (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/trellis_bench, dropped and
 * recreated): seeds a synthetic organisation of 100,000 people, times the directory and org-chart
 * queries, then the same screens through the real HTTP API signed in as an HR admin, then a 1,000-row
 * CSV import. Embedded PGlite (in memory): the same API calls on a 10,000-person organisation.
 * Writes the figures to docs/benchmarks.md.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { type Database, openDatabase } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { signInAsHrAdmin, startBenchServer, timeApi } from './api';
import { defaultBenchUrl, recreateBenchDatabase, serverVersion } from './benchDatabase';
import { type ImportFigures, timeImport } from './importBench';
import { type Figure, timeQueries } from './queries';
import { writeBenchmarkReport } from './report';
import { pickTargets, type Targets } from './targets';

export interface OrganizationFigures {
  people: number;
  seedSeconds: number;
  targets: Targets;
}

export interface PostgresFigures extends OrganizationFigures {
  version: string;
  vacuumAnalyzeSeconds: number;
  queries: Figure[];
  api: Figure[];
  import: ImportFigures;
}

export interface PgliteFigures extends OrganizationFigures {
  /** As the app leaves the database after seeding: PGlite runs no autovacuum, so no planner statistics. */
  apiAsSeeded: Figure[];
  analyzeSeconds: number;
  apiAnalyzed: Figure[];
}

export interface SeedBenchResult {
  runs: number;
  postgres: PostgresFigures;
  pglite: PgliteFigures | null;
  /** 1-minute load average, sampled every few seconds during the run. */
  load: { min: number; max: number };
  startedAt: Date;
}

const log = (line: string) => console.log(line);
const seconds = (startedMs: number) => (performance.now() - startedMs) / 1000;

async function seed(database: Database, people: number) {
  log(`Seeding ${people.toLocaleString('en')} people (${database.kind})…`);
  const seeded = await seedSyntheticOrganization(database.db, { people, slug: 'bench' });
  log(`  ${(seeded.ms / 1000).toFixed(1)} s`);
  return { organizationId: seeded.organizationId, people: seeded.count, seedSeconds: seeded.ms / 1000 };
}

async function withServer<T>(
  database: Database,
  organizationId: string,
  fn: (baseUrl: string, cookie: string) => Promise<T>,
): Promise<T> {
  const server = await startBenchServer(database);
  try {
    const cookie = await signInAsHrAdmin(database, server.baseUrl, organizationId);
    return await fn(server.baseUrl, cookie);
  } finally {
    await server.close();
  }
}

export async function runPostgresBenchmark(options: {
  people: number;
  runs: number;
  url: string;
}): Promise<PostgresFigures> {
  await recreateBenchDatabase(options.url);
  const database = await openDatabase({ url: options.url, poolSize: 10 });
  try {
    await migrateDatabase(database);
    const { db } = database;
    const seeded = await seed(database, options.people);
    // The visibility map and planner statistics autovacuum would have set shortly after a bulk load.
    const vacuumStarted = performance.now();
    await db.execute(sql`VACUUM ANALYZE`);
    const vacuumAnalyzeSeconds = seconds(vacuumStarted);
    const targets = await pickTargets(db, seeded.organizationId);
    log('Queries (PostgreSQL):');
    const queries = await timeQueries(db, seeded.organizationId, seeded.people, targets, options.runs);
    log('HTTP API (PostgreSQL):');
    const api = await withServer(database, seeded.organizationId, (baseUrl, cookie) =>
      timeApi(baseUrl, cookie, seeded.people, targets, options.runs),
    );
    log('CSV import (PostgreSQL):');
    const imported = await timeImport(db, seeded.organizationId);
    return {
      people: seeded.people,
      seedSeconds: seeded.seedSeconds,
      targets,
      version: await serverVersion(options.url),
      vacuumAnalyzeSeconds,
      queries,
      api,
      import: imported,
    };
  } finally {
    await database.close();
  }
}

export async function runPgliteBenchmark(options: { people: number; runs: number }): Promise<PgliteFigures> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateDatabase(database);
    const seeded = await seed(database, options.people);
    const targets = await pickTargets(database.db, seeded.organizationId);
    return await withServer(database, seeded.organizationId, async (baseUrl, cookie) => {
      log('HTTP API (PGlite, as seeded):');
      const apiAsSeeded = await timeApi(baseUrl, cookie, seeded.people, targets, options.runs);
      const analyzeStarted = performance.now();
      await database.db.execute(sql`VACUUM ANALYZE`);
      const analyzeSeconds = seconds(analyzeStarted);
      log(`HTTP API (PGlite, after VACUUM ANALYZE in ${analyzeSeconds.toFixed(1)} s):`);
      const apiAnalyzed = await timeApi(baseUrl, cookie, seeded.people, targets, options.runs);
      return {
        people: seeded.people,
        seedSeconds: seeded.seedSeconds,
        targets,
        apiAsSeeded,
        analyzeSeconds,
        apiAnalyzed,
      };
    });
  } finally {
    await database.close();
  }
}

function sampleLoad() {
  const samples = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), 5_000);
  timer.unref();
  return () => {
    clearInterval(timer);
    samples.push(loadavg()[0]!);
    return { min: Math.min(...samples), max: Math.max(...samples) };
  };
}

export async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      'pglite-people': { type: 'string', default: '10000' },
      runs: { type: 'string', default: '50' },
      'skip-pglite': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const people = Number(values.people);
  const pglitePeople = Number(values['pglite-people']);
  const runs = Number(values.runs);
  const wholeAtLeast = (n: number, min: number) => Number.isSafeInteger(n) && n >= min;
  if (
    !wholeAtLeast(people, 2_000) ||
    !wholeAtLeast(pglitePeople, 1_000) ||
    !wholeAtLeast(runs, 1) ||
    runs > 1_000
  ) {
    throw new Error(
      '--people needs a whole number of at least 2000 (room for a 1,000-row import), --pglite-people one of at least 1000, --runs one from 1 to 1000.',
    );
  }
  const url = process.env.DATABASE_URL || defaultBenchUrl;
  const startedAt = new Date();
  const stopSampling = sampleLoad();
  const postgres = await runPostgresBenchmark({ people, runs, url });
  const pglite = values['skip-pglite'] ? null : await runPgliteBenchmark({ people: pglitePeople, runs });
  const result: SeedBenchResult = { runs, postgres, pglite, load: stopSampling(), startedAt };
  log(`1-minute load average during the run: ${result.load.min.toFixed(1)}–${result.load.max.toFixed(1)}`);
  if (!values['no-write']) log(`Wrote ${await writeBenchmarkReport(result)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
