/**
 * Telling "the database is not reachable right now" apart from every other failure, so a lost
 * connection answers 503 `database_unavailable` (and is retried later) instead of 500 or a crash.
 */

/** Socket-level failures of a connection to the database server. */
const socketErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server going away or not accepting connections yet: admin_shutdown (57P01),
 * crash_shutdown (57P02), cannot_connect_now (57P03, starting up or shutting down), database dropped
 * (57P04), too_many_connections (53300), and the whole connection-exception class 08xxx.
 */
const unavailableSqlStates = new Set(['57P01', '57P02', '57P03', '57P04', '53300']);

/** Messages node-postgres and its pool use for broken or timed-out connections (they carry no code). */
const connectionMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Connection terminated due to connection timeout',
];

/** True when `error` (or an error it wraps) says the database could not be reached or went away. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 10) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    const code = typeof candidate.code === 'string' ? candidate.code : '';
    if (socketErrorCodes.has(code) || unavailableSqlStates.has(code) || /^08[0-9A-Z]{3}$/.test(code)) {
      return true;
    }
    const message = typeof candidate.message === 'string' ? candidate.message : '';
    if (connectionMessages.some((known) => message.startsWith(known))) return true;
    queue.push(candidate.cause);
    // AggregateError: connecting to a host name with several addresses fails with one per address.
    if (Array.isArray(candidate.errors)) queue.push(...candidate.errors);
  }
  return false;
}

/** True for errors raised by the PostgreSQL server or its driver (a SQLSTATE somewhere in the chain). */
function isDatabaseError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return true;
    current = candidate.cause;
  }
  return false;
}

export interface GuardLog {
  error(obj: object, msg: string): void;
  fatal(obj: object, msg: string): void;
}

export type FatalOrigin = 'uncaughtException' | 'unhandledRejection';

/**
 * Process-level safety net for the server: a database error that escapes as an unhandled rejection
 * (or a connection error emitted where nobody listened) is logged, not fatal — the pool reconnects by
 * itself. Anything else is logged as fatal and handed to `fatal`, which shuts the server down with
 * exit code 1 (the process's state is unknown; a supervisor starts a clean one).
 *
 * Unhandled rejections are treated like uncaught exceptions, as Node itself does by default: a
 * rejected promise nobody awaited means some piece of work stopped halfway without its caller
 * knowing, and carrying on would hide that. Database errors are the exception because their cause
 * is outside the process and the pool recovers from it.
 */
export function guardProcessAgainstDatabaseErrors(
  log: GuardLog,
  fatal: (error: unknown, origin: FatalOrigin) => void,
): void {
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailableError(reason) || isDatabaseError(reason)) {
      log.error({ err: reason }, 'unhandled database error (the server keeps running)');
      return;
    }
    log.fatal({ err: reason }, 'unhandled promise rejection: shutting down');
    fatal(reason, 'unhandledRejection');
  });
  process.on('uncaughtException', (error) => {
    if (isDatabaseUnavailableError(error)) {
      log.error({ err: error }, 'database connection error (the server keeps running)');
      return;
    }
    log.fatal({ err: error }, 'uncaught exception: shutting down');
    fatal(error, 'uncaughtException');
  });
}
