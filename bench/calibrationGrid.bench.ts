/**
 * Calibration grid benchmark:
 *   npx tsx bench/calibrationGrid.bench.ts [--people N] [--runs N] [--no-write]
 *
 * PostgreSQL (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/trellis_bench_calibration, dropped
 * and recreated): a synthetic organisation, one active review cycle in which everyone with a manager
 * has a submitted review (about 2,500 by default), all of them in one calibration session with a few
 * hundred moves. Times the session's screens through the real HTTP API as an HR admin and writes the
 * table to the `calibration-grid` section of docs/benchmarks.md. Target: the grid under 1 s.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { testContent } from '../src/server/performance/calibration/testing';
import { type Database, openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { signInAsHrAdmin, startBenchServer } from './api';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { writeReportSection } from './sections';
import { measure, ms } from './stats';

const defaultUrl = 'postgres://postgres@127.0.0.1:5432/trellis_bench_calibration';
const targetMs = 1000;

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '2600' },
    runs: { type: 'string', default: '30' },
    'no-write': { type: 'boolean', default: false },
  },
});
const people = Number(values.people);
const runs = Number(values.runs);
const url = process.env.DATABASE_URL ?? defaultUrl;
const log = (line: string) => console.log(line);

/** One active cycle, a submitted review for everyone with a manager, all in one open session with moves. */
async function seedCalibration(database: Database, organizationId: string) {
  const { db } = database;
  const [cycle] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO review_cycles (organization_id, name, period_start, period_end, content, status,
          self_review_due, manager_review_due, calibration_due, release_due, acknowledge_due, launched_at)
        VALUES (${organizationId}, 'Benchmark cycle', '2026-01-01', '2026-06-30', ${JSON.stringify(testContent)}::jsonb,
          'active', '2026-07-10', '2026-07-24', '2026-08-07', '2026-08-14', '2026-08-28', now())
        RETURNING id`,
  );
  const [session] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO calibration_sessions (organization_id, cycle_id, name, guideline)
        VALUES (${organizationId}, ${cycle!.id}, 'Whole company', '[10, 20, 40, 20, 10]'::jsonb) RETURNING id`,
  );
  // Ratings from a hash of the person's id: deterministic, spread over the scale like real proposals.
  await db.execute(sql`
    INSERT INTO reviews (organization_id, cycle_id, subject_id, reviewer_id, department_id, level_id, state,
                         proposed_rating, overall_score, calibration_session_id)
    SELECT p.organization_id, ${cycle!.id}, p.id, p.manager_id, p.department_id, p.level_id, 'in_calibration',
           1 + (abs(hashtext(p.id::text)) % 5), round((1 + (abs(hashtext(p.id::text || 's')) % 400) / 100.0)::numeric, 3),
           ${session!.id}
      FROM people p WHERE p.organization_id = ${organizationId} AND p.manager_id IS NOT NULL`);
  await db.execute(sql`
    INSERT INTO review_forms (organization_id, review_id, kind, author_id, state, submitted_at)
    SELECT organization_id, id, 'self', subject_id, 'submitted', now() FROM reviews WHERE cycle_id = ${cycle!.id}
    UNION ALL
    SELECT organization_id, id, 'manager', reviewer_id, 'submitted', now() FROM reviews WHERE cycle_id = ${cycle!.id}`);
  await db.execute(sql`
    INSERT INTO calibration_moves (organization_id, session_id, review_id, from_rating, to_rating, rationale, moved_at)
    SELECT organization_id, calibration_session_id, id, proposed_rating,
           CASE WHEN proposed_rating = 5 THEN 4 ELSE proposed_rating + 1 END,
           'Benchmark move: results above what the proposal reflected.', now() - (random() * interval '2 hours')
      FROM reviews WHERE calibration_session_id = ${session!.id}
     ORDER BY id LIMIT 300`);
  await db.execute(sql`ANALYZE`);
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM reviews WHERE calibration_session_id = ${session!.id}`,
  );
  return { sessionId: session!.id, reviews: count!.n };
}

async function main() {
  log(`Recreating ${url.replace(/\/\/[^@]*@/, '//')}…`);
  await recreateBenchDatabase(url);
  const database = await openDatabase({ url, poolSize: 10 });
  try {
    await migrateDatabase(database);
    const version = await serverVersion(url);
    log(`Seeding ${people.toLocaleString('en')} people…`);
    const { organizationId } = await seedSyntheticOrganization(database.db, {
      people,
      slug: 'bench-calibration',
      name: 'Calibration benchmark',
      seed: 2026,
    });
    const { sessionId, reviews } = await seedCalibration(database, organizationId);
    log(`${reviews.toLocaleString('en')} reviews in one session.`);
    if (reviews < 2000) throw new Error(`Only ${reviews} reviews: use --people above 2,000.`);

    const server = await startBenchServer(database);
    try {
      const cookie = await signInAsHrAdmin(database, server.baseUrl, organizationId);
      const get = async (path: string) => {
        const response = await fetch(server.baseUrl + path, {
          headers: { cookie },
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        if (response.status !== 200)
          throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
        return { text, body: JSON.parse(text) };
      };
      const base = `/api/calibration/sessions/${sessionId}`;
      // Checked once before timing: a wrong answer must not pass for a fast one.
      const grid = await get(`${base}/grid`);
      const shares = grid.body.distribution.reduce(
        (sum: number, bar: { count: number }) => sum + bar.count,
        0,
      );
      if (grid.body.cards.length !== reviews || shares !== reviews)
        throw new Error('The grid does not hold every review.');
      const moved = grid.body.cards.filter((card: { moved: boolean }) => card.moved).length;
      const cases = [
        {
          name: `Calibration grid (${reviews.toLocaleString('en')} people, ${moved} moved; writes ${reviews.toLocaleString('en')} access-log rows)`,
          path: `${base}/grid`,
        },
        { name: 'Session detail (approvers, readiness counts)', path: base },
        { name: 'Moves history, first page (25 of 300)', path: `${base}/moves?page=1&pageSize=25` },
      ];
      const rows: string[] = [];
      for (const item of cases) {
        const latency = await measure(() => get(item.path), runs, 3);
        const size = (await get(item.path)).text.length;
        rows.push(
          `| ${item.name} | ${ms(latency.p50)} | ${ms(latency.p95)} | ${(size / 1024).toFixed(0)} KiB | ${latency.runs} |`,
        );
        log(`${item.name}: p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms`);
      }
      const table = [
        '## Calibration grid (PostgreSQL, HTTP)',
        '',
        `\`npx tsx bench/calibrationGrid.bench.ts\` — PostgreSQL ${version}, ${people.toLocaleString('en')} people, one session of ${reviews.toLocaleString('en')} reviews, signed in as an HR admin, sequential requests on loopback. Target for the grid: under ${targetMs} ms.`,
        '',
        '| Request | p50 ms | p95 ms | Response | Runs |',
        '|---|---:|---:|---:|---:|',
        ...rows,
      ].join('\n');
      console.log(`\n${table}\n`);
      if (!values['no-write']) log(`Wrote ${await writeReportSection('calibration-grid', table)}`);
    } finally {
      await server.close();
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
