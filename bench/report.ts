import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { proposedIndexes } from './proposedIndexes';
import type { SeedBenchResult } from './seed.bench';
import { ms } from './stats';

const reportPath = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

/** Rewrites docs/benchmarks.md with the latest measured figures. */
export async function writeBenchmarkReport(result: SeedBenchResult): Promise<string> {
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM`;
  const lines = [
    '# Benchmarks',
    '',
    'Measured figures for seeding and for the queries behind the people directory and the org chart.',
    'Regenerate them with the command below; the file is rewritten by the benchmark.',
    '',
    '```sh',
    '# PostgreSQL reachable at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/trellis_bench);',
    '# the benchmark drops and recreates that database, so its name must contain "bench".',
    'npx tsx bench/seed.bench.ts            # or: npm run bench',
    '```',
    '',
    `Machine: ${machine}; Node ${process.versions.node}; PostgreSQL ${result.postgresVersion} on the same machine, default settings.`,
    `Measured on ${new Date().toISOString().slice(0, 10)}. Figures are from one run; on a small machine they vary between runs`,
    '(p95 most, up to about twice), so compare p50s and rerun before drawing fine conclusions.',
    '',
    '## Seeding',
    '',
    '| what | figure |',
    '|---|---|',
    `| synthetic organisation, people | ${result.people.toLocaleString('en')} |`,
    `| seed time (plan + insert in one transaction) | ${result.seedSeconds.toFixed(1)} s |`,
    `| ANALYZE afterwards | ${result.analyzeSeconds.toFixed(1)} s |`,
    `| depth of the hierarchy / widest span | ${result.depth} / ${result.widestSpan} |`,
    '',
    '## Queries at that size',
    '',
    `Each query as the API runs it (\`src/server/org/queries.ts\`), ${result.queries[0]?.latency.runs ?? 0} timed runs after 5 warm-up runs, one connection at a time.`,
    '',
    'The last two columns repeat the measurement after adding the indexes listed below (not part of the',
    'schema yet; see "Proposed indexes").',
    '',
    '| query | p50 (ms) | p95 (ms) | p50 with proposed indexes | p95 with proposed indexes |',
    '|---|---:|---:|---:|---:|',
    ...result.queries.map(
      (q) =>
        `| ${q.name} | ${ms(q.latency.p50)} | ${ms(q.latency.p95)} | ${ms(q.withProposedIndexes.p50)} | ${ms(q.withProposedIndexes.p95)} |`,
    ),
    '',
    '### Proposed indexes',
    '',
    ...proposedIndexes.map((index) => `- \`${index.statement}\` — ${index.why}`),
    '',
    'The trigram indexes need the `pg_trgm` extension (`CREATE EXTENSION pg_trgm`; bundled with PostgreSQL,',
    'and available to PGlite as `@electric-sql/pglite/contrib/pg_trgm`). Trigrams need three characters, so a',
    'one- or two-letter search still reads every row; searching those as a name prefix would keep it indexed.',
    'With the trigram indexes the total count becomes cheap, but the page query may still walk the name index',
    'in family-name order and filter row by row, because the planner expects to meet 25 matches early;',
    'selecting the matches first (a `MATERIALIZED` CTE, then sort and limit) lets the page use the trigram',
    'indexes too.',
    '',
    '## CSV import into that organisation',
    '',
    `A ${result.importSeconds.rows.toLocaleString('en')}-row file (half updates of existing people, half new joiners), all rows checked against the whole organisation:`,
    '',
    '| what | seconds |',
    '|---|---:|',
    `| check only (\`--dry-run\`) | ${result.importSeconds.dryRun.toFixed(2)} |`,
    `| check and apply, with one audit event per person | ${result.importSeconds.applied.toFixed(2)} |`,
    '',
  ];
  await writeFile(reportPath, `${lines.join('\n')}\n`);
  return reportPath;
}
