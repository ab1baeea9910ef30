import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Public URL used in emailed links. */
  publicUrl: string;
  secureCookies: boolean;
  smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string } | null;
  logLevel: string;
  /**
   * `TRELLIS_SEED_DEMO`: true/false when set; undefined means the default for the database kind
   * (seed the embedded database, never PostgreSQL) — see {@link demoSeedingDecision}.
   */
  seedDemo: boolean | undefined;
  /** `TRELLIS_ALLOW_DEMO_ON_HTTPS=true`: start even though demo accounts exist behind an https URL. */
  allowDemoOnHttps: boolean;
  /** Trust X-Forwarded-For (only behind a proxy you run): client IPs feed the login rate limit. */
  trustProxy: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const publicUrl = env.TRELLIS_PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    // Loopback unless told otherwise: exposing the server is a decision (HOST=0.0.0.0 in a container).
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.TRELLIS_DATA_DIR ?? './data'),
    publicUrl,
    secureCookies: env.TRELLIS_SECURE_COOKIES
      ? env.TRELLIS_SECURE_COOKIES === 'true'
      : publicUrl.startsWith('https:'),
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: Number(env.SMTP_PORT ?? 587),
          secure: env.SMTP_SECURE === 'true',
          user: env.SMTP_USER || undefined,
          pass: env.SMTP_PASSWORD || undefined,
          from: env.SMTP_FROM ?? 'Trellis <no-reply@trellis.local>',
        }
      : null,
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.TRELLIS_SEED_DEMO ? env.TRELLIS_SEED_DEMO === 'true' : undefined,
    allowDemoOnHttps: env.TRELLIS_ALLOW_DEMO_ON_HTTPS === 'true',
    trustProxy: env.TRELLIS_TRUST_PROXY === 'true',
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
