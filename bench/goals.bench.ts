/**
 * Bulk goal assignment benchmark:
 *   npx tsx bench/goals.bench.ts [--people N] [--assign N]
 *
 * PostgreSQL (DATABASE_URL, or postgres://postgres@127.0.0.1:5432/trellis_bench_goals, dropped and
 * recreated): seeds a synthetic organisation (6,000 people by default), then assigns a goal template
 * to about 5,000 of them (a hire-date filter) through the real command, and once more through the
 * HTTP API as an HR admin (preview, then assign). Checks the goals, key results and audit events
 * were written, and prints a markdown table.
 */
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { assignGoalTemplate } from '../src/server/performance/goals/commands/assignGoalTemplate';
import { countAssignmentTargets } from '../src/server/performance/goals/commands/assignmentTargets';
import { createGoalTemplate } from '../src/server/performance/goals/commands/goalTemplates';
import type { Actor } from '../src/server/platform/auth/actor';
import { accounts } from '../src/server/platform/auth/tables';
import { openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { signInAsHrAdmin, startBenchServer } from './api';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { writeReportSection } from './sections';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '6000' },
    assign: { type: 'string', default: '5000' },
    'no-write': { type: 'boolean', default: false },
  },
});
const peopleCount = Number(args.people);
const assignCount = Number(args.assign);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/trellis_bench_goals';
const seconds = (started: number) => (performance.now() - started) / 1000;
const rows: [string, string][] = [];
const log = (line: string) => console.log(line);

async function main() {
  await recreateBenchDatabase(url);
  const database = await openDatabase({ url });
  const { db } = database;
  await migrateDatabase(database);
  let started = performance.now();
  const { organizationId } = await seedSyntheticOrganization(db, {
    people: peopleCount,
    slug: 'goals-bench',
  });
  await db.execute(sql`VACUUM ANALYZE`);
  rows.push([
    `seed ${peopleCount.toLocaleString('en')} people + VACUUM ANALYZE`,
    `${seconds(started).toFixed(2)} s`,
  ]);

  const server = await startBenchServer(database);
  const cookie = await signInAsHrAdmin(database, server.baseUrl, organizationId);
  const me = (await (await fetch(`${server.baseUrl}/api/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
    account: { id: string };
    person: { id: string };
  };
  const [account] = await db.select().from(accounts).where(eq(accounts.id, me.account.id));
  const actor: Actor = {
    accountId: account!.id,
    organizationId,
    personId: account!.personId,
    email: account!.email,
    roles: new Set(account!.roles),
    locale: 'en',
    sessionId: 'bench',
    csrfToken: me.csrfToken,
  };

  const { templateId } = await createGoalTemplate(db, actor, {
    name: 'Security awareness',
    title: 'Complete this year’s security awareness programme',
    description: '',
    keyResults: [
      { title: 'Modules finished', kind: 'number', startValue: 0, targetValue: 6 },
      { title: 'Phishing drill passed', kind: 'boolean', startValue: 0, targetValue: 1 },
      { title: 'Incidents reported within an hour', kind: 'percent', startValue: 50, targetValue: 100 },
    ],
  });
  // The hire date of the assignCount-th person: "hired on or before" it reaches about that many.
  const [cutoff] = await queryRows<{ hire_date: string }>(
    db,
    sql`SELECT hire_date::text FROM people WHERE organization_id = ${organizationId} AND status <> 'terminated'
        ORDER BY hire_date LIMIT 1 OFFSET ${assignCount - 1}`,
  );
  const filter = { departmentIds: [], levelIds: [], hiredOnOrBefore: cutoff!.hire_date };
  const q1 = { periodStart: '2027-01-01', periodEnd: '2027-03-31' };

  started = performance.now();
  const expected = await countAssignmentTargets(db, actor, filter, { templateId, ...q1 });
  rows.push([
    `preview count (command): ${expected.toLocaleString('en')} people`,
    `${(seconds(started) * 1000).toFixed(0)} ms`,
  ]);
  started = performance.now();
  const result = await assignGoalTemplate(db, actor, templateId, {
    filter,
    ...q1,
    visibility: 'public',
    expectedCount: expected,
  });
  const commandSeconds = seconds(started);
  rows.push([
    `assign template to ${result.created.toLocaleString('en')} people (command)`,
    `${commandSeconds.toFixed(2)} s`,
  ]);

  const [check] = await queryRows<{ goals: number; krs: number; events: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM goals WHERE assignment_batch_id = ${result.batchId}::uuid) AS goals,
               (SELECT count(*)::int FROM goal_key_results k JOIN goals g ON g.id = k.goal_id
                 WHERE g.assignment_batch_id = ${result.batchId}::uuid) AS krs,
               (SELECT count(*)::int FROM audit_events WHERE organization_id = ${organizationId}
                 AND action IN ('goal.assigned', 'goal_template.assigned')) AS events`,
  );
  if (
    check!.goals !== result.created ||
    check!.krs !== result.created * 3 ||
    check!.events !== result.created + 1
  ) {
    throw new Error(`Assignment wrote the wrong rows: ${JSON.stringify(check)}`);
  }

  // Through HTTP, as the web app does it: preview, then assign with the confirmed count.
  const headers = { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
  const q2 = { periodStart: '2027-04-01', periodEnd: '2027-06-30' };
  started = performance.now();
  const preview = await fetch(`${server.baseUrl}/api/goal-templates/${templateId}/assignment-preview`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ filter, ...q2 }),
  });
  const { count } = (await preview.json()) as { count: number };
  rows.push([
    `preview count (HTTP): ${count.toLocaleString('en')} people`,
    `${(seconds(started) * 1000).toFixed(0)} ms`,
  ]);
  started = performance.now();
  const assigned = await fetch(`${server.baseUrl}/api/goal-templates/${templateId}/assignments`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ filter, ...q2, expectedCount: count }),
  });
  const body = (await assigned.json()) as { created: number };
  if (assigned.status !== 201)
    throw new Error(`HTTP assignment failed: ${assigned.status} ${JSON.stringify(body)}`);
  rows.push([
    `assign template to ${body.created.toLocaleString('en')} people (HTTP)`,
    `${seconds(started).toFixed(2)} s`,
  ]);

  const [goalsInOrg] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM goals WHERE organization_id = ${organizationId}`,
  );
  const report = [
    '## Bulk-assigning a goal template (PostgreSQL)',
    '',
    `\`npx tsx bench/goals.bench.ts\` — PostgreSQL ${await serverVersion(url)}, ${peopleCount.toLocaleString('en')} people, ${goalsInOrg!.n.toLocaleString('en')} goals after both runs (3 key results each). Once through the command, once through \`POST /api/goal-templates/:id/assignments\` as an HR admin. Target: under 10 s for 5,000 people — ${commandSeconds < 10 ? 'met' : 'NOT met'}.`,
    '',
    '| step | time |',
    '|---|---|',
    ...rows.map(([step, time]) => `| ${step} | ${time} |`),
  ].join('\n');
  log(`\n${report}\n`);
  if (!args['no-write']) log(`Wrote ${await writeReportSection('goal-bulk-assign', report)}`);
  await server.close();
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
