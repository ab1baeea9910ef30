import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli/run';
import { auditSealJob, claimJob, type Job, jobs, lastJobRun, runJob, startBackgroundJobs } from './jobs';
import { recordAuditEvent } from './platform/audit/record';
import { countUnsealed } from './platform/audit/seal';
import { loadConfig } from './platform/config';
import type { Database } from './platform/db/client';
import { inTransaction } from './platform/db/tx';
import { createMailer } from './platform/mail/mailer';
import { jobRuns } from './platform/notifications/tables';
import { testDatabase } from './testing/database';
import { createTestOrganization } from './testing/factories';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const quietLog = () => {
  const errors: string[] = [];
  return { errors, info: () => undefined, error: (_obj: object, msg: string) => errors.push(msg) };
};
const contextFor = (log = quietLog()) => ({
  database,
  mailer: createMailer(loadConfig({}), { info: () => undefined }),
  config: loadConfig({}),
  log,
});
const uniqueName = (what: string) => `test-${what}-${randomUUID().slice(0, 8)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (condition: () => boolean, timeoutMs = 3000) => {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(10);
  }
};

describe('running one job', () => {
  it('runs a due job, skips it until the interval has passed, and records the outcome', async () => {
    let runs = 0;
    const job: Job = { name: uniqueName('due'), everyMs: 60_000, run: async () => `run ${++runs}` };
    expect(await runJob(job, contextFor())).toEqual({ status: 'ran', message: 'run 1' });
    expect(await runJob(job, contextFor())).toEqual({ status: 'skipped' });
    expect(runs).toBe(1);
    expect(await lastJobRun(database.db, job.name)).toMatchObject({
      lastOutcome: 'ok',
      lastMessage: 'run 1',
      leaseUntil: null,
    });
    // Once the interval has passed (simulated by moving the last start back), it is due again.
    await database.db
      .update(jobRuns)
      .set({ startedAt: sql`now() - interval '2 minutes'` })
      .where(eq(jobRuns.name, job.name));
    expect(await runJob(job, contextFor())).toMatchObject({ status: 'ran' });
    // --force ignores the interval.
    expect(await runJob(job, contextFor(), { force: true })).toMatchObject({ status: 'ran' });
    expect(runs).toBe(3);
  });

  it('never runs a job twice at the same time, even when forced from two places', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const job: Job = {
      name: uniqueName('overlap'),
      everyMs: 1,
      run: async () => {
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        await sleep(150);
        active--;
        return undefined;
      },
    };
    const outcomes = await Promise.all([
      runJob(job, contextFor(), { force: true }),
      runJob(job, contextFor(), { force: true }),
      runJob(job, contextFor(), { force: true }),
    ]);
    expect(maxActive).toBe(1);
    expect(runs).toBe(1);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['ran', 'skipped', 'skipped']);
    // Finished: free again.
    expect(await runJob(job, contextFor(), { force: true })).toMatchObject({ status: 'ran' });
  });

  it('takes over a claim whose instance died (its lease ran out)', async () => {
    const job: Job = { name: uniqueName('lease'), everyMs: 1, run: async () => 'done' };
    expect(await claimJob(database.db, job)).not.toBeNull();
    // Still held: nobody else may run it.
    expect(await runJob(job, contextFor(), { force: true })).toEqual({ status: 'skipped' });
    await database.db
      .update(jobRuns)
      .set({ leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(jobRuns.name, job.name));
    expect(await runJob(job, contextFor(), { force: true })).toEqual({ status: 'ran', message: 'done' });
  });

  it('reports a failing job without throwing, logs it and records the error', async () => {
    const log = quietLog();
    const job: Job = {
      name: uniqueName('fails'),
      everyMs: 1,
      run: async () => {
        throw new Error('SMTP is on fire');
      },
    };
    expect(await runJob(job, contextFor(log))).toEqual({ status: 'failed', message: 'SMTP is on fire' });
    expect(log.errors).toEqual([`background job ${job.name} failed`]);
    expect(await lastJobRun(database.db, job.name)).toMatchObject({
      lastOutcome: 'failed',
      lastMessage: 'SMTP is on fire',
      leaseUntil: null,
    });
  });
});

describe('the scheduler', () => {
  it('keeps running a job after it fails, never overlapping it, and stops cleanly', async () => {
    let runs = 0;
    let active = 0;
    let maxActive = 0;
    const job: Job = {
      name: uniqueName('scheduled'),
      everyMs: 20,
      run: async () => {
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        // Slower than the interval, so ticks arrive while it runs.
        await sleep(60);
        active--;
        if (runs % 2 === 1) throw new Error(`odd run ${runs}`);
        return undefined;
      },
    };
    const log = quietLog();
    const stop = startBackgroundJobs({
      ...contextFor(log),
      jobs: [job],
      firstCheckAfterMs: 0,
      checkEveryMs: 5,
    });
    await waitFor(() => runs >= 4);
    await stop();
    const runsAtStop = runs;
    // stop() waited for the run in progress; nothing starts afterwards.
    expect(active).toBe(0);
    await sleep(100);
    expect(runs).toBe(runsAtStop);
    expect(maxActive).toBe(1);
    expect(log.errors.length).toBeGreaterThanOrEqual(2);
  });

  it('runs every registered job on its own schedule', async () => {
    const ran: string[] = [];
    const a: Job = {
      name: uniqueName('a'),
      everyMs: 10,
      run: async () => {
        ran.push('a');
        return undefined;
      },
    };
    const b: Job = {
      name: uniqueName('b'),
      everyMs: 10,
      run: async () => {
        ran.push('b');
        return undefined;
      },
    };
    const stop = startBackgroundJobs({
      ...contextFor(),
      jobs: [a, b],
      firstCheckAfterMs: 0,
      checkEveryMs: 5,
    });
    await waitFor(() => ran.includes('a') && ran.includes('b'));
    await stop();
  });
});

describe('job configuration', () => {
  it('TRELLIS_JOBS turns the scheduler off', () => {
    expect(loadConfig({}).jobs).toBe(true);
    expect(loadConfig({ TRELLIS_JOBS: 'on' }).jobs).toBe(true);
    for (const off of ['off', 'OFF', 'false', '0', 'no'])
      expect(loadConfig({ TRELLIS_JOBS: off }).jobs).toBe(false);
  });

  it('registers jobs with unique names and sensible intervals', () => {
    const names = jobs.map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('notification-emails');
    for (const job of jobs) expect(job.everyMs).toBeGreaterThanOrEqual(1000);
  });

  it('trellis run-jobs --once runs the jobs and reports each', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const context = {
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
      openDatabase: async () => ({ ...database, close: async () => undefined }),
      databaseLabel: 'the test database',
    };
    expect(await runCli(['run-jobs', '--once', '--job', 'notification-emails', '--force'], context)).toBe(0);
    expect(out.join('\n')).toMatch(/^notification-emails: done/m);
    expect(await runCli(['run-jobs', '--once', '--job', 'no-such-job'], context)).toBe(2);
    expect(err.join('\n')).toContain('There is no job called "no-such-job"');
  });

  it('the audit-seal job chains the audit events recorded since its last run', async () => {
    const { organizationId } = await createTestOrganization(database.db);
    await inTransaction(database.db, (tx) =>
      recordAuditEvent(tx, {
        organizationId,
        actorAccountId: null,
        action: 'test.recorded',
        targetType: 'test',
        targetId: 'one',
      }),
    );
    expect(await countUnsealed(database.db, organizationId)).toBe(1);
    expect(jobs).toContain(auditSealJob);
    expect(await runJob(auditSealJob, contextFor(), { force: true })).toEqual({ status: 'ran' });
    expect(await countUnsealed(database.db, organizationId)).toBe(0);
  });
});
