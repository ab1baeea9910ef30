import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewAnswers } from '../../performance/reviews/tables';
import { sampleCycle, sampleTemplate } from '../../performance/reviews/testing';
import { createTestOrganization } from '../../testing/factories';
import { ApiClient } from '../../testing/http';
import { type ServerProcess, spawnServer } from '../../testing/serverProcess';
import { type Database, openDatabase, queryRows } from '../db/client';
import { auditEvents } from './tables';
import { verifyAuditChain } from './verify';

/**
 * The real server (`src/server/main.ts` in its own process) on a fresh PostgreSQL database is killed
 * with SIGKILL while review answers are being saved. Afterwards every save the server acknowledged is
 * stored, no stored answer lacks its audit event (nor the other way round), and once sealed the
 * organisation's chain verifies.
 */
const baseUrl = process.env.TEST_DATABASE_URL;
if (!baseUrl)
  console.info('crash.test.ts skipped: it needs a real PostgreSQL server (set TEST_DATABASE_URL).');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value; fails with `what` after `timeoutMs`. */
async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(25);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** Answer slots of a manager form: two rated questions and the written feedback. */
const managerQuestions = [
  { id: 'delivery', value: { rating: 3 } },
  { id: 'collab', value: { rating: 4 } },
  { id: 'feedback', value: { text: 'Steady work this half.' } },
];

/** The questions an answer-save event covers: `{ questionId }`, or `{ answers: [{ questionId }] }` for a form save. */
function questionsSaved(after: unknown): string[] {
  const saved = after as { questionId?: string; answers?: { questionId: string }[] } | null;
  if (saved?.answers) return saved.answers.map((answer) => answer.questionId);
  return saved?.questionId ? [saved.questionId] : [];
}

describe.skipIf(!baseUrl)('audit events and their changes survive kill -9 together', () => {
  const dbName = `trellis_audit_crash_${randomUUID().slice(0, 8)}`;
  const applicationName = `trellis_audit_crash_${randomUUID().slice(0, 8)}`;
  let admin: pg.Client;
  let direct: Database;
  let server: ServerProcess;
  let serverUrl = '';
  let databaseUrl = '';
  const alive = () => server.alive();

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const target = new URL(baseUrl!);
    target.pathname = `/${dbName}`;
    databaseUrl = target.toString();
    const forServer = new URL(target);
    // Names the server's connections, so the test can watch them in pg_stat_activity.
    forServer.searchParams.set('application_name', applicationName);
    server = await spawnServer(
      {
        DATABASE_URL: forServer.toString(),
        TRELLIS_JOBS: 'on',
        TRELLIS_SEED_DEMO: undefined,
        TRELLIS_PUBLIC_URL: undefined,
      },
      { startTimeoutMs: 45_000 },
    );
    serverUrl = server.baseUrl;
    // The server has migrated the database; the test reaches it directly too.
    direct = await openDatabase({ url: databaseUrl, poolSize: 3 });
  }, 60_000);

  afterAll(async () => {
    if (server?.alive()) server.child.kill('SIGKILL');
    await direct?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }, 30_000);

  it('every acknowledged save is stored, and no change is stored without its audit event', async () => {
    const db = direct.db;
    const org = await createTestOrganization(db, 'Crash');
    const hrPerson = await org.addPerson({ roles: ['hr_admin'] });
    const manager = await org.addPerson();
    for (let i = 0; i < 67; i++) await org.addPerson({ managerId: manager.id });
    const client = async (person: { accountId: string | null }) =>
      new ApiClient(serverUrl).withSession(await org.sessionFor(person.accountId!));
    const hr = await client(hrPerson);
    const template = await hr.post('/api/review-templates', sampleTemplate());
    expect(template.status, template.text).toBe(201);
    const cycle = await hr.post('/api/review-cycles', sampleCycle(template.body.id));
    expect(cycle.status, cycle.text).toBe(201);
    const launched = await hr.post(`/api/review-cycles/${cycle.body.id}/launch`, {
      version: cycle.body.version,
    });
    expect(launched.status, launched.text).toBe(200);
    const forms = await queryRows<{ id: string }>(
      db,
      sql`SELECT f.id FROM review_forms f JOIN reviews r ON r.id = f.review_id
          WHERE r.cycle_id = ${cycle.body.id} AND r.reviewer_id = ${manager.id} AND f.kind = 'manager'
          ORDER BY f.id`,
    );
    expect(forms).toHaveLength(67);
    const slots = forms
      .flatMap((form) => managerQuestions.map((q) => ({ formId: form.id, questionId: q.id, value: q.value })))
      .slice(0, 200);
    const managerApi = await client(manager);
    const acknowledged: typeof slots = [];
    const save = async (slot: (typeof slots)[number]) => {
      try {
        const answer = await managerApi.put(`/api/review-forms/${slot.formId}/answers/${slot.questionId}`, {
          ...slot.value,
          version: 0,
        });
        if (answer.status === 200) acknowledged.push(slot);
      } catch {
        // The server died before it answered: the outcome of this save is unknown, either is fine.
      }
    };

    // 50 saves side by side, all answered.
    await Promise.all(slots.slice(0, 50).map(save));
    expect(acknowledged).toHaveLength(50);

    // The other 150 side by side, while the test holds audit_events in SHARE mode: each save writes
    // its answer and then waits at its audit INSERT, so the crash finds changes without their events
    // yet. Released just before the kill, so some transactions are committing when it lands.
    const locker = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE audit_events IN SHARE MODE');
    const inFlight = slots.slice(50).map(save);
    await until('saves waiting at their audit INSERT', 20_000, async () => {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE application_name = ${applicationName} AND wait_event_type = 'Lock'
              AND query ILIKE '%insert into "audit_events"%'`,
      );
      return (row?.n ?? 0) >= 5 ? true : undefined;
    });
    await locker.query('ROLLBACK');
    // The server itself is the child (no wrapper), so SIGKILL reaches it.
    server.child.kill('SIGKILL');
    await locker.end();
    await Promise.all(inFlight);
    await until('the server process to end', 10_000, async () => (alive() ? undefined : true));
    // Its transactions end when PostgreSQL notices the connections are gone.
    await until('the server sessions to end', 20_000, async () => {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ${applicationName}`,
      );
      return row?.n === 0 ? true : undefined;
    });
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);
    expect(acknowledged.length).toBeLessThan(200);

    const stored = await db
      .select({ formId: reviewAnswers.formId, questionId: reviewAnswers.questionId })
      .from(reviewAnswers)
      .where(eq(reviewAnswers.organizationId, org.organizationId));
    const key = (s: { formId: string; questionId: string }) => `${s.formId}/${s.questionId}`;
    const storedKeys = new Set(stored.map(key));
    for (const slot of acknowledged) expect(storedKeys.has(key(slot)), key(slot)).toBe(true);

    const events = await db
      .select({ targetId: auditEvents.targetId, after: auditEvents.after })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, org.organizationId),
          eq(auditEvents.action, 'review_answer.saved'),
        ),
      );
    const eventKeys = events.flatMap((e) =>
      questionsSaved(e.after).map((questionId) => key({ formId: e.targetId, questionId })),
    );
    // One event per stored answer and one stored answer per event.
    expect(eventKeys.sort()).toEqual([...storedKeys].sort());

    const [total] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE organization_id = ${org.organizationId}`,
    );
    expect(await verifyAuditChain(db, org.organizationId)).toMatchObject({
      ok: true,
      brokenAt: null,
      checked: total!.n,
      unsealed: 0,
    });
  }, 60_000);
});
