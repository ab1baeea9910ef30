import { sql } from 'drizzle-orm';
import { createAdminAccount } from '../src/server/cli/commands/createAdmin';
import { seedSyntheticOrganization } from '../src/server/org/seed/synthetic';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { createSession } from '../src/server/platform/auth/sessions';
import { type Database, queryRows } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { startBenchServer } from './api';
import { type Session, sendJson, signIn } from './httpSessions';

/** Every login the benchmark signs in with has this password. */
export const benchPassword = 'bench-http-password';

/** A manager and the reviews they write in the launched cycle (their direct reports'). */
export interface BenchManager {
  personId: string;
  email: string;
  reviews: { reviewId: string; managerFormId: string }[];
}

export interface SeededWorld {
  organizationId: string;
  /** Everyone in the organisation, leavers included: the directory's total for HR. */
  everyone: number;
  personIds: string[];
  cycleId: string;
  reviews: number;
  /** Reviews whose self review was submitted before the run (the manager-review phase). */
  selfSubmitted: number;
  hr: { personId: string; email: string }[];
  /** The managers of the load scenarios (one per connection), most reports first. */
  managers: BenchManager[];
  /** Further managers whose forms take the 200 simultaneous saves. */
  burstManagers: BenchManager[];
  seedSeconds: number;
  launchSeconds: number;
}

export interface SeedOptions {
  people: number;
  /** Participants of the cycle: about this many active people, the longest-serving first. */
  reviews: number;
  hrAccounts: number;
  managerAccounts: number;
  burstForms: number;
  log: (line: string) => void;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The review template: four rated questions for the manager and one written question for the
 * employee. With the proposed overall rating every manager form carries, a manager form has five
 * rated answers; the self review has one written answer.
 */
export function benchTemplate() {
  const rated = (id: string, prompt: string) => ({
    id,
    kind: 'rating' as const,
    prompt,
    audience: 'manager' as const,
    weight: 25,
    required: true,
  });
  return {
    name: 'Bench annual review',
    description: 'HTTP load benchmark',
    content: {
      ratingScale: { labels: ['Far below', 'Below', 'Meets', 'Exceeds', 'Far exceeds'] },
      sections: [
        {
          id: 'results',
          title: 'Results',
          questions: [
            rated('delivery', 'How well were the goals delivered?'),
            rated('quality', 'How good was the quality of the work?'),
            rated('collaboration', 'How well did they work with others?'),
            rated('ownership', 'How much ownership did they take?'),
            {
              id: 'summary',
              kind: 'text' as const,
              prompt: 'What are you proudest of?',
              audience: 'self' as const,
              required: true,
            },
          ],
        },
      ],
    },
  };
}

async function inBatches<T>(items: T[], width: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(fn));
}

/**
 * Builds the benchmark's world in `database` (freshly created, opened by this process alone):
 * a synthetic organisation with a login per person, HR admins, a review cycle launched by HR and
 * the self reviews of the benchmark managers' reports submitted by their authors. Everything past
 * the organisation goes through the product's own HTTP routes, on an in-process server that is
 * closed before returning. Only the passwords of the benchmark's logins are written directly (the
 * product sets passwords through emailed links only); the first HR admin gets hers through the
 * `create-admin` command.
 */
