import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config';
import { serializeError } from '../errors/logSafe';

export type { Logger };

/**
 * Values no log line may carry, wherever they appear in a logged object: credentials and session
 * material (guide practice 14). Request lines carry no headers, bodies or query strings at all (see
 * `serializeRequest`); this list is the net under every other `log.info({ … })`.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  '*.*.password',
  'currentPassword',
  '*.currentPassword',
  'newPassword',
  '*.newPassword',
  'token',
  '*.token',
  '*.*.token',
  'csrfToken',
  '*.csrfToken',
  'sessionToken',
  '*.sessionToken',
  'oneTimeLink',
  '*.oneTimeLink',
  '*.pass',
  '*.*.pass',
  'databaseUrl',
  '*.databaseUrl',
];

/** What a request line tells: the method and the route's pattern — never the URL, its query or a body. */
export function serializeRequest(request: {
  method?: string;
  routeOptions?: { url?: string };
}): Record<string, unknown> {
  // `/api/people/:personId`, not `/api/people/…?q=ada@example.com`: paths and queries carry search
  // terms, emails and tokens. An unmatched request logs no path at all.
  return { method: request.method, route: request.routeOptions?.url ?? null };
}

export function serializeResponse(reply: { statusCode?: number }): Record<string, unknown> {
  return { statusCode: reply.statusCode };
}

export interface LoggerOptions {
  /** Where lines go (default: stdout). Tests pass a stream that keeps them. */
  destination?: DestinationStream;
  /**
   * Readable lines instead of JSON; by default when stdout is a terminal (development). Without
   * `pino-pretty` installed (a production install) the lines stay JSON, and the server starts.
   */
  pretty?: boolean;
}

/**
 * Readable lines through `pino-pretty` (to `destination`, default stdout), or null when the module
 * cannot be loaded: it is a development dependency, so a production install has none.
 */
export async function prettyStream(
  destination?: DestinationStream,
  specifier = 'pino-pretty',
): Promise<DestinationStream | null> {
  try {
    const { default: pretty } = (await import(specifier)) as { default: typeof import('pino-pretty') };
    return pretty({
      colorize: !destination,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      // Development only: every line is on screen before the next statement (and before an exit).
      sync: true,
      ...(destination ? { destination: destination as NodeJS.WritableStream } : {}),
    });
  } catch {
    return null;
  }
}

/**
 * The server's one logger, created before anything else and handed to Fastify (`loggerInstance`),
 * the database, the mailer, the jobs and the operator channel. Database errors lose their parameter
 * values (`serializeError`), secrets are redacted, and requests are logged by route pattern.
 */
export async function createLogger(
  config: Pick<Config, 'logLevel'>,
  options: LoggerOptions = {},
): Promise<Logger> {
  const pretty = options.pretty ?? (!options.destination && process.stdout.isTTY === true);
  const destination = pretty
    ? ((await prettyStream(options.destination)) ?? options.destination)
    : options.destination;
  return pino(
    {
      level: config.logLevel,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: { err: serializeError, req: serializeRequest, res: serializeResponse },
    },
    destination,
  );
}

let fallback: Logger | null = null;

/**
 * For code that may run before (or without) the server's logger — the command line opening a
 * database, say: warnings and worse as JSON on stderr, never on the operator's stdout.
 */
export function fallbackLogger(): Logger {
  fallback ??= pino(
    {
      level: 'warn',
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: { err: serializeError },
    },
    pino.destination(2),
  );
  return fallback;
}

/** A logger that writes nothing (apps built by tests that do not read the log). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
