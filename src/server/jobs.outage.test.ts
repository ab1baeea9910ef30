import { describe, expect, it } from 'vitest';
import type { Job } from './jobs';
import { loadConfig } from './platform/config';
import type { Database, Db } from './platform/db/client';
import { startBackgroundJobs } from './platform/jobs/background';
import { createMailer } from './platform/mail/mailer';

/** A database whose every statement fails the way node-postgres does when the server is gone. */
function unreachableDatabase(): Database {
  const fail = () => Promise.reject(new Error('Connection terminated unexpectedly'));
  const db = new Proxy({} as Db, {
    get: (_target, property) => (property === 'then' ? undefined : fail),
  });
  return {
    db,
    kind: 'postgresql',
    withAdvisoryLock: fail,
    refreshStatistics: async () => undefined,
    close: async () => undefined,
  };
}

describe('background jobs while the database is down', () => {
  it('log the failure and try again on the next tick, without an unhandled rejection', async () => {
    const errors: string[] = [];
    let runs = 0;
    const job: Job = { name: 'outage-probe', everyMs: 20, run: async () => runs++ };
    const config = loadConfig({});
    const stop = startBackgroundJobs({
      database: unreachableDatabase(),
      mailer: createMailer(config, { info: () => undefined }),
      config,
      log: { info: () => undefined, error: (_obj, msg) => errors.push(msg) },
      jobs: [job],
      checkEveryMs: 20,
      firstCheckAfterMs: 0,
    });
    const until = Date.now() + 5000;
    while (errors.length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    await stop();
    // Several ticks each failed to schedule or claim the job and were logged; the job itself never ran.
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(runs).toBe(0);
  });
});