export async function seedBenchWorld(database: Database, options: SeedOptions): Promise<SeededWorld> {
  const { db } = database;
  const { log } = options;
  await migrateDatabase(database);
  log(`  seeding ${options.people.toLocaleString('en')} people…`);
  const seeded = await seedSyntheticOrganization(db, {
    people: options.people,
    slug: 'bench',
    accounts: true,
  });
  const organizationId = seeded.organizationId;
  const passwordHash = await hashPassword(benchPassword);
  const setPasswords = async (personIds: string[]) => {
    if (personIds.length === 0) return;
    await db.execute(
      sql`UPDATE accounts SET password_hash = ${passwordHash}
           WHERE organization_id = ${organizationId}
             AND person_id IN (${sql.join(
               personIds.map((id) => sql`${id}::uuid`),
               sql`, `,
             )})`,
    );
  };

  const hr = await queryRows<{ personId: string; email: string }>(
    db,
    sql`SELECT p.id AS "personId", p.email FROM people p LEFT JOIN departments d ON d.id = p.department_id
         WHERE p.organization_id = ${organizationId} AND p.status = 'active'
         ORDER BY (d.name = 'People & Culture') DESC NULLS LAST, p.employee_id
         LIMIT ${options.hrAccounts}`,
  );
  if (hr.length < options.hrAccounts) throw new Error('Not enough active people for the HR logins.');
  const [admin] = hr;
  await createAdminAccount(db, {
    email: admin!.email,
    password: benchPassword,
    organizationSlug: 'bench',
    givenName: 'Bench',
    familyName: 'Admin',
  });
  await setPasswords(hr.slice(1).map((h) => h.personId));

  const server = await startBenchServer(database);
  try {
    const adminSession = await signIn(server.baseUrl, admin!.email, benchPassword);
    const expect = async (
      what: string,
      response: Promise<{ status: number; body: unknown }>,
      status = 200,
    ) => {
      const answer = await response;
      if (answer.status !== status)
        throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`);
      return answer.body as Record<string, unknown>;
    };
    for (const [i, person] of hr.entries()) {
      await expect(
        'granting hr_admin',
        sendJson(server.baseUrl, adminSession, 'PUT', `/api/people/${person.personId}/roles`, {
          roles: i === 0 ? ['hr_admin', 'org_admin'] : ['hr_admin'],
        }),
      );
    }

    const [cutoff] = await queryRows<{ hire_date: string }>(
      db,
      sql`SELECT hire_date::text FROM people WHERE organization_id = ${organizationId} AND status = 'active'
          ORDER BY hire_date OFFSET ${Math.max(0, options.reviews - 1)} LIMIT 1`,
    );
    const template = await expect(
      'creating the template',
      sendJson(server.baseUrl, adminSession, 'POST', '/api/review-templates', benchTemplate()),
      201,
    );
    const today = new Date().toISOString().slice(0, 10);
    const cycle = await expect(
      'creating the cycle',
      sendJson(server.baseUrl, adminSession, 'POST', '/api/review-cycles', {
        name: 'Bench cycle',
        periodStart: addDays(today, -180),
        periodEnd: addDays(today, -1),
        templateId: template.id,
        participantFilter: cutoff ? { hiredOnOrBefore: cutoff.hire_date } : {},
        selfReviewDue: addDays(today, 14),
        peerInputDue: null,
        managerReviewDue: addDays(today, 28),
        calibrationDue: addDays(today, 42),
        releaseDue: addDays(today, 49),
        acknowledgeDue: addDays(today, 56),
      }),
      201,
    );
    log('  launching the review cycle…');
    const launchStarted = performance.now();
    const launched = await expect(
      'launching the cycle',
      sendJson(server.baseUrl, adminSession, 'POST', `/api/review-cycles/${cycle.id}/launch`, {
        version: cycle.version,
      }),
    );
    const launchSeconds = (performance.now() - launchStarted) / 1000;
    const cycleId = String(cycle.id);

    // Managers with the most reviews to write, HR admins left out (their logins are HR's).
    const rows = await queryRows<{
      reviewer_id: string;
      email: string;
      review_id: string;
      form_id: string;
      n: number;
    }>(
      db,
      sql`SELECT r.reviewer_id, m.email, r.id AS review_id, f.id AS form_id,
                 count(*) OVER (PARTITION BY r.reviewer_id)::int AS n
            FROM reviews r
            JOIN people m ON m.id = r.reviewer_id
            JOIN review_forms f ON f.review_id = r.id AND f.kind = 'manager'
           WHERE r.cycle_id = ${cycleId}
             AND r.reviewer_id NOT IN (${sql.join(
               hr.map((h) => sql`${h.personId}::uuid`),
               sql`, `,
             )})
           ORDER BY n DESC, r.reviewer_id, r.id`,
    );
    const byManager = new Map<string, BenchManager>();
    for (const row of rows) {
      const manager = byManager.get(row.reviewer_id) ?? {
        personId: row.reviewer_id,
        email: row.email,
        reviews: [],
      };
      manager.reviews.push({ reviewId: row.review_id, managerFormId: row.form_id });
      byManager.set(row.reviewer_id, manager);
    }
    const ordered = [...byManager.values()];
    const managers = ordered.slice(0, options.managerAccounts);
    if (managers.length < options.managerAccounts)
      throw new Error(`Only ${managers.length} managers write reviews; ${options.managerAccounts} needed.`);
    const burstManagers: BenchManager[] = [];
    let burstForms = 0;
    for (const manager of ordered.slice(options.managerAccounts)) {
      if (burstForms >= options.burstForms) break;
      burstManagers.push(manager);
      burstForms += manager.reviews.length;
    }
    await setPasswords([...managers, ...burstManagers].map((m) => m.personId));

    // The manager-review phase for the reviews the benchmark touches: each employee writes and
    // submits their self review, signed in as themselves (a session as the login route creates it).
    const touched = [...managers, ...burstManagers].flatMap((m) => m.reviews.map((r) => r.reviewId));
    log(`  submitting ${touched.length} self reviews…`);
    const authors = await queryRows<{ review_id: string; form_id: string; account_id: string }>(
      db,
      sql`SELECT f.review_id, f.id AS form_id, a.id AS account_id
            FROM review_forms f JOIN reviews r ON r.id = f.review_id
            JOIN accounts a ON a.person_id = f.author_id
           WHERE r.cycle_id = ${cycleId} AND f.kind = 'self'`,
    );
    const selfForms = new Map(authors.map((a) => [a.review_id, a]));
    await inBatches(touched, 4, async (reviewId) => {
      const author = selfForms.get(reviewId);
      if (!author) throw new Error(`No self-review author login for review ${reviewId}`);
      const created = await createSession(db, { id: author.account_id, organizationId }, 'bench');
      const session: Session = {
        cookie: `trellis_session=${created.token}; trellis_csrf=${created.csrfToken}`,
        csrf: created.csrfToken,
      };
      await expect(
        'saving a self review',
        sendJson(server.baseUrl, session, 'PUT', `/api/review-forms/${author.form_id}/answers/summary`, {
          text: 'Shipped what we promised, and helped two new colleagues find their feet.',
          version: 0,
        }),
      );
      await expect(
        'submitting a self review',
        sendJson(server.baseUrl, session, 'POST', `/api/review-forms/${author.form_id}/submit`),
      );
    });

    const [counts] = await queryRows<{ everyone: number; reviews: number }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM people WHERE organization_id = ${organizationId}) AS everyone,
                 (SELECT count(*)::int FROM reviews WHERE cycle_id = ${cycleId}) AS reviews`,
    );
    if (Number(counts!.reviews) !== Number(launched.participants))
      throw new Error('The launch answered a participant count other than the reviews it created.');
    const personIds = (
      await queryRows<{ id: string }>(
        db,
        sql`SELECT id FROM people WHERE organization_id = ${organizationId} ORDER BY id`,
      )
    ).map((row) => row.id);
    // Planner statistics and the visibility map, as autovacuum would leave them after a bulk load.
    await db.execute(sql`VACUUM ANALYZE`);
    return {
      organizationId,
      everyone: Number(counts!.everyone),
      personIds,
      cycleId,
      reviews: Number(counts!.reviews),
      selfSubmitted: touched.length,
      hr,
      managers,
      burstManagers,
      seedSeconds: seeded.ms / 1000,
      launchSeconds,
    };
  } finally {
    await server.close();
  }
}
