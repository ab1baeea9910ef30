import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli/run';
import {
  auditSealJob,
  HOUR,
  type Job,
  type JobHandler,
  jobs,
  periodicTasks,
  pruneJobQueueJob,
  recurringJobs,
} from './jobs';
import { loadConfig } from './platform/config';
import type { Database } from './platform/db/client';
import { startBackgroundJobs } from './platform/jobs/background';
import { enqueueJob } from './platform/jobs/queue';
import { registerJobHandler } from './platform/jobs/registry';
import { jobQueue } from './platform/jobs/tables';
import { drainJobs, lastWorkerHeartbeat } from './platform/jobs/worker';
import { createMailer } from './platform/mail/mailer';
import { testDatabase } from './testing/database';
import { createTestOrganization } from './testing/factories';

let database: Database;
let organizationId: string;
beforeAll(async () => {
  database = await testDatabase();
  ({ organizationId } = await createTestOrganization(database.db));
});

const quietLog = () => {
  const errors: string[] = [];
  return { errors, info: () => undefined, error: (_obj: object, msg: string) => errors.push(msg) };
};
const services = (log = quietLog()) => ({
  database,
  mailer: createMailer(loadConfig({}), { info: () => undefined }),
  config: loadConfig({}),
  log,
});
// Own names only: the worker of a test never claims another test file's rows (one shared database on PostgreSQL).
const uniqueName = (what: string) => `test-${what}-${randomUUID().slice(0, 8)}`;
const rowOf = async (id: string) => {
  const [row] = await database.db.select().from(jobQueue).where(eq(jobQueue.id, id));
  return row!;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(10);
  }
};

describe('the worker', () => {
  it('runs a handler with the row organisation and payload, and marks the row done', async () => {
    const seen: unknown[] = [];
    const handler: JobHandler = {
      name: uniqueName('ok'),
      run: async ({ organizationId: org, payload }) => {
        seen.push({ org, payload });
        return 'did it';
      },
    };
    const id = await enqueueJob(database.db, { name: handler.name, organizationId, payload: { n: 1 } });
    const outcomes = await drainJobs({ ...services(), handlers: [handler] });
    expect(outcomes).toEqual([
      expect.objectContaining({ id, status: 'done', message: 'did it', attempt: 1 }),
    ]);
    expect(seen).toEqual([{ org: organizationId, payload: { n: 1 } }]);
    expect(await rowOf(id!)).toMatchObject({ state: 'done', lockedUntil: null });
    expect((await rowOf(id!)).finishedAt).toBeInstanceOf(Date);
  });

  it('a job that throws is retried with growing pauses and ends failed with its error kept', async () => {
    const log = quietLog();
    let runs = 0;
    const handler: JobHandler = {
      name: uniqueName('throws'),
      maxAttempts: 4,
      run: async () => {
        runs++;
        throw new Error(`SMTP is on fire (run ${runs})`);
      },
    };
    let now = new Date('2026-12-06T12:00:00Z');
    const id = await enqueueJob(database.db, {
      name: handler.name,
      organizationId,
      runAt: now,
      maxAttempts: handler.maxAttempts,
    });
    const pauses: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const [outcome] = await drainJobs({ ...services(log), handlers: [handler], now });
      expect(outcome).toMatchObject({ id, attempt, message: `SMTP is on fire (run ${attempt})` });
      if (attempt < 4) {
        expect(outcome?.status).toBe('retrying');
        const retryAt = (outcome as { retryAt: Date }).retryAt;
        pauses.push(retryAt.getTime() - now.getTime());
        // Nothing to do until then.
        expect(await drainJobs({ ...services(log), handlers: [handler], now })).toEqual([]);
        now = retryAt;
      } else {
        expect(outcome?.status).toBe('failed');
      }
    }
    expect(pauses).toHaveLength(3);
    expect(pauses[1]!).toBeGreaterThan(pauses[0]!);
    expect(pauses[2]!).toBeGreaterThan(pauses[1]!);
    expect(runs).toBe(4);
    expect(log.errors).toEqual(Array(4).fill(`background job ${handler.name} failed`));
    expect(await rowOf(id!)).toMatchObject({
      state: 'failed',
      attempts: 4,
      lastError: 'SMTP is on fire (run 4)',
      lockedUntil: null,
    });
    // Failed for good: no further attempt, however late.
    expect(
      await drainJobs({ ...services(log), handlers: [handler], now: new Date('2027-01-01T00:00:00Z') }),
    ).toEqual([]);
  });
});

