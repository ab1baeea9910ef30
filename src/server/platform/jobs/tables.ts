import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../../org/tables';

/** queued: waits for `run_at`; running: a worker holds it until `locked_until`; done and failed are final. */
export const jobStates = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

/**
 * The durable job queue (platform/jobs/queue.ts). A row is one piece of work: enqueued inside the
 * transaction of the change that asks for it, claimed by one worker at a time with
 * `FOR UPDATE SKIP LOCKED`, retried with growing pauses, and kept as `failed` with a safe summary
 * of its last error once its attempts are used up, for the organisation's admins to see and retry.
 */
export const jobQueue = pgTable(
  'job_queue',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The handler's name (jobs.ts registers them). */
    name: text('name').notNull(),
    /** Null for work that is not about one organisation. */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    /** Ids and options for the handler; never personal field values (the row is admin-readable). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    /** Claims so far: a claim counts as an attempt even if its worker died before finishing. */
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    /** While running: the worker's claim expires then, and another worker may take the row over. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lockedBy: text('locked_by'),
    /** At most one row per key, whatever its state: enqueueing the same key again does nothing. */
    dedupeKey: text('dedupe_key'),
    state: text('state', { enum: jobStates }).notNull().default('queued'),
    /** `safeErrorSummary` of the latest failure: no values of a failed query. */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('job_queue_dedupe_key_uq').on(t.dedupeKey),
    // The claim reads these two: due queued rows, and running rows whose worker's lock ran out.
    index('job_queue_due_idx').on(t.runAt).where(sql`state = 'queued'`),
    index('job_queue_lock_idx').on(t.lockedUntil).where(sql`state = 'running'`),
    // The scheduler's "is this recurring job already queued or running?".
    index('job_queue_active_idx').on(t.name, t.organizationId).where(sql`state IN ('queued', 'running')`),
    // The admin list (failed, newest first) and the pruning of old finished rows.
    index('job_queue_failed_idx').on(t.organizationId, t.finishedAt).where(sql`state = 'failed'`),
    index('job_queue_done_idx').on(t.finishedAt).where(sql`state = 'done'`),
  ],
);

/**
 * One row per running worker, its heartbeat moved forward every few seconds: `/api/ready` asks
 * whether any worker is alive (`lastWorkerHeartbeat`). Rows of stopped workers are pruned.
 */
export const jobWorkers = pgTable('job_workers', {
  id: text('id').primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
});
