/**
 * Compensation cycle launch benchmark:
 *   npx tsx bench/compLaunch.ts [--people N] [--runs N] [--no-write]
 *
 * PostgreSQL (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/trellis_bench_comp, dropped and
 * recreated): a synthetic organisation of 10,000 people by default, each with a pay record (a fifth
 * paid in USD, the rest in EUR; some monthly, some with a recent merit increase), a EUR band per
 * level, and a review cycle whose one locked calibration session rated everyone. Each run sets up a
 * new draft cycle (eligibility rules, merit matrix, FX table) and times the launch command — check,
 * snapshot of every person, batched inserts, audit — then writes the `comp-launch` section of
 * docs/benchmarks.md. Target: under 5 s for 10,000 people (issue 12).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { testContent } from '../src/server/performance/calibration/testing';
import { launchCompCycle } from '../src/server/performance/compensation/cycles/commands/launchCycle';
import { createCompCycle } from '../src/server/performance/compensation/cycles/commands/saveCycle';
import { cycleCounts } from '../src/server/performance/compensation/cycles/queries';
import { testCycleSetup } from '../src/server/performance/compensation/cycles/testing';
import type { Actor } from '../src/server/platform/auth/actor';
import { type Db, openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { writeReportSection } from './sections';
import { ms } from './stats';

const defaultUrl = 'postgres://postgres@127.0.0.1:5432/trellis_bench_comp';
const targetMs = 5000;

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    'no-write': { type: 'boolean', default: false },
  },
});
const people = Number(values.people);
const runs = Number(values.runs);
const url = process.env.DATABASE_URL ?? defaultUrl;
const log = (line: string) => console.log(line);

/** Pay for everyone, bands per level, and a locked calibration rating everyone — set-based inserts. */
async function seedCompensation(db: Db, organizationId: string) {
  await db.execute(sql`
    INSERT INTO comp_bands (organization_id, job_family, level_id, currency, min_minor, target_minor, max_minor, effective_from)
    SELECT ${organizationId}, 'General', l.id, 'EUR', 3000000 + l.rank * 1500000, 4000000 + l.rank * 1500000,
           5000000 + l.rank * 1500000, '2024-01-01'
      FROM levels l WHERE l.organization_id = ${organizationId}`);
  // Deterministic spread from a hash of the id: a fifth in USD, a tenth monthly, a tenth raised lately.
  await db.execute(sql`
    INSERT INTO pay_records (organization_id, person_id, effective_from, base_minor, currency, frequency, job_family, reason)
    SELECT p.organization_id, p.id, '2024-01-01',
           CASE WHEN abs(hashtext(p.id::text)) % 10 = 0 THEN 400000 + abs(hashtext(p.id::text || 'b')) % 300000
                ELSE 3500000 + abs(hashtext(p.id::text || 'b')) % 9000000 END,
           CASE WHEN abs(hashtext(p.id::text)) % 5 = 1 THEN 'USD' ELSE 'EUR' END,
           CASE WHEN abs(hashtext(p.id::text)) % 10 = 0 THEN 'monthly' ELSE 'annual' END,
           'General', 'hire'
      FROM people p WHERE p.organization_id = ${organizationId}`);
  await db.execute(sql`
    INSERT INTO pay_records (organization_id, person_id, effective_from, base_minor, currency, frequency, job_family, reason)
    SELECT pr.organization_id, pr.person_id, '2026-09-01', pr.base_minor + pr.base_minor / 20, pr.currency, pr.frequency, pr.job_family, 'merit'
      FROM pay_records pr WHERE pr.organization_id = ${organizationId} AND abs(hashtext(pr.person_id::text || 'r')) % 10 = 0`);
  const [cycle] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO review_cycles (organization_id, name, period_start, period_end, content, status,
          self_review_due, manager_review_due, calibration_due, release_due, acknowledge_due, launched_at)
        VALUES (${organizationId}, 'Benchmark reviews', '2026-01-01', '2026-12-31', ${JSON.stringify(testContent)}::jsonb,
          'active', '2026-07-10', '2026-07-24', '2026-08-07', '2026-08-14', '2026-08-28', now())
        RETURNING id`,
  );
  const [session] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO calibration_sessions (organization_id, cycle_id, name, state, locked_at)
        VALUES (${organizationId}, ${cycle!.id}, 'Whole company', 'locked', now()) RETURNING id`,
  );
  await db.execute(sql`
    INSERT INTO reviews (organization_id, cycle_id, subject_id, reviewer_id, state, proposed_rating, final_rating, calibration_session_id)
    SELECT p.organization_id, ${cycle!.id}, p.id, p.manager_id, 'calibrated', 3, 1 + abs(hashtext(p.id::text)) % 5, ${session!.id}
      FROM people p WHERE p.organization_id = ${organizationId}`);
  await db.execute(sql`ANALYZE`);
  return cycle!.id;
}

