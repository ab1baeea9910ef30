/**
 * Errors as they may be written to a log line or a ledger: database errors without the values that
 * went into the query. Drizzle's `DrizzleQueryError` says "Failed query: … params: …" and carries
 * `params`; PGlite errors carry `params` too; node-postgres errors carry `detail` ("Key (email)=(…)",
 * "Failing row contains (…)") and `where`; and data exceptions (SQLSTATE class 22) quote the value
 * in their message ('invalid input syntax for type uuid: "…"'). Names, emails and answer texts are
 * personal data, so none of that leaves the process; the code, the SQL (with `$1` placeholders), the
 * constraint, table and column do.
 */

/** Fields of a driver error that name things, never values. */
const safeDatabaseFields = [
  'code',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'dataType',
  'routine',
  'position',
] as const;

type ErrorLike = Error & Record<string, unknown>;

const isErrorLike = (value: unknown): value is ErrorLike =>
  typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';

const sqlState = (error: ErrorLike) =>
  typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : null;

/** Raised by or about the database: a query wrapper (Drizzle, PGlite) or a server error with a SQLSTATE. */
function isDatabaseError(error: ErrorLike): boolean {
  return 'params' in error || (sqlState(error) !== null && ('severity' in error || 'routine' in error));
}

/** The message without parameter values. */
export function safeMessage(error: ErrorLike): string {
  let message = error.message;
  // DrizzleQueryError: "Failed query: <sql>\nparams: <values>".
  const params = message.indexOf('\nparams:');
  if (params >= 0) message = message.slice(0, params);
  // Data exceptions quote the offending value; keep the sentence, drop the value.
  if (sqlState(error)?.startsWith('22')) message = message.replace(/"(?:[^"]|"")*"/g, '"…"');
  return message;
}

function typeOf(error: ErrorLike): string {
  const constructorName = (error.constructor as { name?: unknown } | undefined)?.name;
  return typeof constructorName === 'string' && constructorName !== 'Object' ? constructorName : error.name;
}

/** The stack's frames under a header rebuilt from the safe message (the original header repeats the message). */
function safeStack(error: ErrorLike, message: string): string | undefined {
  if (typeof error.stack !== 'string') return undefined;
  const frames = error.stack.indexOf('\n    at ');
  return `${typeOf(error)}: ${message}${frames >= 0 ? error.stack.slice(frames) : ''}`;
}

/**
 * The pino serializer for `err` (set on the app's logger, so every `log.error({ err })` goes through
 * it): like pino's own, with the cause chain, but database errors keep only their safe fields.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!isErrorLike(error)) return error;
  const message = safeMessage(error);
  const serialized: Record<string, unknown> = {
    type: typeOf(error),
    message,
    stack: safeStack(error, message),
  };
  if (isDatabaseError(error)) {
    for (const field of safeDatabaseFields) if (error[field] !== undefined) serialized[field] = error[field];
    if (typeof error.query === 'string') serialized.query = error.query;
  } else {
    for (const key in error) {
      const value = error[key];
      if (key === 'cause' || key in serialized || isErrorLike(value)) continue;
      serialized[key] = value;
    }
  }
  if (error.cause !== undefined && depth < 5) serialized.cause = serializeError(error.cause, depth + 1);
  return serialized;
}

/** One line for a ledger or a console: each message of the cause chain, safe, with its SQLSTATE. */
export function safeErrorSummary(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined; depth++) {
    if (!isErrorLike(current)) {
      parts.push(String(current));
      break;
    }
    const code = sqlState(current);
    parts.push(code ? `${safeMessage(current)} (${code})` : safeMessage(current));
    current = current.cause;
  }
  return parts.join(' ← ');
}