describe('the background worker', () => {
  it('enqueues a recurring job each period and runs it, never overlapping, and stops cleanly', async () => {
    let runs = 0;
    let active = 0;
    let maxActive = 0;
    const job: Job = {
      name: uniqueName('recurring'),
      everyMs: 40,
      perOrganization: true,
      run: async ({ organizationId: org }) => {
        expect(org).toBe(organizationId);
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        // Slower than the period, so periods pass while it runs.
        await sleep(60);
        active--;
        return undefined;
      },
    };
    const onDemand: JobHandler = { name: uniqueName('on-demand'), run: async () => 'ran on demand' };
    await enqueueJob(database.db, { name: onDemand.name, organizationId });
    const stop = startBackgroundJobs({
      ...services(),
      jobs: [job],
      handlers: [onDemand],
      filter: { organizationId },
      firstCheckAfterMs: 0,
      checkEveryMs: 10,
    });
    await waitFor(() => runs >= 3);
    expect(await lastWorkerHeartbeat(database.db)).toBeInstanceOf(Date);
    await waitFor(async () => {
      const rows = await database.db.select().from(jobQueue).where(eq(jobQueue.name, onDemand.name));
      return rows[0]?.state === 'done';
    });
    await stop();
    const runsAtStop = runs;
    // stop() waited for the run in progress; nothing starts afterwards.
    expect(active).toBe(0);
    await sleep(100);
    expect(runs).toBe(runsAtStop);
    expect(maxActive).toBe(1);
  });

  it('runs periodic tasks on their own timer, without queue rows', async () => {
    let runs = 0;
    const task: Job = {
      name: uniqueName('periodic'),
      everyMs: 10,
      run: async () => {
        runs++;
        if (runs === 1) throw new Error('first run fails');
        return undefined;
      },
    };
    const log = quietLog();
    const stop = startBackgroundJobs({
      ...services(log),
      jobs: [],
      periodic: [task],
      filter: { names: [] },
      firstCheckAfterMs: 0,
      checkEveryMs: 10,
    });
    await waitFor(() => runs >= 3);
    await stop();
    expect(log.errors).toContain(`background job ${task.name} failed`);
    expect(await database.db.select().from(jobQueue).where(eq(jobQueue.name, task.name))).toEqual([]);
  });
});

describe('job configuration', () => {
  it('TRELLIS_JOBS turns the worker off', () => {
    expect(loadConfig({}).jobs).toBe(true);
    expect(loadConfig({ TRELLIS_JOBS: 'on' }).jobs).toBe(true);
    for (const off of ['off', 'OFF', 'false', '0', 'no'])
      expect(loadConfig({ TRELLIS_JOBS: off }).jobs).toBe(false);
  });

  it('registers jobs with unique names and sensible intervals; the audit sealer runs without queue rows', () => {
    const names = [...jobs, ...periodicTasks].map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('notification-emails');
    expect(jobs).toContain(pruneJobQueueJob);
    expect(periodicTasks).toEqual([auditSealJob]);
    for (const job of jobs) expect(job.everyMs).toBeGreaterThanOrEqual(1000);
  });

  it('adds the scheduled backup, at its interval, only when a backup folder is configured', () => {
    expect(recurringJobs({ backup: null })).toEqual(jobs);
    const withBackup = recurringJobs({ backup: { dir: '/b', keep: 3, everyHours: 6 } });
    expect(withBackup.map((job) => job.name)).toEqual([...jobs.map((job) => job.name), 'backup']);
    // One archive of the whole database, not one per organisation.
    expect(withBackup.at(-1)?.everyMs).toBe(6 * HOUR);
    expect(withBackup.at(-1)?.perOrganization).toBeFalsy();
  });
});

