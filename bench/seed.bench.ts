/**
 * Seeding and org-query benchmark on PostgreSQL: `npx tsx bench/seed.bench.ts [--people N] [--runs N] [--no-write]`.
 * Seeds a synthetic organisation into a freshly created database (DATABASE_URL, or
 * postgres://postgres@127.0.0.1:5432/trellis_bench), then times the directory and org-chart
 * queries the API runs, plus a 1,000-row CSV import, and writes the figures to docs/benchmarks.md.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { importPeopleCsv } from '../src/server/org/import/importPeopleCsv';
import {
  listDirectory,
  managerOn,
  orgChartChildren,
  orgChartPath,
  orgChartRoots,
} from '../src/server/org/queries';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { type Db, openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { defaultBenchUrl, recreateBenchDatabase, serverVersion } from './benchDatabase';
import { createProposedIndexes } from './proposedIndexes';
import { writeBenchmarkReport } from './report';
import { type Latency, measure, ms } from './stats';

export interface QueryFigure {
  name: string;
  latency: Latency;
  /** The same query once the indexes in proposedIndexes.ts exist. */
  withProposedIndexes: Latency;
}

export interface SeedBenchResult {
  people: number;
  seedSeconds: number;
  analyzeSeconds: number;
  depth: number;
  widestSpan: number;
  queries: QueryFigure[];
  importSeconds: { dryRun: number; applied: number; rows: number };
  postgresVersion: string;
}

export async function runSeedBenchmark(options: {
  people: number;
  runs: number;
  url: string;
}): Promise<SeedBenchResult> {
  await recreateBenchDatabase(options.url);
  const database = await openDatabase({ url: options.url, poolSize: 4 });
  try {
    await migrateDatabase(database);
    const { db } = database;
    log(`Seeding ${options.people.toLocaleString('en')} people…`);
    const seeded = await seedSyntheticOrganization(db, { people: options.people, slug: 'bench' });
    log(`  ${(seeded.ms / 1000).toFixed(1)} s`);
    // Planner statistics, as autovacuum would gather them on a live database shortly after a bulk load.
    const analyzeStarted = performance.now();
    await db.execute(sql`ANALYZE`);
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;

    const organizationId = seeded.organizationId;
    const targets = await pickTargets(db, organizationId);
    const importSeconds = await timeImport(db, organizationId);
    const cases = queryCases(db, organizationId, targets);
    const baseline = await timeQueries(cases, options.runs);
    log('Adding the proposed indexes and measuring again…');
    await createProposedIndexes(db);
    const indexed = await timeQueries(cases, options.runs);
    const queries = cases.map(([name], index) => ({
      name,
      latency: baseline[index]!,
      withProposedIndexes: indexed[index]!,
    }));
    return {
      people: seeded.count,
      seedSeconds: seeded.ms / 1000,
      analyzeSeconds,
      depth: targets.depth,
      widestSpan: targets.widestSpan,
      queries,
      importSeconds,
      postgresVersion: await serverVersion(options.url),
    };
  } finally {
    await database.close();
  }
}

interface Targets {
  widestManagerId: string;
  widestSpan: number;
  deepestId: string;
  depth: number;
  searchTerm: string;
}

/** The worst cases for the org chart: the manager with the most reports and a person at the greatest depth. */
async function pickTargets(db: Db, organizationId: string): Promise<Targets> {
  const [widest] = await queryRows<{ manager_id: string; span: number }>(
    db,
    sql`SELECT manager_id, count(*)::int AS span FROM people
        WHERE organization_id = ${organizationId} AND manager_id IS NOT NULL
        GROUP BY manager_id ORDER BY span DESC LIMIT 1`,
  );
  const [deepest] = await queryRows<{ id: string; depth: number }>(
    db,
    sql`WITH RECURSIVE tree(id, depth) AS (
          SELECT id, 0 FROM people WHERE organization_id = ${organizationId} AND manager_id IS NULL
          UNION ALL
          SELECT p.id, t.depth + 1 FROM people p JOIN tree t ON p.manager_id = t.id)
        SELECT id, depth FROM tree ORDER BY depth DESC LIMIT 1`,
  );
  // A family-name prefix a person would type: the first letters of a common name in the data.
  const [common] = await queryRows<{ family_name: string }>(
    db,
    sql`SELECT family_name FROM people WHERE organization_id = ${organizationId}
        GROUP BY family_name ORDER BY count(*) DESC LIMIT 1`,
  );
  return {
    widestManagerId: widest!.manager_id,
    widestSpan: widest!.span,
    deepestId: deepest!.id,
    depth: deepest!.depth,
    searchTerm: common!.family_name.slice(0, 4),
  };
}

