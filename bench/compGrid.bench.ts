/**
 * Planning grid benchmark (issue 12: "a manager's planning grid of 500 people loads in < 300 ms"):
 *   npx tsx bench/compGrid.bench.ts [--people N] [--pglite-people N] [--subtree N] [--runs N]
 *                                  [--skip-postgres] [--skip-pglite] [--no-write]
 *
 * On PostgreSQL (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/trellis_bench_grid, dropped and
 * recreated) and on PGlite (in memory, in this process): a synthetic organisation with pay, bands and
 * a locked calibration (`compSeed.ts`), one launched cycle of everyone with a merit budget, and a
 * manager whose snapshot subtree holds exactly `--subtree` (500) participants — the manager with the
 * smallest subtree of at least that many, the surplus leaves re-attached in the snapshot to that
 * manager's own manager. Signed in as that manager over HTTP, the benchmark saves a draft proposal
 * for every other eligible row of the grid (half the subtree) through the grid's own PUT, then
 * times what the grid page asks to show all 500 rows: the first page (100, the web's `GRID_PAGE`),
 * the budgets and the planning-cycles list together, as the page does on opening, then the next
 * four pages one after another ("Show more"). Writes the `comp-grid` section of docs/benchmarks.md.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { launchCompCycle } from '../src/server/performance/compensation/cycles/commands/launchCycle';
import { createCompCycle } from '../src/server/performance/compensation/cycles/commands/saveCycle';
import { testCycleSetup } from '../src/server/performance/compensation/cycles/testing';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { type Database, openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { startBenchServer } from './api';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { benchMatrix, hrActor, seedCompensation } from './compSeed';
import { type Session, sendJson, signIn } from './httpSessions';
import { writeReportSection } from './sections';
import { type Latency, measure, ms } from './stats';

const defaultUrl = 'postgres://postgres@127.0.0.1:5432/trellis_bench_grid';
const targetMs = 300;
/** The web's page size (`GRID_PAGE` in src/web/performance/compensation/planning/api.ts). */
const gridPage = 100;
const password = 'bench-grid-manager-password';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    'pglite-people': { type: 'string', default: '10000' },
    subtree: { type: 'string', default: '500' },
    runs: { type: 'string', default: '30' },
    'skip-postgres': { type: 'boolean', default: false },
    'skip-pglite': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const subtree = Number(values.subtree);
const runs = Number(values.runs);
const url = process.env.DATABASE_URL ?? defaultUrl;
const log = (line: string) => console.log(line);

interface GridRow {
  participantId: string;
  eligibility: string;
  currentBaseMinor: number | null;
  version: number;
  state: string | null;
  abilities: { edit: boolean };
}

/** The organisation, its pay data and one launched cycle of everyone with a 3 % merit budget. */
async function seedCycle(database: Database, people: number) {
  const { db } = database;
  const { organizationId } = await seedSyntheticOrganization(db, {
    people,
    slug: 'bench-grid',
    name: 'Planning grid benchmark',
    seed: 2026,
  });
  const reviewCycleId = await seedCompensation(db, organizationId);
  const actor = await hrActor(db, organizationId);
  const draft = await createCompCycle(db, {
    actor,
    input: testCycleSetup({
      name: 'Benchmark merit cycle',
      fxTable: { base: 'EUR', asOf: '2026-12-01', source: 'Benchmark', rates: { USD: '1.0834' } },
      reviewCycleId,
      meritMatrix: benchMatrix,
      budget: { merit: { kind: 'bottom_up', percent: '3' } },
      eligibilityRules: {
        hiredOnOrBefore: '2026-10-01',
        excludeTerminated: true,
        minMonthsSinceLastIncrease: 6,
        levelIds: [],
        excludedPersonIds: [],
      },
    }),
  });
  await launchCompCycle(db, { actor, cycleId: draft.id, version: draft.version });
  return { organizationId, cycleId: draft.id };
}

/**
 * The manager with the smallest snapshot subtree of at least `size`; the surplus leaves (no reports
 * in the snapshot) move to the manager's own manager, so the subtree is exactly `size`.
 */
