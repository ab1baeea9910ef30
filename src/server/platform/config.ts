import { resolve } from 'node:path';
import { z } from 'zod';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Folder of the embedded database (absolute), or a `memory://` name. */
  dataDir: string;
  /** Public URL used in emailed links. */
  publicUrl: string;
  secureCookies: boolean;
  smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string } | null;
  logLevel: string;
  /** `LOG_REQUESTS` (default on): a log line per request, with its id; errors are logged either way. */
  logRequests: boolean;
  /**
   * `TRELLIS_SEED_DEMO`: true/false when set; undefined means the default for the database kind
   * (seed the embedded database, never PostgreSQL) — see {@link demoSeedingDecision}.
   */
  seedDemo: boolean | undefined;
  /** `TRELLIS_ALLOW_DEMO_ON_HTTPS=true`: start even though demo accounts exist behind an https URL. */
  allowDemoOnHttps: boolean;
  /** Trust X-Forwarded-For (only behind a proxy you run): client IPs feed the login rate limit. */
  trustProxy: boolean;
  /** `TRELLIS_JOBS`: run the background jobs in the server (off when `trellis run-jobs` runs them). */
  jobs: boolean;
  /** `TRELLIS_PGLITE_THREAD`: the embedded database in a worker thread (default) or on the event loop. */
  pgliteThread: 'worker' | 'main';
  /** `TRELLIS_PGLITE_STATEMENT_CACHE`: prepared statements the embedded database keeps (0: none). */
  pgliteStatementCache: number;
  /**
   * Scheduled backups (`TRELLIS_BACKUP_DIR`, `TRELLIS_BACKUP_KEEP`, `TRELLIS_BACKUP_EVERY_HOURS`),
   * run by the job worker; null when no folder is set.
   */
  backup: { dir: string; keep: number; everyHours: number } | null;
  /**
   * `TRELLIS_APP_KEY`: the application key (base64 of 32 bytes) that wraps the data keys of
   * encrypted records (platform/crypto). Unset: a key file `app.key` in the data folder.
   */
  appKey: string | undefined;
}

/** A setting that is not set, or set to nothing, takes its default. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const flag = optional(
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(value), {
      message: 'use true or false',
    })
    .transform((value) => ['true', '1', 'yes', 'on'].includes(value)),
);

const wholeNumber = (min: number, max: number, what: string) =>
  optional(
    z
      .string()
      .trim()
      .regex(/^\d+$/, { message: `use ${what}` })
      .transform(Number)
      .refine((value) => value >= min && value <= max, { message: `use ${what}` }),
  );

const webUrl = (what: string) =>
  optional(
    z
      .string()
      .trim()
      .refine((value) => /^https?:\/\/[^/\s]+/i.test(value) && URL.canParse(value), {
        message: `use ${what}`,
      }),
  );

/** Every environment variable the server reads, in one place (README, "Configuration"). */
const environment = z.object({
  // 0 asks the system for any free port (tests that start several servers use it).
  PORT: wholeNumber(0, 65_535, 'a port number from 0 to 65535'),
  HOST: optional(z.string().trim()),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .refine((value) => /^postgres(ql)?:\/\//i.test(value) && URL.canParse(value), {
        message: 'use a postgres:// URL',
      }),
  ),
  TRELLIS_DATA_DIR: optional(z.string()),
  TRELLIS_PUBLIC_URL: webUrl('an http:// or https:// URL, e.g. https://trellis.example.com'),
  TRELLIS_SECURE_COOKIES: flag,
  SMTP_HOST: optional(z.string().trim()),
  SMTP_PORT: wholeNumber(1, 65_535, 'a port number from 1 to 65535'),
  SMTP_SECURE: flag,
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  SMTP_FROM: optional(z.string().trim()),
  LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'use one of fatal, error, warn, info, debug, trace, silent',
    }),
  ),
  LOG_REQUESTS: flag,
  TRELLIS_SEED_DEMO: flag,
  TRELLIS_ALLOW_DEMO_ON_HTTPS: flag,
  TRELLIS_TRUST_PROXY: flag,
  TRELLIS_JOBS: flag,
  TRELLIS_PGLITE_THREAD: optional(z.enum(['worker', 'main'], { message: 'use worker or main' })),
  TRELLIS_PGLITE_STATEMENT_CACHE: wholeNumber(0, 100_000, 'a whole number from 0 (none) to 100000'),
  TRELLIS_BACKUP_DIR: optional(z.string().trim()),
  TRELLIS_BACKUP_KEEP: wholeNumber(1, 1000, 'a whole number from 1 to 1000'),
  TRELLIS_BACKUP_EVERY_HOURS: wholeNumber(1, 720, 'a whole number of hours from 1 to 720'),
  TRELLIS_APP_KEY: optional(
    z
      .string()
      .trim()
      .refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32, {
        message: 'use the base64 of 32 random bytes, e.g. `openssl rand -base64 32`',
      }),
  ),
});