type QueryCase = [name: string, run: () => Promise<unknown>];

function queryCases(db: Db, organizationId: string, targets: Targets): QueryCase[] {
  const page = { page: 1, pageSize: 25 };
  return [
    [
      'Directory page 1, sorted by family name (25 rows + total count)',
      () => listDirectory(db, organizationId, page, { includeTerminated: false }),
    ],
    [
      `Directory search q="${targets.searchTerm}" (25 rows + total count)`,
      () =>
        listDirectory(db, organizationId, { ...page, q: targets.searchTerm }, { includeTerminated: false }),
    ],
    [
      'Directory search q="an" (two letters, matches most people)',
      () => listDirectory(db, organizationId, { ...page, q: 'an' }, { includeTerminated: false }),
    ],
    ['Org chart roots', () => orgChartRoots(db, organizationId)],
    [
      `Org chart children of the widest manager (${targets.widestSpan} reports, first 50)`,
      () => orgChartChildren(db, organizationId, targets.widestManagerId, null, 50),
    ],
    [
      `Path to the root from a deepest person (depth ${targets.depth}, recursive CTE)`,
      () => orgChartPath(db, organizationId, targets.deepestId),
    ],
    [
      'Manager of a person on a past date (reporting-line history)',
      () => managerOn(db, organizationId, targets.deepestId, '2025-06-30'),
    ],
  ];
}

async function timeQueries(cases: readonly QueryCase[], runs: number): Promise<Latency[]> {
  const figures: Latency[] = [];
  for (const [name, run] of cases) {
    const latency = await measure(run, runs);
    log(`${name}: p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms`);
    figures.push(latency);
  }
  return figures;
}

/** A realistic HR file at this size: 500 title changes for existing people and 500 new joiners. */
async function timeImport(db: Db, organizationId: string) {
  const existing = await queryRows<{
    employee_id: string;
    email: string;
    given_name: string;
    family_name: string;
    hire_date: string;
    manager_email: string;
  }>(
    db,
    sql`SELECT p.employee_id, p.email, p.given_name, p.family_name, p.hire_date::text, m.email AS manager_email
        FROM people p JOIN people m ON m.id = p.manager_id
        WHERE p.organization_id = ${organizationId} AND p.status = 'active' AND m.status = 'active'
        ORDER BY p.employee_id LIMIT 1000`,
  );
  const lines = ['employee_id,email,given_name,family_name,job_title,hire_date,manager_email'];
  existing.slice(0, 500).forEach((p) => {
    lines.push(
      `${p.employee_id},${p.email},${p.given_name},${p.family_name},Programme Lead,${p.hire_date},${p.manager_email}`,
    );
  });
  existing.slice(500).forEach((p, index) => {
    lines.push(
      `NEW-${index},joiner${index}@bench.test,New,Joiner ${index},Analyst,2026-11-02,${p.manager_email}`,
    );
  });
  const csv = lines.join('\n');
  const timed = async (dryRun: boolean) => {
    const started = performance.now();
    const report = await importPeopleCsv(db, { organizationId, actorAccountId: null, csv, dryRun });
    if (report.invalid > 0)
      throw new Error(
        `benchmark import file is invalid: ${JSON.stringify(report.rows.find((r) => r.errors.length))}`,
      );
    return (performance.now() - started) / 1000;
  };
  const dryRun = await timed(true);
  const applied = await timed(false);
  log(
    `Import of ${lines.length - 1} rows: check only ${dryRun.toFixed(2)} s, applied ${applied.toFixed(2)} s`,
  );
  return { dryRun, applied, rows: lines.length - 1 };
}

const log = (line: string) => console.log(line);

export async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '50' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const people = Number(values.people);
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(people) || people < 10 || !Number.isSafeInteger(runs) || runs < 1) {
    throw new Error('--people needs a whole number of at least 10 and --runs one of at least 1.');
  }
  const url = process.env.DATABASE_URL || defaultBenchUrl;
  const result = await runSeedBenchmark({ people, runs, url });
  if (!values['no-write']) {
    const path = await writeBenchmarkReport(result);
    log(`Wrote ${path}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