async function pickManager(database: Database, cycleId: string, size: number) {
  const { db } = database;
  const [found] = await queryRows<{ manager_id: string; size: number }>(
    db,
    sql`WITH RECURSIVE below(top, person_id) AS (
          SELECT manager_id, person_id FROM comp_cycle_participants
           WHERE cycle_id = ${cycleId} AND manager_id IS NOT NULL
          UNION ALL
          SELECT b.top, p.person_id FROM comp_cycle_participants p JOIN below b ON p.manager_id = b.person_id
           WHERE p.cycle_id = ${cycleId}
        )
        SELECT top AS manager_id, count(*)::int AS size FROM below GROUP BY top
        HAVING count(*) >= ${size} ORDER BY count(*) LIMIT 1`,
  );
  if (!found) throw new Error(`No manager has ${size} people below: use a larger --people.`);
  const [above] = await queryRows<{ manager_id: string | null }>(
    db,
    sql`SELECT manager_id FROM comp_cycle_participants WHERE cycle_id = ${cycleId} AND person_id = ${found.manager_id}`,
  );
  if (found.size > size) {
    await db.execute(sql`
      WITH RECURSIVE sub(person_id) AS (
        SELECT person_id FROM comp_cycle_participants WHERE cycle_id = ${cycleId} AND manager_id = ${found.manager_id}
        UNION ALL
        SELECT p.person_id FROM comp_cycle_participants p JOIN sub s ON p.manager_id = s.person_id
         WHERE p.cycle_id = ${cycleId}
      ),
      surplus AS (
        SELECT s.person_id FROM sub s
         WHERE NOT EXISTS (SELECT 1 FROM comp_cycle_participants r
                            WHERE r.cycle_id = ${cycleId} AND r.manager_id = s.person_id)
         ORDER BY s.person_id LIMIT ${found.size - size}
      )
      UPDATE comp_cycle_participants SET manager_id = ${above?.manager_id ?? null}
       WHERE cycle_id = ${cycleId} AND person_id IN (SELECT person_id FROM surplus)`);
  }
  const [person] = await queryRows<{ id: string; email: string; organization_id: string }>(
    db,
    sql`SELECT id, email, organization_id FROM people WHERE id = ${found.manager_id}`,
  );
  await db.execute(sql`
    INSERT INTO accounts (organization_id, person_id, email, password_hash, roles)
    VALUES (${person!.organization_id}, ${person!.id}, ${person!.email}, ${await hashPassword(password)}, ARRAY[]::text[])
    ON CONFLICT (person_id) DO UPDATE SET password_hash = excluded.password_hash`);
  await db.execute(sql`ANALYZE`);
  return { email: person!.email, seenBefore: found.size };
}