describe('trellis run-jobs', () => {
  const cli = () => {
    const out: string[] = [];
    const err: string[] = [];
    const context = {
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
      openDatabase: async () => ({ ...database, close: async () => undefined }),
      databaseLabel: 'the test database',
    };
    return { out, err, run: (args: string[]) => runCli(['run-jobs', ...args], context) };
  };

  it('--once --job --org runs only that job of that organisation, and exits 1 when an attempt failed', async () => {
    const ok: JobHandler = { name: uniqueName('cli-ok'), run: async () => 'sent 2' };
    let failures = 0;
    const failing: JobHandler = {
      name: uniqueName('cli-fails'),
      maxAttempts: 2,
      run: async () => {
        failures++;
        throw new Error('the mail server said no');
      },
    };
    registerJobHandler(ok);
    registerJobHandler(failing);
    const other = await createTestOrganization(database.db);
    const mine = await enqueueJob(database.db, { name: ok.name, organizationId });
    const theirs = await enqueueJob(database.db, { name: ok.name, organizationId: other.organizationId });

    const first = cli();
    expect(await first.run(['--once', '--job', ok.name, '--org', organizationId])).toBe(0);
    expect(first.out).toEqual([`${ok.name} (${organizationId}): done: sent 2`]);
    expect(await rowOf(mine!)).toMatchObject({ state: 'done' });
    expect(await rowOf(theirs!)).toMatchObject({ state: 'queued' });

    await enqueueJob(database.db, { name: failing.name, organizationId, maxAttempts: 2 });
    const second = cli();
    expect(await second.run(['--once', '--job', failing.name, '--org', organizationId])).toBe(1);
    expect(second.out.join('\n')).toMatch(
      new RegExp(
        `^${failing.name} \\(${organizationId}\\): FAILED \\(attempt 1 of 2; retried from .+\\): the mail server said no$`,
        'm',
      ),
    );
    expect(failures).toBe(1);
  });

  it('--once --org runs a per-organisation job for that organisation once per period; --force runs it again', async () => {
    const { organizationId: org } = await createTestOrganization(database.db);
    // Periods count from the epoch: two runs either side of an hour boundary would both be due.
    const toNextHour = HOUR - (Date.now() % HOUR);
    if (toNextHour < 15_000) await new Promise((resolve) => setTimeout(resolve, toNextHour + 100));
    const first = cli();
    expect(await first.run(['--once', '--job', 'review-reminders', '--org', org])).toBe(0);
    expect(first.out).toEqual([`review-reminders (${org}): done`]);
    const again = cli();
    expect(await again.run(['--once', '--job', 'review-reminders', '--org', org])).toBe(0);
    expect(again.out).toEqual(['Nothing was due.']);
    const forced = cli();
    expect(await forced.run(['--once', '--job', 'review-reminders', '--org', org, '--force'])).toBe(0);
    expect(forced.out).toEqual([`review-reminders (${org}): done`]);
    const rows = await database.db.select().from(jobQueue).where(eq(jobQueue.organizationId, org));
    expect(rows.map((row) => [row.name, row.state])).toEqual([
      ['review-reminders', 'done'],
      ['review-reminders', 'done'],
    ]);
  });

  it('refuses unknown jobs, a malformed --org and --force without --once', async () => {
    const run = cli();
    expect(await run.run(['--once', '--job', 'no-such-job'])).toBe(2);
    expect(run.err.join('\n')).toContain('There is no job called "no-such-job"');
    expect(await run.run(['--once', '--org', 'acme'])).toBe(2);
    expect(run.err.join('\n')).toContain('--org takes an organisation id');
    expect(await run.run(['--force'])).toBe(2);
  });
});
