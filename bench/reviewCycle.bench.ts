/**
 * Review-cycle launch benchmark:
 *   npx tsx bench/reviewCycle.bench.ts [--people N] [--participants N]
 *
 * PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/trellis_bench_reviews, dropped
 * and recreated): seeds a synthetic organisation (~10,500 people), then launches a review cycle for
 * ~10,000 of them through the real command (launchReviewCycle: reviews, self and manager forms,
 * notifications and the audit event in one transaction), and times the HR dashboard, the overdue
 * list and the reminder job on the launched cycle. Prints a markdown table.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { launchReviewCycle } from '../src/server/performance/reviews/commands/launchReviewCycle';
import { cycleDashboard, overdueList } from '../src/server/performance/reviews/dashboard';
import { sendDueReviewReminders } from '../src/server/performance/reviews/reminders';
import { reviewCycles, reviewTemplates } from '../src/server/performance/reviews/tables';
import type { Actor } from '../src/server/platform/auth/actor';
import { accounts } from '../src/server/platform/auth/tables';
import { openDatabase, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { recreateBenchDatabase, serverVersion } from './benchDatabase';
import { writeReportSection } from './sections';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10500' },
    participants: { type: 'string', default: '10000' },
    'no-write': { type: 'boolean', default: false },
  },
});
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/trellis_bench_reviews';
const peopleCount = Number(values.people);
const wanted = Number(values.participants);

async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - started };
}

async function main() {
  await recreateBenchDatabase(url);
  const database = await openDatabase({ url, poolSize: 5 });
  try {
    await migrateDatabase(database);
    const { db } = database;
    console.log(`Seeding ${peopleCount.toLocaleString('en')} people…`);
    const seeded = await seedSyntheticOrganization(db, { people: peopleCount, slug: 'bench' });
    await db.execute(sql`VACUUM ANALYZE`);
    const organizationId = seeded.organizationId;

    // The eligibility cut-off that takes in about `wanted` active people (hire-date ties may add a few).
    const [cutoff] = await queryRows<{ hire_date: string }>(
      db,
      sql`SELECT hire_date::text FROM people WHERE organization_id = ${organizationId} AND status = 'active'
          ORDER BY hire_date OFFSET ${wanted - 1} LIMIT 1`,
    );
    const [hr] = await queryRows<{ id: string; email: string }>(
      db,
      sql`SELECT id, email FROM people WHERE organization_id = ${organizationId} AND status = 'active' LIMIT 1`,
    );
    const [account] = await db
      .insert(accounts)
      .values({ organizationId, personId: hr!.id, email: hr!.email, roles: ['hr_admin'] })
      .returning({ id: accounts.id });
    const actor: Actor = {
      accountId: account!.id,
      organizationId,
      personId: hr!.id,
      email: hr!.email,
      roles: new Set(['hr_admin']),
      locale: 'en',
      sessionId: randomUUID(),
      csrfToken: randomUUID(),
    };
    const content = {
      ratingScale: { labels: ['Far below', 'Below', 'Meets', 'Exceeds', 'Far exceeds'] },
      sections: [
        {
          id: 'results',
          title: 'Results',
          questions: [
            {
              id: 'delivery',
              kind: 'rating' as const,
              prompt: 'Delivery',
              audience: 'both' as const,
              weight: 100,
            },
            { id: 'notes', kind: 'text' as const, prompt: 'Notes', audience: 'both' as const },
          ],
        },
      ],
    };
    const [template] = await db
      .insert(reviewTemplates)
      .values({ organizationId, name: 'Bench template', content })
      .returning();
    const [cycle] = await db
      .insert(reviewCycles)
      .values({
        organizationId,
        name: 'Bench cycle',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        templateId: template!.id,
        content,
        participantFilter: { hiredOnOrBefore: cutoff!.hire_date },
        selfReviewDue: '2026-07-10',
        peerInputDue: null,
        managerReviewDue: '2026-07-20',
        calibrationDue: '2026-07-31',
        releaseDue: '2026-08-07',
        acknowledgeDue: '2026-08-14',
        reminderDaysBefore: 3,
      })
      .returning();

    console.log('Launching…');
    const launch = await timed(() =>
      launchReviewCycle({ db, actor, cycleId: cycle!.id, version: cycle!.version, today: '2026-07-01' }),
    );
    const [counts] = await queryRows<{ reviews: number; forms: number; notices: number }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM reviews WHERE cycle_id = ${cycle!.id}) AS reviews,
                 (SELECT count(*)::int FROM review_forms f JOIN reviews r ON r.id = f.review_id WHERE r.cycle_id = ${cycle!.id}) AS forms,
                 (SELECT count(*)::int FROM notifications WHERE organization_id = ${organizationId}) AS notices`,
    );
    if (counts!.reviews !== launch.result.participants)
      throw new Error('Launch count does not match the rows');
    const launched = launch.result.cycle;
    const dashboard = await timed(() => cycleDashboard(db, launched, '2026-07-05'));
    if (dashboard.result.total !== counts!.reviews) throw new Error('Dashboard total does not match');
    const overdue = await timed(() => overdueList(db, launched, '2026-07-25', 1, 25));
    const remindersAt = { db, organizationId, now: new Date('2026-07-08T12:00:00Z') };
    const reminders = await timed(() => sendDueReviewReminders(remindersAt));
    const remindersAgain = await timed(() => sendDueReviewReminders(remindersAt));

    const rows: [string, string, number][] = [
      [
        'Launch cycle (reviews + forms + notices + audit)',
        `${counts!.reviews} reviews, ${counts!.forms} forms, ${counts!.notices} notices`,
        launch.ms,
      ],
      [
        'HR dashboard (counts by state and department)',
        `${dashboard.result.byDepartment.length} departments`,
        dashboard.ms,
      ],
      ['Overdue list, first page', `${overdue.result.total} overdue`, overdue.ms],
      ['Reminder job (self-review window)', `${reminders.result} reminders`, reminders.ms],
      ['Reminder job again (idempotent)', `${remindersAgain.result} reminders`, remindersAgain.ms],
    ];
    const report = [
      '## Launching a review cycle (PostgreSQL)',
      '',
      `\`npx tsx bench/reviewCycle.bench.ts\` — PostgreSQL ${await serverVersion(url)}, ${seeded.count.toLocaleString('en')} people, through the real commands. Target for the launch: under 10 s for 10,000 people.`,
      '',
      '| step | size | ms |',
      '|---|---|---:|',
      ...rows.map(([step, size, ms]) => `| ${step} | ${size} | ${ms.toFixed(0)} |`),
    ].join('\n');
    console.log(`\n${report}\n`);
    if (!values['no-write']) console.log(`Wrote ${await writeReportSection('review-cycle-launch', report)}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
