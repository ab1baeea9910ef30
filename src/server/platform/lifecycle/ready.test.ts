import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { testDatabase } from '../../testing/database';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { createMailer } from '../mail/mailer';
import { checkJobs, jobWorkerHeartbeatAge } from './readiness';

const kind = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('/api/health and /api/ready', () => {
  it('health says the process is up; ready lists its checks, all passing', async () => {
    const anonymous = new ApiClient(server.baseUrl);
    expect(await anonymous.get('/api/health')).toMatchObject({
      status: 200,
      body: { status: 'ok', database: kind },
    });
    const ready = await anonymous.get('/api/ready');
    expect(ready.status).toBe(200);
    // No jobs check: this server runs no job worker.
    expect(ready.body).toEqual({
      status: 'ready',
      database: kind,
      checks: { database: { ok: true }, migrations: { ok: true } },
    });
  });

  it('answers 503 while the ledger does not match this version, and 200 again after', async () => {
    const db = server.database.db;
    const name = `unknown-${randomUUID().slice(0, 8)}`;
    await db.execute(
      sql`INSERT INTO trellis_meta.migrations (name, checksum, created_at) VALUES (${name}, 'x', 0)`,
    );
    try {
      const ready = await new ApiClient(server.baseUrl).get('/api/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: 'not_ready',
        checks: {
          database: { ok: true },
          migrations: { ok: false, code: 'migrations_not_current', detail: expect.stringContaining(name) },
        },
      });
    } finally {
      await db.execute(sql`DELETE FROM trellis_meta.migrations WHERE name = ${name}`);
    }
    expect((await new ApiClient(server.baseUrl).get('/api/ready')).status).toBe(200);
  });
});

describe('the job worker check', () => {
  let database: Database;
  let baseUrl: string;
  let close: () => Promise<void>;
  const workerId = `ready-test-${randomUUID().slice(0, 8)}`;
  let extraOk = true;
  const beat = (secondsAgo: number) =>
    database.db.execute(sql`
      INSERT INTO job_workers (id, heartbeat_at)
      VALUES (${workerId}, clock_timestamp() - make_interval(secs => ${secondsAgo}))
      ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`);

  beforeAll(async () => {
    database = await testDatabase();
    const config = { ...loadConfig({ TRELLIS_DATA_DIR: '/tmp/unused' }), port: 0, host: '127.0.0.1' };
    // As main.ts does when this process runs the jobs, reading the heartbeat of "its" worker.
    const { app } = await buildApp(
      { database, config, mailer: createMailer(config, { info: () => undefined }) },
      {
        jobs: { heartbeatAge: () => jobWorkerHeartbeatAge(database.db, workerId) },
        extraChecks: { backups: async () => (extraOk ? { ok: true } : { ok: false, code: 'backup_old' }) },
      },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = () => app.close();
  });
  afterAll(async () => {
    await database.db.execute(sql`DELETE FROM job_workers WHERE id = ${workerId}`);
    await close();
  });

  it('is ready while the worker beats, 503 jobs_silent when its heartbeat is old or missing', async () => {
    const ready = () => new ApiClient(baseUrl).get('/api/ready');
    const missing = await ready();
    expect(missing.status).toBe(503);
    expect(missing.body.checks.jobs).toEqual({
      ok: false,
      code: 'jobs_silent',
      detail: 'no job worker heartbeat',
    });

    await beat(5);
    const beating = await ready();
    expect(beating.status).toBe(200);
    expect(beating.body.checks.jobs).toMatchObject({ ok: true });

    await beat(600);
    const silent = await ready();
    expect(silent.status).toBe(503);
    expect(silent.body).toMatchObject({
      status: 'not_ready',
      checks: { database: { ok: true }, migrations: { ok: true }, jobs: { ok: false, code: 'jobs_silent' } },
    });
  });

  it('runs the extra checks it was given, by name', async () => {
    await beat(1);
    const ready = () => new ApiClient(baseUrl).get('/api/ready');
    expect((await ready()).body.checks.backups).toEqual({ ok: true });
    extraOk = false;
    const failing = await ready();
    expect(failing.status).toBe(503);
    expect(failing.body.checks.backups).toEqual({ ok: false, code: 'backup_old' });
    extraOk = true;
    expect((await ready()).status).toBe(200);
  });

  it('gives a worker that has not beaten yet a grace period after start-up', async () => {
    const none = async () => null;
    expect(await checkJobs({ heartbeatAge: none, graceUntil: Date.now() + 60_000 })).toMatchObject({
      ok: true,
    });
    expect(await checkJobs({ heartbeatAge: none, graceUntil: Date.now() - 1 })).toMatchObject({
      ok: false,
      code: 'jobs_silent',
    });
  });
});