/** Variables that may hold a password: a wrong one is named without its value. */
const secretVariables = new Set(['DATABASE_URL', 'SMTP_USER', 'SMTP_PASSWORD', 'TRELLIS_APP_KEY']);

/** The environment does not make a configuration: the message names every variable that is wrong. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(
      `The configuration has ${problems.length === 1 ? 'an error' : `${problems.length} errors`}:\n` +
        problems.map(({ variable, problem }) => `  ${variable}: ${problem}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/**
 * The server's configuration from its environment: the only reader of `process.env` in the server
 * (a rule test checks). Unset variables take their defaults; a wrong one fails here, at start, with
 * its name and what it should be, rather than later as a NaN or a silently ignored setting.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? '?');
        // Secrets are named, never echoed: this message goes to the console and the logs.
        const shown = secretVariables.has(variable) ? '' : ` (it is "${env[variable] ?? ''}")`;
        return { variable, problem: `${issue.message}${shown}` };
      }),
    );
  }
  const e = parsed.data;
  const port = e.PORT ?? 3000;
  const publicUrl = e.TRELLIS_PUBLIC_URL ?? `http://localhost:${port}`;
  const dataDir = e.TRELLIS_DATA_DIR ?? './data';
  return {
    port,
    // Loopback unless told otherwise: exposing the server is a decision (HOST=0.0.0.0 in a container).
    host: e.HOST ?? '127.0.0.1',
    databaseUrl: e.DATABASE_URL,
    dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir),
    publicUrl,
    secureCookies: e.TRELLIS_SECURE_COOKIES ?? publicUrl.toLowerCase().startsWith('https:'),
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT ?? 587,
          secure: e.SMTP_SECURE ?? false,
          user: e.SMTP_USER,
          pass: e.SMTP_PASSWORD,
          from: e.SMTP_FROM ?? 'Trellis <no-reply@trellis.local>',
        }
      : null,
    logLevel: e.LOG_LEVEL ?? 'info',
    logRequests: e.LOG_REQUESTS ?? true,
    seedDemo: e.TRELLIS_SEED_DEMO,
    allowDemoOnHttps: e.TRELLIS_ALLOW_DEMO_ON_HTTPS ?? false,
    trustProxy: e.TRELLIS_TRUST_PROXY ?? false,
    jobs: e.TRELLIS_JOBS ?? true,
    pgliteThread: e.TRELLIS_PGLITE_THREAD ?? 'worker',
    pgliteStatementCache: e.TRELLIS_PGLITE_STATEMENT_CACHE ?? 256,
    backup: e.TRELLIS_BACKUP_DIR
      ? {
          dir: resolve(e.TRELLIS_BACKUP_DIR),
          keep: e.TRELLIS_BACKUP_KEEP ?? 7,
          everyHours: e.TRELLIS_BACKUP_EVERY_HOURS ?? 24,
        }
      : null,
    appKey: e.TRELLIS_APP_KEY,
  };
}

export type DemoSeedingDecision =
  /** Seed the demo organisation if the database is empty (`seed: false`: leave the database as it is). */
  | { start: true; seed: boolean }
  /** Do not start: demo accounts with their published password would be reachable. */
  | { start: false; reason: string };

/**
 * Whether to seed the demo organisation, and whether it is safe to start at all. The demo's
 * accounts share a published password, so they belong on a laptop, not on a public server:
 * - the embedded database (the quick start) is seeded unless `TRELLIS_SEED_DEMO=false`;
 * - PostgreSQL (a real deployment) is seeded only with `TRELLIS_SEED_DEMO=true`;
 * - with an https public URL, the server refuses to start while demo accounts would exist (seeding
 *   asked for, or demo accounts already in the database) unless `TRELLIS_ALLOW_DEMO_ON_HTTPS=true`.
 * `demoAccountsPresent` is undefined when not yet known (before the database is opened).
 */
export function demoSeedingDecision(
  config: Pick<Config, 'seedDemo' | 'allowDemoOnHttps' | 'publicUrl'>,
  kind: 'pglite' | 'postgresql',
  demoAccountsPresent?: boolean,
): DemoSeedingDecision {
  const seed = config.seedDemo ?? kind === 'pglite';
  const publicHttps = config.publicUrl.toLowerCase().startsWith('https:');
  if (publicHttps && !config.allowDemoOnHttps) {
    if (seed) {
      return {
        start: false,
        reason:
          `Refusing to seed the demo organisation (accounts with the published password "trellis-demo") ` +
          `on a server published at ${config.publicUrl}. Set TRELLIS_SEED_DEMO=false, or ` +
          'TRELLIS_ALLOW_DEMO_ON_HTTPS=true if this really is a demo site.',
      };
    }
    if (demoAccountsPresent) {
      return {
        start: false,
        reason:
          `The database holds the demo accounts (published password "trellis-demo") and the server is ` +
          `published at ${config.publicUrl}. Remove the demo organisation (slug "demo") and its accounts, or set ` +
          'TRELLIS_ALLOW_DEMO_ON_HTTPS=true if this really is a demo site.',
      };
    }
  }
  return { start: true, seed };
}
