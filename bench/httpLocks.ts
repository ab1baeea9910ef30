import pg from 'pg';

/** What the lock sampler saw: how often and how many of the app's sessions waited on a lock. */
export interface LockWaits {
  samples: number;
  /** Samples with at least one session waiting on an advisory lock, and the most at once. */
  advisory: { samplesWithWaiters: number; maxWaiters: number; waiterSamples: number };
  /** Every heavyweight-lock wait (wait_event_type = 'Lock') by wait_event. */
  byEvent: Record<string, { samplesWithWaiters: number; maxWaiters: number; waiterSamples: number }>;
  /** The most sessions of the database that were active at once (running or waiting). */
  maxActive: number;
}

/**
 * Queries pg_stat_activity every `everyMs` from its own connection and counts the sessions of the
 * app's database waiting on heavyweight locks (advisory locks apart), until stopped.
 */
export async function startLockSampler(url: string, everyMs = 10) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const waits: LockWaits = {
    samples: 0,
    advisory: { samplesWithWaiters: 0, maxWaiters: 0, waiterSamples: 0 },
    byEvent: {},
    maxActive: 0,
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const { rows } = await client.query<{
        wait_event_type: string | null;
        wait_event: string | null;
        n: number;
      }>(
        `SELECT wait_event_type, wait_event, count(*)::int AS n
           FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND backend_type = 'client backend' AND state = 'active'
          GROUP BY 1, 2`,
      );
      waits.samples++;
      waits.maxActive = Math.max(
        waits.maxActive,
        rows.reduce((sum, row) => sum + Number(row.n), 0),
      );
      for (const row of rows) {
        if (row.wait_event_type !== 'Lock') continue;
        const n = Number(row.n);
        const event = row.wait_event ?? 'unknown';
        const tally = waits.byEvent[event] ?? { samplesWithWaiters: 0, maxWaiters: 0, waiterSamples: 0 };
        waits.byEvent[event] = tally;
        tally.samplesWithWaiters++;
        tally.maxWaiters = Math.max(tally.maxWaiters, n);
        tally.waiterSamples += n;
      }
      const advisory = waits.byEvent.advisory;
      if (advisory) waits.advisory = { ...advisory };
      const rest = everyMs - (performance.now() - started);
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    }
  })();
  return async (): Promise<LockWaits> => {
    running = false;
    await loop;
    await client.end();
    return waits;
  };
}
