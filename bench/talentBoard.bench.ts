/**
 * Talent board benchmark (issue 13: "the 9-box of a session over 2,000 people answers in < 500 ms"):
 *   npx tsx bench/talentBoard.bench.ts [--people N] [--runs N] [--no-write]
 *
 * On PGlite in memory (in this process): a synthetic organisation of `--people` (2,000) with a
 * locked calibration for everyone (`compSeed.ts`), a talent review over the whole organisation
 * created through its command (population snapshot and performance bands from the performance read
 * API), a potential assessment for every member written in one statement and every tenth person
 * moved to another box. Then, signed in as the HR admin who facilitates it, the board is read the
 * way the route reads it (`boardView`): the session guard, every member with names and bands, and
 * one access-log row per person shown in one insert. Writes the `talent-board` section of
 * docs/benchmarks.md.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createTalentSession } from '../src/server/growth/talent/commands/sessions';
import { boardView } from '../src/server/growth/talent/views';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { hrActor, seedCompensation } from './compSeed';
import { writeReportSection } from './sections';
import { measure, ms } from './stats';

const targetMs = 500;
const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '30' },
    'no-write': { type: 'boolean', default: false },
  },
});
const peopleCount = Number(values.people);
const runs = Number(values.runs);
const log = (line: string) => console.log(line);

async function main() {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateDatabase(database);
    const { db } = database;
    const { organizationId } = await seedSyntheticOrganization(db, {
      people: peopleCount,
      slug: 'bench-talent',
      name: 'Talent board benchmark',
      seed: 2026,
    });
    await seedCompensation(db, organizationId);
    const actor = await hrActor(db, organizationId);
    const started = performance.now();
    const sessionId = await createTalentSession(db, actor, {
      name: 'Benchmark talent review',
      population: { kind: 'organization', refId: null },
      facilitatorId: null,
      participantIds: [],
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
      boxLabels: null,
    });
    const createMs = performance.now() - started;
    // Deterministic answers from a hash of the person id; every tenth person moved with a rationale.
    await db.execute(sql`
      UPDATE talent_review_members SET
        learning_agility = (ARRAY['low','medium','high'])[1 + abs(hashtext(person_id::text)) % 3],
        learning_agility_evidence = 'Benchmark evidence',
        scope_growth = (ARRAY['low','medium','high'])[1 + abs(hashtext(person_id::text || 's')) % 3],
        scope_growth_evidence = 'Benchmark evidence',
        leading_others = (ARRAY['low','medium','high'])[1 + abs(hashtext(person_id::text || 'l')) % 3],
        leading_others_evidence = 'Benchmark evidence',
        potential_band = (ARRAY['low','medium','high'])[1 + abs(hashtext(person_id::text || 'p')) % 3],
        override_box = CASE WHEN abs(hashtext(person_id::text)) % 10 = 0 THEN 5 END,
        override_rationale = CASE WHEN abs(hashtext(person_id::text)) % 10 = 0 THEN 'Benchmark move' END
      WHERE session_id = ${sessionId}`);
    const [counts] = await queryRows<{ members: number; placed: number }>(
      db,
      sql`SELECT count(*)::int AS members, count(performance_band)::int AS placed
            FROM talent_review_members WHERE session_id = ${sessionId}`,
    );
    let size = 0;
    let shown = 0;
    const latency = await measure(async () => {
      const board = await boardView(db, actor, sessionId);
      shown = board.members.length;
      size = JSON.stringify(board).length;
    }, runs);
    const [logged] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM access_log WHERE data_class = 'talent' AND viewer_account_id = ${actor.accountId}`,
    );
    const ok = latency.p95 < targetMs;
    const lines = [
      `PGlite in memory, ${peopleCount.toLocaleString('en')} people (load ${loadavg()[0]!.toFixed(2)}).`,
      '',
      '| step | result | target |',
      '|---|---|---|',
      `| create the review (population snapshot of ${counts!.members.toLocaleString('en')}, bands of ${counts!.placed.toLocaleString('en')} from locked calibration) | ${ms(createMs)} ms | — |`,
      `| 9-box of the review, ${shown.toLocaleString('en')} people shown, ${(size / 1024).toFixed(0)} KB, one access-log row each in one insert | p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms over ${latency.runs} runs | < ${targetMs} ms ${ok ? '✓' : '✗'} |`,
      '',
      `Access-log rows written by the timed reads: ${logged!.n.toLocaleString('en')} (${shown.toLocaleString('en')} per read).`,
    ];
    for (const line of lines) log(line);
    if (!values['no-write']) log(`Wrote ${await writeReportSection('talent-board', lines.join('\n'))}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

await main();
