import { claimJobs, type JobFilter } from './queue';
import { enqueueDueRecurringJobs, periodOf } from './schedule';
import type { Job, JobHandler, JobServices } from './types';
import { SECOND } from './types';
import {
  beatWorkerHeartbeat,
  endWorkerHeartbeat,
  HEARTBEAT_MS,
  LOCK_MS,
  newWorkerId,
  runClaimedJob,
  workerFilter,
} from './worker';

export interface BackgroundJobsOptions extends JobServices {
  /** Recurring jobs: the scheduler enqueues each one's row per period; the worker runs them. */
  jobs: readonly Job[];
  /** Handlers of work enqueued on demand (`enqueueJob`), run by the same worker. */
  handlers?: readonly JobHandler[];
  /** Tasks run in this process on their own timer, without a queue row (the audit sealer). */
  periodic?: readonly Job[];
  /** Only these rows (tests): names and/or one organisation. */
  filter?: JobFilter;
  /** How often the queue is polled and the schedule checked. */
  checkEveryMs?: number;
  /** First check after start-up, so the server answers requests before jobs compete for the database. */
  firstCheckAfterMs?: number;
  /** Rows run side by side. */
  concurrency?: number;
  workerId?: string;
}

/**
 * Starts the scheduler, a queue worker and the periodic tasks of one process. Timers are unref'd,
 * so they never keep a process (or a test run) alive; a database outage only costs failed ticks,
 * each logged. The returned function stops everything and waits for the jobs in progress.
 */
export function startBackgroundJobs(options: BackgroundJobsOptions): () => Promise<void> {
  const {
    jobs,
    handlers = [],
    periodic = [],
    filter,
    checkEveryMs = 2 * SECOND,
    firstCheckAfterMs = 5 * SECOND,
    concurrency = 2,
    workerId = newWorkerId(),
    ...services
  } = options;
  const { db } = services.database;
  const { log } = services;
  const workerOptions = { ...services, handlers: [...jobs, ...handlers], filter, workerId, concurrency };
  const claimFilter = workerFilter(workerOptions);
  const scheduled = jobs.filter((job) => !filter?.names || filter.names.includes(job.name));
  const timers: NodeJS.Timeout[] = [];
  const inFlight = new Set<Promise<unknown>>();
  const busy = new Set<string>();
  let stopped = false;

  /** Runs `task` unless the previous run under the same key is still going. */
  const once = (key: string, task: () => Promise<unknown>, failure: string) => {
    if (stopped || busy.has(key)) return;
    busy.add(key);
    const run = task()
      .catch((error: unknown) => log.error({ err: error, task: key }, failure))
      .finally(() => {
        busy.delete(key);
        inFlight.delete(run);
      });
    inFlight.add(run);
  };

  // The period each job was last enqueued for: one insert per job and period, not one per tick.
  const enqueuedPeriod = new Map<string, number>();
  const schedule = async () => {
    for (const job of scheduled) {
      const period = periodOf(job, Date.now());
      if (enqueuedPeriod.get(job.name) === period) continue;
      await enqueueDueRecurringJobs(db, [job], { organizationId: filter?.organizationId });
      enqueuedPeriod.set(job.name, period);
    }
  };

  const work = async () => {
    while (!stopped) {
      const claimed = await claimJobs(db, {
        workerId,
        filter: claimFilter,
        limit: concurrency,
        lockMs: LOCK_MS,
      });
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((job) => runClaimedJob(job, workerOptions)));
    }
  };

  const tick = () => {
    once('schedule', schedule, 'job scheduling failed');
    once('work', work, 'job queue poll failed');
  };
  const beat = () =>
    once('heartbeat', () => beatWorkerHeartbeat(db, workerId), 'job worker heartbeat failed');

  const every = (ms: number, fn: () => void) => {
    const first = setTimeout(fn, firstCheckAfterMs);
    const repeat = setInterval(fn, ms);
    first.unref();
    repeat.unref();
    timers.push(first, repeat);
  };
  every(checkEveryMs, tick);
  every(HEARTBEAT_MS, beat);
  for (const task of periodic) {
    every(task.everyMs, () =>
      once(
        `periodic:${task.name}`,
        () => task.run({ ...services, db, payload: {} }),
        `background job ${task.name} failed`,
      ),
    );
  }

  return async () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    await Promise.allSettled([...inFlight]);
    // A clean stop leaves no heartbeat behind; a crashed worker's row simply goes stale.
    await endWorkerHeartbeat(db, workerId).catch(() => undefined);
  };
}
