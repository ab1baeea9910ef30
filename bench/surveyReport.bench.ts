/**
 * Pulse survey report benchmark (issue 14: a round's results for HR in < 1 s p95 at 50,000
 * responses, on PostgreSQL):
 *   npx tsx bench/surveyReport.bench.ts [--responses N] [--runs N] [--no-write]
 *
 * On PostgreSQL (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/trellis_bench_surveys, dropped
 * and recreated): an organisation of a CEO, 8 VPs, 64 directors, 2,000 managers and enough people
 * under them that `--responses` (50,000) of the invited answer (86 %); 40 departments by director
 * plus two tiny ones (so some cells fall below the threshold) and one nobody is in ("no data");
 * tenure bands spread 20/25/35/20 %. One closed round of the whole organisation: 12 Likert items
 * over the 8 drivers, an eNPS item and a comment prompt; every invitee's launch-day snapshot, and a
 * response per respondent with the same buckets — all written with set-based SQL (seconds).
 *
 * Then each report is timed the way its route computes it (`resultsOf`, `heatmapOf`,
 * `breakdownOf` in src/server/growth/surveys/reports.ts: load the round's anonymous rows, build the
 * publication plan, read the cells, present), for HR over the organisation and for a VP over their
 * subtree. Every call loads the rows afresh, so every call builds the plan again (the plan is
 * cached per loaded array only). Writes the `survey-report` section of docs/benchmarks.md.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { surveyDrivers } from '../src/contracts/surveys';
import {
  breakdownOf,
  heatmapOf,
  type ReportContext,
  resultsOf,
  surveyOfRound,
} from '../src/server/growth/surveys/reports';
import {
  engagementSurveyQuestions,
  engagementSurveyRounds,
  engagementSurveys,
} from '../src/server/growth/surveys/tables';
import { departments, organizations } from '../src/server/org/tables';
import { type Db, openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { writeReportSection } from './sections';
import { measure, ms } from './stats';

const targetMs = 1000;
const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '20' },
    'no-write': { type: 'boolean', default: false },
  },
});
const responseCount = Number(values.responses);
const runs = Number(values.runs);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/trellis_bench_surveys';
const log = (line: string) => console.log(line);

/** People ids are derived from their number, so the hierarchy can be written in one statement. */
const personId = (n: string) => sql.raw(`md5('bench-person-' || (${n}))::uuid`);

/** Levels of the hierarchy by person number: 1 CEO, 2–9 VPs, 10–73 directors, 74–2073 managers. */
const FIRST_MANAGER = 74;
const MANAGERS = 2000;
const FIRST_IC = FIRST_MANAGER + MANAGERS;

