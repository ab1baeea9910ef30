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
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { launchCompCycle } from '../src/server/performance/compensation/cycles/commands/launchCycle';
import { createCompCycle } from '../src/server/performance/compensation/cycles/commands/saveCycle';
import { cycleCounts } from '../src/server/performance/compensation/cycles/queries';
import { testCycleSetup } from '../src/server/performance/compensation/cycles/testing';
import { openDatabase } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { benchMatrix, hrActor, seedCompensation } from './compSeed';
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
    const matrix = benchMatrix;
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
