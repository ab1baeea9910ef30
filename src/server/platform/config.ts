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
  seedDemo: boolean;
  /** Trust X-Forwarded-For (only behind a proxy you run): client IPs feed the login rate limit. */
  trustProxy: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const publicUrl = env.TRELLIS_PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
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
    seedDemo: env.TRELLIS_SEED_DEMO !== 'false',
    trustProxy: env.TRELLIS_TRUST_PROXY === 'true',
  };
}
