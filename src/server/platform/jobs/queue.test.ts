import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../testing/database';
import { createTestOrganization } from '../../testing/factories';
import type { Database } from '../db/client';
import { inTransaction } from '../db/tx';
import {
  backoffMs,
  claimJobs,
  completeJob,
  enqueueJob,
  failJob,
  pruneFinishedJobs,
  retryFailedJob,
} from './queue';
import { enqueueDueRecurringJobs } from './schedule';
import { jobQueue } from './tables';
import { HOUR } from './types';
import { beatWorkerHeartbeat, endWorkerHeartbeat, LOCK_MS, lastWorkerHeartbeat } from './worker';

let database: Database;
let organizationId: string;
beforeAll(async () => {
  database = await testDatabase();
  ({ organizationId } = await createTestOrganization(database.db));
});

// Every test uses job names of its own and this file's organisation: on PostgreSQL all test files
// share one database, so nothing here may claim or change another file's rows.
const uniqueName = (what: string) => `test-${what}-${randomUUID().slice(0, 8)}`;
const rowOf = async (id: string) => {
  const [row] = await database.db.select().from(jobQueue).where(eq(jobQueue.id, id));
  return row!;
};
const at = (iso: string) => new Date(iso);

describe('enqueueing', () => {
  it('enqueues inside the caller transaction: a rolled-back change leaves no job', async () => {
    const name = uniqueName('tx');
    await expect(
      inTransaction(database.db, async (tx) => {
        await enqueueJob(tx, { name, organizationId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.db.select().from(jobQueue).where(eq(jobQueue.name, name))).toEqual([]);
    const id = await inTransaction(database.db, (tx) =>
      enqueueJob(tx, { name, organizationId, payload: { reviewId: 'r1' } }),
    );
    expect(await rowOf(id!)).toMatchObject({
      name,
      organizationId,
      state: 'queued',
      payload: { reviewId: 'r1' },
    });
  });

  it('a dedupe key enqueues once, whatever the state of the first row', async () => {
    const name = uniqueName('dedupe');
    const dedupeKey = `${name}:${organizationId}:2026-12-06`;
    const first = await enqueueJob(database.db, { name, organizationId, dedupeKey });
    expect(first).not.toBeNull();
    expect(await enqueueJob(database.db, { name, organizationId, dedupeKey })).toBeNull();
    const [claimed] = await claimJobs(database.db, {
      workerId: 'w',
      filter: { names: [name] },
      lockMs: LOCK_MS,
    });
    await completeJob(database.db, claimed!, { workerId: 'w' });
    expect(await enqueueJob(database.db, { name, organizationId, dedupeKey })).toBeNull();
    expect(await database.db.select().from(jobQueue).where(eq(jobQueue.name, name))).toHaveLength(1);
    // Rows without a key are never deduplicated.
    expect(await enqueueJob(database.db, { name })).not.toBeNull();
    expect(await enqueueJob(database.db, { name })).not.toBeNull();
  });
});

describe('claiming', () => {
  it('two workers claiming at the same time never get the same row (SKIP LOCKED)', async () => {
    const name = uniqueName('race');
    const ids = await Promise.all(
      Array.from({ length: 30 }, () => enqueueJob(database.db, { name, organizationId })),
    );
    const claimedBy = { a: [] as string[], b: [] as string[] };
    const worker = async (workerId: 'a' | 'b') => {
      for (;;) {
        const claimed = await claimJobs(database.db, {
          workerId,
          filter: { names: [name] },
          limit: 3,
          lockMs: LOCK_MS,
        });
        if (claimed.length === 0) return;
        claimedBy[workerId].push(...claimed.map((job) => job.id));
      }
    };
    await Promise.all([worker('a'), worker('b')]);
    const all = [...claimedBy.a, ...claimedBy.b];
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([...ids].sort());
    const rows = await database.db.select().from(jobQueue).where(eq(jobQueue.name, name));
    for (const row of rows) {
      expect(row).toMatchObject({ state: 'running', attempts: 1 });
      expect(claimedBy[row.lockedBy as 'a' | 'b']).toContain(row.id);
    }
  });

  it('takes only due rows of the filter: names and organisation', async () => {
    const name = uniqueName('filter');
    const other = await createTestOrganization(database.db);
    const now = at('2026-12-06T12:00:00Z');
    const mine = await enqueueJob(database.db, { name, organizationId, runAt: now });
    await enqueueJob(database.db, { name, organizationId: other.organizationId, runAt: now });
    await enqueueJob(database.db, { name, organizationId, runAt: at('2026-12-06T12:00:01Z') });
    const claimed = await claimJobs(database.db, {
      workerId: 'w',
      filter: { names: [name], organizationId },
      lockMs: LOCK_MS,
      now,
    });
    expect(claimed.map((job) => job.id)).toEqual([mine]);
    // An empty list of names takes nothing (never "everything").
    expect(
      await claimJobs(database.db, { workerId: 'w', filter: { names: [] }, lockMs: LOCK_MS, now }),
    ).toEqual([]);
  });

  it('a worker that died leaves a lock that expires, and another worker takes the row over', async () => {
    const name = uniqueName('lock');
    const start = at('2026-12-06T12:00:00Z');
    const id = await enqueueJob(database.db, { name, organizationId, runAt: start, maxAttempts: 2 });
    const claim = (workerId: string, now: Date) =>
      claimJobs(database.db, { workerId, filter: { names: [name] }, lockMs: LOCK_MS, now });
    expect(await claim('dies', start)).toHaveLength(1);
    // Still locked a minute later.
    expect(await claim('other', new Date(start.getTime() + LOCK_MS / 2))).toEqual([]);
    const [taken] = await claim('other', new Date(start.getTime() + LOCK_MS + 1000));
    expect(taken).toMatchObject({ id, attempts: 2 });
    // The dead worker's late completion changes nothing: the row is no longer its.
    await completeJob(database.db, { id: id! }, { workerId: 'dies' });
    expect(await rowOf(id!)).toMatchObject({ state: 'running', lockedBy: 'other' });
    // The second claim was the last attempt: if that worker dies too, the row ends failed, not run a third time.
    const later = new Date(start.getTime() + 3 * LOCK_MS);
    expect(await claim('third', later)).toEqual([]);
    expect(await rowOf(id!)).toMatchObject({ state: 'failed', attempts: 2, lockedBy: null });
    expect((await rowOf(id!)).lastError).toMatch(/lock expired/);
  });
});

describe('failures', () => {
  it('pauses grow with each failed attempt, jittered, up to an hour', () => {
    for (let attempts = 1; attempts < 9; attempts++) {
      expect(backoffMs(attempts, () => 1)).toBeLessThan(backoffMs(attempts + 1, () => 0));
    }
    expect(backoffMs(1, () => 0.5)).toBe(10_000);
    expect(backoffMs(30, () => 1)).toBeLessThanOrEqual(1.2 * HOUR);
  });

  it('a failed attempt is queued again after the pause; the last one ends failed with its error', async () => {
    const name = uniqueName('retry');
    const id = await enqueueJob(database.db, {
      name,
      organizationId,
      runAt: at('2026-12-06T12:00:00Z'),
      maxAttempts: 3,
    });
    let now = at('2026-12-06T12:00:00Z');
    const pauses: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [job] = await claimJobs(database.db, {
        workerId: 'w',
        filter: { names: [name] },
        lockMs: LOCK_MS,
        now,
      });
      expect(job).toMatchObject({ id, attempts: attempt });
      const outcome = await failJob(database.db, job!, `attempt ${attempt} failed`, { workerId: 'w', now });
      if (attempt < 3) {
        expect(outcome.state).toBe('queued');
        const retryAt = (outcome as { retryAt: Date }).retryAt;
        pauses.push(retryAt.getTime() - now.getTime());
        // Not before its time.
        expect(
          await claimJobs(database.db, {
            workerId: 'w',
            filter: { names: [name] },
            lockMs: LOCK_MS,
            now: new Date(retryAt.getTime() - 1),
          }),
        ).toEqual([]);
        now = retryAt;
      } else {
        expect(outcome).toEqual({ state: 'failed' });
      }
    }
    expect(pauses[1]!).toBeGreaterThan(pauses[0]!);
    expect(await rowOf(id!)).toMatchObject({ state: 'failed', attempts: 3, lastError: 'attempt 3 failed' });
  });

  it('retry puts a failed row of the organisation back with fresh attempts; other organisations cannot', async () => {
    const name = uniqueName('requeue');
    const other = await createTestOrganization(database.db);
    const id = await enqueueJob(database.db, { name, organizationId, maxAttempts: 1 });
    const [job] = await claimJobs(database.db, { workerId: 'w', filter: { names: [name] }, lockMs: LOCK_MS });
    await failJob(database.db, job!, 'boom', { workerId: 'w' });
    expect(await retryFailedJob(database.db, { id: id!, organizationId: other.organizationId })).toBeNull();
    expect(await retryFailedJob(database.db, { id: id!, organizationId })).toBe(name);
    expect(await rowOf(id!)).toMatchObject({
      state: 'queued',
      attempts: 0,
      finishedAt: null,
      lastError: 'boom',
    });
    // Only failed rows: a queued one is not "retried".
    expect(await retryFailedJob(database.db, { id: id!, organizationId })).toBeNull();
  });
});

describe('the recurring schedule', () => {
  const job = (name: string, perOrganization: boolean) => ({
    name,
    everyMs: HOUR,
    perOrganization,
    run: async () => undefined,
  });

  it('enqueues one row per organisation and period, never beside a row still queued or running', async () => {
    const perOrg = job(uniqueName('per-org'), true);
    const global = job(uniqueName('global'), false);
    const nine = at('2026-12-06T09:10:00Z');
    const schedule = (now: Date, force = false) =>
      enqueueDueRecurringJobs(database.db, [perOrg, global], { organizationId, now, force });
    // Scoped to an organisation, jobs across organisations are left out.
    expect(await schedule(nine)).toBe(1);
    const [row] = await database.db.select().from(jobQueue).where(eq(jobQueue.name, perOrg.name));
    expect(row).toMatchObject({ organizationId, state: 'queued' });
    expect(row!.dedupeKey).toBe(`${perOrg.name}:${organizationId}:${Math.floor(nine.getTime() / HOUR)}`);
    // Same period again: nothing. The next period while this one still waits: nothing either.
    expect(await schedule(at('2026-12-06T09:50:00Z'))).toBe(0);
    expect(await schedule(at('2026-12-06T10:05:00Z'))).toBe(0);
    const [claimed] = await claimJobs(database.db, {
      workerId: 'w',
      filter: { names: [perOrg.name] },
      lockMs: LOCK_MS,
      now: at('2026-12-06T10:05:00Z'),
    });
    await completeJob(database.db, claimed!, { workerId: 'w' });
    expect(await schedule(at('2026-12-06T10:06:00Z'))).toBe(1);
    expect(await database.db.select().from(jobQueue).where(eq(jobQueue.name, global.name))).toEqual([]);
    // --force brings the queued row forward instead of adding a second one.
    expect(await schedule(at('2026-12-06T10:07:00Z'), true)).toBe(0);
    const queued = await database.db
      .select()
      .from(jobQueue)
      .where(sql`${jobQueue.name} = ${perOrg.name} AND ${jobQueue.state} = 'queued'`);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.runAt.toISOString()).toBe('2026-12-06T10:07:00.000Z');
  });
});

describe('housekeeping', () => {
  it('prunes done rows after the retention period, keeping recent and failed ones', async () => {
    const name = uniqueName('prune');
    const old = await enqueueJob(database.db, { name, organizationId });
    const recent = await enqueueJob(database.db, { name, organizationId });
    const failed = await enqueueJob(database.db, { name, organizationId });
    await database.db.execute(sql`
      UPDATE job_queue SET state = CASE WHEN id = ${failed}::uuid THEN 'failed' ELSE 'done' END,
             finished_at = CASE WHEN id = ${recent}::uuid THEN now() ELSE now() - interval '8 days' END
       WHERE name = ${name}`);
    await pruneFinishedJobs(database.db, { olderThanMs: 7 * 24 * HOUR });
    const left = await database.db.select({ id: jobQueue.id }).from(jobQueue).where(eq(jobQueue.name, name));
    expect(left.map((row) => row.id).sort()).toEqual([recent, failed].sort());
    expect(left.map((row) => row.id)).not.toContain(old);
  });

  it('a worker heartbeat is readable for /api/ready, and a clean stop removes it', async () => {
    const workerId = uniqueName('worker');
    await beatWorkerHeartbeat(database.db, workerId);
    const last = await lastWorkerHeartbeat(database.db);
    expect(last).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - last!.getTime())).toBeLessThan(60_000);
    await endWorkerHeartbeat(database.db, workerId);
  });
});
