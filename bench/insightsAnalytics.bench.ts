/**
 * HR analytics benchmark (issue 14: "each analytics page < 300 ms p95 at 100,000 people on
 * PostgreSQL"):
 *   npx tsx bench/insightsAnalytics.bench.ts [--people N] [--runs N] [--no-write] [--reuse]
 *
 * On PostgreSQL (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/trellis_bench_analytics,
 * dropped and recreated): a synthetic organisation of `--people` (100,000) with pay and a calibrated
 * review for everyone (`compSeed.ts`), an active development plan for every third person. The
 * snapshot job runs once (timed: it is the heavy part, off the request path), then each page is read
 * the way the route reads it (`buildAnalytics`): the Now and Next halves for HR over the
 * organisation, and both for the manager with the largest subtree. Writes the `insights-analytics`
 * section of docs/benchmarks.md. `--reuse` keeps the database when it already holds the
 * organisation `bench-analytics` (seeding 100,000 people takes minutes): the snapshot job still
 * runs, so changes to the job are measured too.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { AnalyticsHalf } from '../src/contracts/analytics';
import { analyticsViewer } from '../src/server/insights/analytics/access';
import { buildAnalytics } from '../src/server/insights/analytics/page';
import { refreshAnalytics } from '../src/server/insights/analytics/refresh';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import type { Actor } from '../src/server/platform/auth/actor';
import { type Db, openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { hrActor, seedCompensation } from './compSeed';
import { writeReportSection } from './sections';
import { measure, ms } from './stats';

const targetMs = 300;
const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '30' },
    'no-write': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const peopleCount = Number(values.people);
const runs = Number(values.runs);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/trellis_bench_analytics';
const log = (line: string) => console.log(line);

/** The organisation a previous run seeded, when `--reuse` asks for it and it is there. */
async function seededOrganization(): Promise<string | null> {
  if (!values.reuse) return null;
  const database = await openDatabase({ url }).catch(() => null);
  if (!database) return null;
  try {
    const [row] = await queryRows<{ id: string }>(
      database.db,
      sql`SELECT id FROM organizations WHERE slug = 'bench-analytics'`,
    ).catch(() => []);
    return row?.id ?? null;
  } finally {
    await database.close();
  }
}

async function seed(db: Db): Promise<string> {
  const { organizationId } = await seedSyntheticOrganization(db, {
    people: peopleCount,
    slug: 'bench-analytics',
    name: 'Analytics benchmark',
    seed: 2026,
  });
  await seedCompensation(db, organizationId);
  await db.execute(sql`
    INSERT INTO development_plans (organization_id, owner_id, title, status)
    SELECT organization_id, id, 'Benchmark plan', 'active' FROM people
     WHERE organization_id = ${organizationId} AND abs(hashtext(id::text || 'plan')) % 3 = 0`);
  await db.execute(sql`ANALYZE`);
  return organizationId;
}

async function main() {
  const reused = await seededOrganization();
  if (reused) log(`Reusing the seeded organisation ${reused}.`);
  else await recreateBenchDatabase(url);
  const database = await openDatabase({ url });
  try {
    await migrateDatabase(database);
    const { db } = database;
    const organizationId = reused ?? (await seed(db));
    // The synthetic organisation has no accounts: those there are the two an earlier run added.
    if (reused) await db.execute(sql`DELETE FROM accounts WHERE organization_id = ${organizationId}`);
    const hr = await hrActor(db, organizationId);
    // The manager with the most people below them who is not at the top.
    const [top] = await queryRows<{ id: string; email: string; below: number }>(
      db,
      sql`SELECT p.id, p.email, count(*)::int AS below
            FROM people p JOIN people r ON r.manager_id = p.id
           WHERE p.organization_id = ${organizationId} AND p.manager_id IS NOT NULL
           GROUP BY p.id, p.email ORDER BY count(*) DESC LIMIT 1`,
    );
    const [account] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO accounts (organization_id, person_id, email, roles)
          VALUES (${organizationId}, ${top!.id}, ${top!.email}, '{}') RETURNING id`,
    );
    const manager: Actor = {
      ...hr,
      accountId: account!.id,
      personId: top!.id,
      email: top!.email,
      roles: new Set(),
    };

    const started = performance.now();
    await refreshAnalytics(db, { organizationId });
    const refreshMs = performance.now() - started;
    const [grain] = await queryRows<{ now: number; next: number }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM analytics_now_snapshots WHERE organization_id = ${organizationId} AND rollup = 'grain') AS now,
                 (SELECT count(*)::int FROM analytics_next_snapshots WHERE organization_id = ${organizationId} AND rollup = 'grain') AS next`,
    );

    const rows: string[] = [];
    let ok = true;
    for (const [who, actor] of [
      ['HR, organisation', hr],
      ['manager, subtree', manager],
    ] as const) {
      const viewer = await analyticsViewer(db, actor);
      for (const half of ['now', 'next'] as AnalyticsHalf[]) {
        let size = 0;
        const latency = await measure(async () => {
          const page = await buildAnalytics(db, actor, viewer, { half });
          size = JSON.stringify(page).length;
        }, runs);
        ok &&= latency.p95 < targetMs;
        rows.push(
          `| ${half} page, ${who} (${(size / 1024).toFixed(0)} KB) | p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms over ${latency.runs} runs | < ${targetMs} ms ${latency.p95 < targetMs ? '✓' : '✗'} |`,
        );
      }
    }
    const lines = [
      '## HR analytics pages (PostgreSQL)',
      '',
      `PostgreSQL ${await serverVersion(url)}, ${peopleCount.toLocaleString('en')} people (load ${loadavg()[0]!.toFixed(2)}); the manager has ${top!.below.toLocaleString('en')} direct reports.`,
      '',
      '| step | result | target |',
      '|---|---|---|',
      `| snapshot job (both halves: ${grain!.now.toLocaleString('en')} Now and ${grain!.next.toLocaleString('en')} Next grain rows) | ${ms(refreshMs)} ms | off the request path |`,
      ...rows,
    ];
    for (const line of lines) log(line);
    if (!values['no-write']) log(`Wrote ${await writeReportSection('insights-analytics', lines.join('\n'))}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

await main();