async function getJson<T>(baseUrl: string, session: Session, path: string): Promise<T> {
  const answer = await sendJson(baseUrl, session, 'GET', path);
  if (answer.status !== 200)
    throw new Error(`GET ${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer.body as T;
}

/** What the grid page asks to show every row: page 1 with budgets and cycles, then "Show more" until the end. */
async function loadGrid(baseUrl: string, session: Session, cycleId: string, limit = gridPage) {
  const pagePath = (cursor: string | null) =>
    `/api/performance/compensation/cycles/${cycleId}/proposals?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
  type Page = { items: GridRow[]; nextCursor: string | null };
  const [first] = await Promise.all([
    getJson<Page>(baseUrl, session, pagePath(null)),
    getJson(baseUrl, session, `/api/performance/compensation/cycles/${cycleId}/budgets`),
    getJson(baseUrl, session, '/api/performance/compensation/planning'),
  ]);
  const rows = [...first.items];
  let cursor = first.nextCursor;
  let requests = 3;
  while (cursor) {
    const page = await getJson<Page>(baseUrl, session, pagePath(cursor));
    rows.push(...page.items);
    cursor = page.nextCursor;
    requests += 1;
  }
  return { rows, requests };
}

interface Figures {
  database: string;
  people: number;
  participants: number;
  drafts: number;
  requests: number;
  whole: Latency;
  /** The same with one page of 500 (the API's largest), for comparison. */
  onePage: Latency;
  page: Latency;
  budgets: Latency;
  /** The 1-minute load average when the timed loads began and ended (the machine is shared). */
  load: [number, number];
}

async function benchOn(kind: 'postgresql' | 'pglite', people: number): Promise<Figures> {
  let database: Database;
  let name: string;
  if (kind === 'postgresql') {
    log(`PostgreSQL: recreating ${url.replace(/\/\/[^@]*@/, '//')}…`);
    await recreateBenchDatabase(url);
    database = await openDatabase({ url, poolSize: 10 });
    name = `PostgreSQL ${await serverVersion(url)}`;
  } else {
    log('PGlite in memory…');
    database = await openDatabase({ dataDir: 'memory://' });
    name = 'PGlite (in memory, in process)';
  }
  try {
    await migrateDatabase(database);
    log(`Seeding ${people.toLocaleString('en')} people, pay, bands, ratings; launching the cycle…`);
    const { cycleId } = await seedCycle(database, people);
    const [count] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM comp_cycle_participants WHERE cycle_id = ${cycleId}`,
    );
    const manager = await pickManager(database, cycleId, subtree);
    log(
      `${count!.n.toLocaleString('en')} participants; the manager had ${manager.seenBefore} below, now ${subtree}.`,
    );
    const server = await startBenchServer(database);
    try {
      const session = await signIn(server.baseUrl, manager.email, password);
      // Half the subtree gets a draft: every other row the manager may edit, 3.5 % merit with a reason.
      const before = await loadGrid(server.baseUrl, session, cycleId);
      if (before.rows.length !== subtree)
        throw new Error(`The grid shows ${before.rows.length} rows, not ${subtree}.`);
      const editable = before.rows.filter((row) => row.abilities.edit && row.currentBaseMinor !== null);
      const chosen = editable.filter((_, index) => index % 2 === 0).slice(0, subtree / 2);
      const extra = editable.filter((_, index) => index % 2 === 1);
      while (chosen.length < subtree / 2 && extra.length > 0) chosen.push(extra.shift()!);
      for (const row of chosen) {
        const saved = await sendJson(
          server.baseUrl,
          session,
          'PUT',
          `/api/performance/compensation/proposals/${row.participantId}`,
          { version: 0, merit: { percent: '3.5' }, justification: 'Benchmark: steady results this year.' },
        );
        if (saved.status !== 200)
          throw new Error(`Saving a proposal answered ${saved.status}: ${JSON.stringify(saved.body)}`);
      }
      // Checked once before timing: every row, and the drafts just saved.
      const check = await loadGrid(server.baseUrl, session, cycleId);
      const drafts = check.rows.filter((row) => row.state === 'draft').length;
      if (check.rows.length !== subtree || drafts !== chosen.length)
        throw new Error(`The grid shows ${check.rows.length} rows and ${drafts} drafts.`);
      log(
        `${drafts} drafts saved; timing ${runs} loads of the whole grid (${check.requests} requests each)…`,
      );
      const loadBefore = loadavg()[0]!;
      const whole = await measure(() => loadGrid(server.baseUrl, session, cycleId), runs, 3);
      const onePage = await measure(() => loadGrid(server.baseUrl, session, cycleId, subtree), runs, 3);
      const page = await measure(
        () =>
          getJson(
            server.baseUrl,
            session,
            `/api/performance/compensation/cycles/${cycleId}/proposals?limit=${gridPage}`,
          ),
        runs,
        3,
      );
      const budgets = await measure(
        () => getJson(server.baseUrl, session, `/api/performance/compensation/cycles/${cycleId}/budgets`),
        runs,
        3,
      );
      log(
        `${name}: whole grid p50 ${ms(whole.p50)} ms, p95 ${ms(whole.p95)} ms; as one page of ${subtree} p50 ${ms(onePage.p50)} ms; page p50 ${ms(page.p50)} ms; budgets p50 ${ms(budgets.p50)} ms`,
      );
      return {
        database: name,
        people,
        participants: count!.n,
        drafts,
        requests: check.requests,
        whole,
        onePage,
        page,
        budgets,
        load: [loadBefore, loadavg()[0]!],
      };
    } finally {
      await server.close();
    }
  } finally {
    await database.close();
  }
}

async function main() {
  const results: Figures[] = [];
  if (!values['skip-postgres']) results.push(await benchOn('postgresql', Number(values.people)));
  if (!values['skip-pglite']) results.push(await benchOn('pglite', Number(values['pglite-people'])));
  const n = (value: number) => value.toLocaleString('en');
  const table = [
    '## Planning grid (HTTP, a manager of 500)',
    '',
    `\`npx tsx bench/compGrid.bench.ts\` — a synthetic organisation with pay, bands and a locked calibration, one launched cycle of everyone (3 % bottom-up merit budget), and a manager whose snapshot subtree is exactly ${n(subtree)} participants; ${n(subtree / 2)} of them have a draft proposal saved through the grid's PUT. Signed in as that manager over loopback, one load at a time, ${runs} timed loads after 3 warm-ups. **Whole grid** is what the page asks to show every row: page 1 (${gridPage} rows, the web's page size), the budgets and the planning-cycles list in parallel, then four more pages one after another; each page writes its ${gridPage} access-log rows. **Rows in one request** is the same with \`limit=${subtree}\` (the API's largest page) instead of ${gridPage}. Target: the whole grid under ${targetMs} ms.`,
    '',
    `| Database | People | Participants | Drafts | Requests | Whole grid p50 ms | Whole grid p95 ms | Rows in one request p50 / p95 ms | Page of ${gridPage} p50 / p95 ms | Budgets p50 / p95 ms | Runs | Load average |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.database} | ${n(r.people)} | ${n(r.participants)} | ${n(r.drafts)} | ${r.requests} | ${ms(r.whole.p50)} | ${ms(r.whole.p95)} | ${ms(r.onePage.p50)} / ${ms(r.onePage.p95)} | ${ms(r.page.p50)} / ${ms(r.page.p95)} | ${ms(r.budgets.p50)} / ${ms(r.budgets.p95)} | ${r.whole.runs} | ${r.load.map((value) => value.toFixed(1)).join(' → ')} |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);
  if (results.some((r) => r.whole.p50 > targetMs)) process.exitCode = 1;
  if (!values['no-write']) log(`Wrote ${await writeReportSection('comp-grid', table)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