/** An HR admin's actor: the benchmark calls the command as the route would after signing in. */
async function hrActor(db: Db, organizationId: string): Promise<Actor> {
  const [person] = await queryRows<{ id: string; email: string }>(
    db,
    sql`SELECT id, email FROM people WHERE organization_id = ${organizationId} AND status = 'active' ORDER BY employee_id LIMIT 1`,
  );
  const [account] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO accounts (organization_id, person_id, email, roles)
        VALUES (${organizationId}, ${person!.id}, ${person!.email}, ARRAY['hr_admin']) RETURNING id`,
  );
  return {
    accountId: account!.id,
    organizationId,
    personId: person!.id,
    email: person!.email,
    roles: new Set(['hr_admin']),
    locale: 'en',
    sessionId: 'bench',
    csrfToken: 'bench',
  };
}

async function main() {
  log(`Recreating ${url.replace(/\/\/[^@]*@/, '//')}…`);
  await recreateBenchDatabase(url);
  const database = await openDatabase({ url, poolSize: 4 });
  try {
    await migrateDatabase(database);
    const version = await serverVersion(url);
    log(`Seeding ${people.toLocaleString('en')} people with pay, bands and calibrated ratings…`);
    const { organizationId } = await seedSyntheticOrganization(database.db, {
      people,
      slug: 'bench-comp',
      name: 'Compensation benchmark',
      seed: 2026,
    });
    const reviewCycleId = await seedCompensation(database.db, organizationId);
    const actor = await hrActor(database.db, organizationId);
    const matrix = {
      axis: 'compa_ratio' as const,
      thresholds: ['0.9', '1', '1.1'],
      rows: [1, 2, 3, 4, 5].map((rating) => ({
        rating,
        cells: [0, 1, 2, 3].map((column) => {
          const target = Math.max(0, rating - 1 - column * 0.5);
          return {
            minPct: String(Math.max(0, target - 1)),
            targetPct: String(target),
            maxPct: String(target + 1),
          };
        }),
      })),
    };
    const timings: number[] = [];
    let counts: Awaited<ReturnType<typeof cycleCounts>> | null = null;
    for (let run = 0; run < runs; run += 1) {
      const cycle = await createCompCycle(database.db, {
        actor,
        input: testCycleSetup({
          name: `Benchmark cycle ${run + 1}`,
          fxTable: { base: 'EUR', asOf: '2026-12-01', source: 'Benchmark', rates: { USD: '1.0834' } },
          reviewCycleId,
          meritMatrix: matrix,
          eligibilityRules: {
            hiredOnOrBefore: '2026-10-01',
            excludeTerminated: true,
            minMonthsSinceLastIncrease: 6,
            levelIds: [],
            excludedPersonIds: [],
          },
        }),
      });
      const started = performance.now();
      await launchCompCycle(database.db, { actor, cycleId: cycle.id, version: cycle.version });
      timings.push(performance.now() - started);
      counts = await cycleCounts(database.db, cycle.id);
      log(
        `Run ${run + 1}: ${ms(timings.at(-1)!)} ms (${counts.participants.toLocaleString('en')} participants)`,
      );
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const table = [
      '## Compensation cycle launch (PostgreSQL)',
      '',
      `\`npx tsx bench/compLaunch.ts\` — PostgreSQL ${version}, ${people.toLocaleString('en')} people, each with pay (a fifth in USD, a tenth monthly, a tenth raised in September), a EUR band per level and a locked calibrated rating. Each run sets up a fresh draft (hire cut-off, 6 months since the last increase, 4×5 merit matrix, EUR/USD rates) and times the launch command: the launch check, one read of everyone, the snapshot computed with the exact core, INSERT … SELECT from JSON batches of 5,000 rows and the audit event, in one transaction. Target: under ${targetMs} ms.`,
      '',
      '| Participants | Eligible | Ineligible | Missing rating | Median ms | Fastest ms | Slowest ms | Runs |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| ${counts!.participants.toLocaleString('en')} | ${counts!.eligible.toLocaleString('en')} | ${counts!.ineligible.toLocaleString('en')} | ${counts!.missingRating.toLocaleString('en')} | ${ms(median)} | ${ms(sorted[0]!)} | ${ms(sorted.at(-1)!)} | ${runs} |`,
    ].join('\n');
    console.log(`\n${table}\n`);
    if (median > targetMs) process.exitCode = 1;
    if (!values['no-write']) log(`Wrote ${await writeReportSection('comp-launch', table)}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