async function seed(db: Db) {
  const [org] = await db
    .insert(organizations)
    .values({ slug: 'bench-surveys', name: 'Survey benchmark' })
    .returning({ id: organizations.id });
  const organizationId = org!.id;
  const depts = await db
    .insert(departments)
    .values(
      [...Array.from({ length: 40 }, (_, i) => `Department ${i + 1}`), 'Legal', 'Treasury', 'Archive'].map(
        (name) => ({ organizationId, name }),
      ),
    )
    .returning({ id: departments.id });
  const deptArray = sql.raw(`ARRAY[${depts.map((d) => `'${d.id}'::uuid`).join(',')}]`);
  // Invited so that 86 % of them make `responseCount` responses.
  const people = FIRST_IC - 1 + Math.ceil((responseCount + 1) / 0.86);
  await db.execute(sql`
    INSERT INTO people (id, organization_id, email, given_name, family_name, hire_date, department_id, manager_id)
    SELECT ${personId('g')}, ${organizationId}, 'person' || g || '@bench-surveys.test', 'Person', g::text,
           (DATE '2026-11-01' - (CASE WHEN h < 20 THEN 100 WHEN h < 45 THEN 500 WHEN h < 80 THEN 1200 ELSE 2500 END))::date,
           CASE
             WHEN g >= ${FIRST_IC} AND g % 9973 = 0 THEN (${deptArray})[41]
             WHEN g >= ${FIRST_IC} AND g % 19997 = 1 THEN (${deptArray})[42]
             ELSE (${deptArray})[1 + (dir - 10) % 40]
           END,
           CASE
             WHEN g = 1 THEN NULL
             WHEN g < 10 THEN ${personId('1')}
             WHEN g < ${FIRST_MANAGER} THEN ${personId('2 + (g - 10) % 8')}
             WHEN g < ${FIRST_IC} THEN ${personId(`10 + (g - ${FIRST_MANAGER}) % 64`)}
             ELSE ${personId(`${FIRST_MANAGER} + (g - ${FIRST_IC}) % ${MANAGERS}`)}
           END
      FROM (
        SELECT g, abs(hashtext('tenure' || g)) % 100 AS h,
               CASE
                 WHEN g < 10 THEN 10
                 WHEN g < ${FIRST_MANAGER} THEN g
                 WHEN g < ${FIRST_IC} THEN 10 + (g - ${FIRST_MANAGER}) % 64
                 ELSE 10 + ((g - ${FIRST_IC}) % ${MANAGERS}) % 64
               END AS dir
          FROM generate_series(1, ${people}) AS g
      ) AS numbered`);

  const [survey] = await db
    .insert(engagementSurveys)
    .values({ organizationId, name: 'Benchmark pulse', audienceKind: 'organization', schedule: 'monthly' })
    .returning({ id: engagementSurveys.id });
  // Twelve Likert items over the eight drivers (four drivers asked twice), eNPS, a comment prompt.
  const likert = Array.from({ length: 12 }, (_, i) => surveyDrivers[i % surveyDrivers.length]!);
  const questions = await db
    .insert(engagementSurveyQuestions)
    .values([
      ...likert.map((driver, i) => ({
        surveyId: survey!.id,
        kind: 'likert' as const,
        driver,
        prompt: `Item ${i + 1}`,
        position: i,
      })),
      { surveyId: survey!.id, kind: 'enps' as const, prompt: 'Recommend us?', position: 12 },
      { surveyId: survey!.id, kind: 'comment' as const, prompt: 'Anything else?', position: 13 },
    ])
    .returning({ id: engagementSurveyQuestions.id, kind: engagementSurveyQuestions.kind });
  const [round] = await db
    .insert(engagementSurveyRounds)
    .values({
      organizationId,
      surveyId: survey!.id,
      roundNumber: 1,
      opensOn: '2026-11-02',
      closesOn: '2026-11-09',
      closed: true,
      questionIds: questions.map((q) => q.id),
    })
    .returning({ id: engagementSurveyRounds.id });
  const roundId = round!.id;

  // Launch-day snapshots: department, tenure band as of the launch, manager chain (top first).
  await db.execute(sql`
    WITH RECURSIVE chain AS (
      SELECT id, ARRAY[]::uuid[] AS above FROM people WHERE organization_id = ${organizationId} AND manager_id IS NULL
      UNION ALL
      SELECT p.id, c.above || p.manager_id FROM people p JOIN chain c ON p.manager_id = c.id
    )
    INSERT INTO engagement_survey_participants
      (organization_id, round_id, person_id, snapshot_department_id, snapshot_tenure_band,
       snapshot_manager_chain, invited_on, responded, responded_on)
    SELECT ${organizationId}, ${roundId}, p.id, p.department_id,
           CASE WHEN p.hire_date > DATE '2025-11-02' THEN 'under_1y'
                WHEN p.hire_date > DATE '2024-11-02' THEN '1_2y'
                WHEN p.hire_date > DATE '2021-11-02' THEN '2_5y' ELSE '5y_plus' END,
           c.above, DATE '2026-11-02', false, NULL
      FROM people p JOIN chain c ON c.id = p.id
     WHERE p.organization_id = ${organizationId} AND p.manager_id IS NOT NULL`);
  await db.execute(sql`
    UPDATE engagement_survey_participants SET responded = true, responded_on = DATE '2026-11-04'
     WHERE id IN (SELECT id FROM engagement_survey_participants WHERE round_id = ${roundId}
                   ORDER BY abs(hashtext(person_id::text)) LIMIT ${responseCount})`);
  // One response per respondent with the same buckets; scores lean on the department a little so
  // departments differ, and never name anyone.
  const likertIds = questions.filter((q) => q.kind === 'likert').map((q) => q.id);
  const scores = sql.join(
    likertIds.map(
      (id, i) =>
        sql`${id}::text, least(5, 1 + abs(hashtext(person_id::text || ${String(i)})) % 5 + (CASE WHEN abs(hashtext(coalesce(snapshot_department_id::text, '') || ${String(i)})) % 3 = 0 THEN 1 ELSE 0 END))`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    INSERT INTO engagement_survey_responses
      (organization_id, round_id, bucket_department_id, bucket_tenure_band, bucket_manager_chain, likert_scores, enps_score)
    SELECT organization_id, round_id, snapshot_department_id, snapshot_tenure_band, snapshot_manager_chain,
           jsonb_build_object(${scores}), abs(hashtext(person_id::text || 'enps')) % 11
      FROM engagement_survey_participants WHERE round_id = ${roundId} AND responded`);
  await db.execute(sql`ANALYZE`);
  return { organizationId, roundId, people };
}

async function main() {
  await recreateBenchDatabase(url);
  const database = await openDatabase({ url });
  try {
    await migrateDatabase(database);
    const { db } = database;
    const seeding = performance.now();
    const { roundId, people } = await seed(db);
    const seedMs = performance.now() - seeding;
    const [round] = await db
      .select()
      .from(engagementSurveyRounds)
      .where(eq(engagementSurveyRounds.id, roundId));
    const survey = await surveyOfRound(db, round!);
    const [counts] = await queryRows<{ invited: number; responses: number; vp_responses: number }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM engagement_survey_participants WHERE round_id = ${roundId}) AS invited,
                 (SELECT count(*)::int FROM engagement_survey_responses WHERE round_id = ${roundId}) AS responses,
                 (SELECT count(*)::int FROM engagement_survey_responses WHERE round_id = ${roundId}
                   AND bucket_manager_chain @> ARRAY[${personId('2')}]) AS vp_responses`,
    );
    const [vp] = await queryRows<{ id: string }>(db, sql`SELECT ${personId('2')} AS id`);
    const hr: ReportContext = { round: round!, survey, scope: 'organization', managerId: null, filter: {} };
    const vpContext: ReportContext = { ...hr, scope: 'subtree', managerId: vp!.id };

    const cases: [string, () => Promise<unknown>][] = [
      ['results (overview), HR, organisation', () => resultsOf(db, hr)],
      ['heatmap by department, HR, organisation', () => heatmapOf(db, hr)],
      ['breakdown by tenure, HR, organisation', () => breakdownOf(db, hr, 'tenure')],
      ['breakdown by department, HR, organisation', () => breakdownOf(db, hr, 'department')],
      ['results (overview), a VP, subtree', () => resultsOf(db, vpContext)],
    ];
    const rows: string[] = [];
    let ok = true;
    for (const [label, run] of cases) {
      let size = 0;
      const latency = await measure(
        async () => {
          size = JSON.stringify(await run()).length;
        },
        runs,
        3,
      );
      const pass = latency.p95 < targetMs;
      ok &&= pass;
      rows.push(
        `| ${label} (${(size / 1024).toFixed(1)} KB) | p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms over ${latency.runs} runs | < ${targetMs} ms ${pass ? '✓' : '✗'} |`,
      );
      log(rows.at(-1)!);
    }
    const lines = [
      '## Pulse survey reports (PostgreSQL, 50,000 responses)',
      '',
      `PostgreSQL ${await serverVersion(url)}, ${people.toLocaleString('en')} people, ${counts!.invited.toLocaleString('en')} invited, ${counts!.responses.toLocaleString('en')} responses in one closed round (12 Likert items over 8 drivers, eNPS; 43 departments, 4 tenure bands, 4-level manager chains; the VP's subtree holds ${counts!.vp_responses.toLocaleString('en')} responses). Seeded in ${ms(seedMs)} ms; load ${loadavg()[0]!.toFixed(2)}. Each call loads the round's rows and builds its publication plan afresh, as a request does.`,
      '',
      '| report (as its route computes it) | result | target |',
      '|---|---|---|',
      ...rows,
    ];
    for (const line of lines.slice(0, 3)) log(line);
    if (!values['no-write']) log(`Wrote ${await writeReportSection('survey-report', lines.join('\n'))}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

await main();
