import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Figure } from './queries';
import { extractSections } from './sections';
import type { SeedBenchResult } from './seed.bench';
import { ms } from './stats';

const reportPath = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const notesStart = '<!-- notes: written by hand from a run; the benchmark keeps this block as it is -->';
const notesEnd = '<!-- /notes -->';

/** Rewrites docs/benchmarks.md with the latest figures, keeping the hand-written notes block. */
export async function writeBenchmarkReport(result: SeedBenchResult): Promise<string> {
  const { postgres: pg, pglite, runs } = result;
  const cores = cpus().length;
  const machine = `${cores} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM`;
  const loaded = result.load.max > cores / 2;
  const n = (value: number) => value.toLocaleString('en');
  const lines = [
    '# Benchmarks',
    '',
    'Measured figures for seeding, for the queries and HTTP calls behind the people directory and the',
    'org chart, for a CSV import, and for the performance track (bulk goal assignment, launching a review',
    'cycle, the calibration grid). Each benchmark rewrites only its own tables; the notes at the end are',
    'written by hand after reading a run.',
    '',
    '```sh',
    '# PostgreSQL reachable at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/trellis_bench);',
    '# the benchmark drops and recreates that database, so its name must contain "bench".',
    'npx tsx bench/seed.bench.ts            # or: npm run bench',
    '```',
    '',
    `Machine: ${machine}; Node ${process.versions.node}; PostgreSQL ${pg.version} on the same machine, default`,
    'settings; PGlite in memory in the benchmark process.',
    `Measured on ${result.startedAt.toISOString().slice(0, 10)}. 1-minute load average during the run: ${result.load.min.toFixed(1)} to ${result.load.max.toFixed(1)} on ${cores} cores${
      loaded
        ? ' — the machine was busy with other work, so these figures are slower than on an idle machine and vary more between runs.'
        : '.'
    }`,
    `Latencies are p50 and p95 over ${runs} sequential runs after 5 warm-up runs, one request or query at a time.`,
    '',
    '## Seeding',
    '',
    '| what | PostgreSQL | PGlite |',
    '|---|---:|---:|',
    `| synthetic organisation, people | ${n(pg.people)} | ${pglite ? n(pglite.people) : '—'} |`,
    `| seed time (plan + insert in one transaction, indexes included) | ${pg.seedSeconds.toFixed(1)} s | ${pglite ? `${pglite.seedSeconds.toFixed(1)} s` : '—'} |`,
    `| VACUUM ANALYZE afterwards | ${pg.vacuumAnalyzeSeconds.toFixed(1)} s | ${pglite ? `${pglite.analyzeSeconds.toFixed(1)} s` : '—'} |`,
    `| depth of the hierarchy / widest span (active reports) | ${pg.targets.depth} / ${pg.targets.widestSpan} | ${pglite ? `${pglite.targets.depth} / ${pglite.targets.widestSpan}` : '—'} |`,
    '',
    'On PostgreSQL the benchmark runs `VACUUM ANALYZE` after seeding, standing in for the autovacuum a live',
    'server would run shortly after a bulk load. PGlite runs no autovacuum, so its API is measured both as',
    'seeded and after an explicit `VACUUM ANALYZE`.',
    '',
    `## Queries on PostgreSQL, ${n(pg.people)} people`,
    '',
    'Each query as the routes call it for an HR admin, who also sees leavers (`src/server/org/queries.ts`),',
    "with the schema's indexes (trigram indexes for search, `people_org_status_idx` for counts), straight",
    'on the database without HTTP.',
    '',
    '| query | p50 (ms) | p95 (ms) |',
    '|---|---:|---:|',
    ...pg.queries.map((q) => `| ${q.name} | ${ms(q.latency.p50)} | ${ms(q.latency.p95)} |`),
    '',
    `## HTTP API on PostgreSQL, ${n(pg.people)} people`,
    '',
    'The real app (`buildApp`) on a loopback port, signed in as an HR admin through `POST /api/auth/login`;',
    'each request goes through the session check, validation, authorization and the presenter, and the',
    'time includes reading the whole response.',
    '',
    '| call | request | p50 (ms) | p95 (ms) | answer |',
    '|---|---|---:|---:|---|',
    ...pg.api.map(apiRow),
    '',
    ...(pglite
      ? [
          `## HTTP API on PGlite, ${n(pglite.people)} people`,
          '',
          'The same calls on the embedded database the app uses by default.',
          '',
          '| call | request | p50 as seeded | p95 as seeded | p50 after ANALYZE | p95 after ANALYZE | answer |',
          '|---|---|---:|---:|---:|---:|---|',
          ...pglite.apiAsSeeded.map((figure, index) => {
            const analyzed = pglite.apiAnalyzed[index]!;
            return `| ${figure.name} | \`${figure.request}\` | ${ms(figure.latency.p50)} | ${ms(figure.latency.p95)} | ${ms(analyzed.latency.p50)} | ${ms(analyzed.latency.p95)} | ${figure.note ?? ''} |`;
          }),
          '',
        ]
      : []),
    `## CSV import into the ${n(pg.people)}-person organisation (PostgreSQL)`,
    '',
    `A ${n(pg.import.rows)}-row file (half title changes of existing people, half new joiners), every row checked`,
    'against the whole organisation; applied in one transaction with one batch of audit events.',
    '',
    '| what | seconds |',
    '|---|---:|',
    `| check only (\`--dry-run\`) | ${pg.import.dryRun.toFixed(2)} |`,
    `| check and apply | ${pg.import.applied.toFixed(2)} |`,
    '',
    // Figures of the other benchmarks (goals, review cycles, calibration) stay as they were.
    ...(await existingSections()).flatMap((section) => [section, '']),
    '## Notes',
    '',
    notesStart,
    await existingNotes(),
    notesEnd,
    '',
  ];
  await writeFile(reportPath, lines.join('\n'));
  return reportPath;
}

function apiRow(figure: Figure): string {
  return `| ${figure.name} | \`${figure.request}\` | ${ms(figure.latency.p50)} | ${ms(figure.latency.p95)} | ${figure.note ?? ''} |`;
}

async function existingSections(): Promise<string[]> {
  return extractSections(await readFile(reportPath, 'utf8').catch(() => ''));
}

async function existingNotes(): Promise<string> {
  const current = await readFile(reportPath, 'utf8').catch(() => '');
  const start = current.indexOf(notesStart);
  const end = current.indexOf(notesEnd);
  if (start < 0 || end < start)
    return '_No notes yet: read the figures above and write what they mean here._';
  return current.slice(start + notesStart.length, end).trim();
}
