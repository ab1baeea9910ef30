import type { Config } from '../config';
import type { Database, Db } from '../db/client';
import type { Mailer } from '../mail/mailer';

/** The parts of a pino logger the jobs use (Fastify's `app.log` fits). */
export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** What a worker process hands to every job. */
export interface JobServices {
  database: Database;
  mailer: Mailer;
  config: Config;
  log: JobLog;
}

export interface JobContext extends JobServices {
  db: Db;
  /** The queue row's organisation; undefined for work across organisations (the domain functions' "all"). */
  organizationId?: string;
  payload: Record<string, unknown>;
}

/** Work the queue can run, looked up by `name` when a worker claims a row. */
export interface JobHandler {
  name: string;
  /** Attempts before the row ends `failed` (default 5); each failed one waits longer (`backoffMs`). */
  maxAttempts?: number;
  /** A string result is logged; other results are ignored. A thrown error is a failed attempt. */
  run(context: JobContext): Promise<unknown>;
}

/** A handler the scheduler enqueues by itself, once per `everyMs` period. */
export interface Job extends JobHandler {
  everyMs: number;
  /**
   * One row per organisation and period (dedupe key `name:<org>:<period>`), run with
   * `organizationId` set: a failure stays with its organisation, where its admins see it. Without
   * it one row per period runs across all organisations.
   */
  perOrganization?: boolean;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
