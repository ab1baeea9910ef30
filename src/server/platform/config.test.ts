import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, demoSeedingDecision, loadConfig } from './config';

const https = { TRELLIS_PUBLIC_URL: 'https://trellis.example.com' };

describe('loadConfig', () => {
  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('logs a line per request unless LOG_REQUESTS=false', () => {
    expect(loadConfig({}).logRequests).toBe(true);
    expect(loadConfig({ LOG_REQUESTS: 'false' }).logRequests).toBe(false);
  });

  it('reads TRELLIS_SEED_DEMO as a choice only when it is set', () => {
    expect(loadConfig({}).seedDemo).toBeUndefined();
    expect(loadConfig({ TRELLIS_SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ TRELLIS_SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(loadConfig({}).allowDemoOnHttps).toBe(false);
    expect(loadConfig({ TRELLIS_ALLOW_DEMO_ON_HTTPS: 'true' }).allowDemoOnHttps).toBe(true);
  });
});

describe('demoSeedingDecision', () => {
  it('seeds the embedded database by default (the quick start), PostgreSQL only when asked', () => {
    expect(demoSeedingDecision(loadConfig({}), 'pglite', false)).toEqual({ start: true, seed: true });
    expect(demoSeedingDecision(loadConfig({}), 'postgresql', false)).toEqual({ start: true, seed: false });
    expect(demoSeedingDecision(loadConfig({ TRELLIS_SEED_DEMO: 'true' }), 'postgresql', false)).toEqual({
      start: true,
      seed: true,
    });
    expect(demoSeedingDecision(loadConfig({ TRELLIS_SEED_DEMO: 'false' }), 'pglite', false)).toEqual({
      start: true,
      seed: false,
    });
  });

  it('refuses to seed behind an https public URL, on either database, unless forced', () => {
    for (const kind of ['pglite', 'postgresql'] as const) {
      const refused = demoSeedingDecision(loadConfig({ ...https, TRELLIS_SEED_DEMO: 'true' }), kind);
      expect(refused.start).toBe(false);
      expect(refused.start === false && refused.reason).toMatch(/TRELLIS_ALLOW_DEMO_ON_HTTPS=true/);
      const forced = loadConfig({ ...https, TRELLIS_SEED_DEMO: 'true', TRELLIS_ALLOW_DEMO_ON_HTTPS: 'true' });
      expect(demoSeedingDecision(forced, kind, false)).toEqual({ start: true, seed: true });
    }
    // The embedded database's default counts as asking for the demo.
    expect(demoSeedingDecision(loadConfig(https), 'pglite').start).toBe(false);
    expect(
      demoSeedingDecision(loadConfig({ ...https, TRELLIS_SEED_DEMO: 'false' }), 'pglite', false),
    ).toEqual({ start: true, seed: false });
  });

  it('refuses to start behind https when the database already holds demo accounts, unless forced', () => {
    const present = demoSeedingDecision(loadConfig(https), 'postgresql', true);
    expect(present.start).toBe(false);
    expect(present.start === false && present.reason).toMatch(/demo accounts/);
    expect(demoSeedingDecision(loadConfig(https), 'postgresql', false)).toEqual({ start: true, seed: false });
    // Not known yet (before the database is opened): no reason to refuse on PostgreSQL.
    expect(demoSeedingDecision(loadConfig(https), 'postgresql')).toEqual({ start: true, seed: false });
    expect(
      demoSeedingDecision(loadConfig({ ...https, TRELLIS_ALLOW_DEMO_ON_HTTPS: 'true' }), 'postgresql', true),
    ).toEqual({ start: true, seed: false });
  });

  it('lets demo accounts be on a plain-http URL (a laptop or an internal test server)', () => {
    expect(demoSeedingDecision(loadConfig({ TRELLIS_SEED_DEMO: 'true' }), 'postgresql', true)).toEqual({
      start: true,
      seed: true,
    });
    expect(demoSeedingDecision(loadConfig({}), 'postgresql', true)).toEqual({ start: true, seed: false });
  });
});

describe('configuration errors', () => {
  it('names every wrong variable with what it should be, instead of starting on NaN', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        TRELLIS_PUBLIC_URL: 'trellis.example.com',
        TRELLIS_JOBS: 'maybe',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.map((p) => p.variable).sort();
      expect(problems).toEqual(['LOG_LEVEL', 'PORT', 'TRELLIS_JOBS', 'TRELLIS_PUBLIC_URL']);
      expect((error as Error).message).toMatch(/PORT: use a port number from 0 to 65535 \(it is "abc"\)/);
    }
  });

  it('refuses a DATABASE_URL that is not a postgres:// URL and a port out of range', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/trellis' })).toThrow(/DATABASE_URL: use a postgres/);
    // A URL may carry a password: it is named, never echoed.
    expect(() => loadConfig({ DATABASE_URL: 'postgres//trellis:s3cret@db/trellis' })).toThrow(
      /^(?![\s\S]*s3cret)[\s\S]*DATABASE_URL/,
    );
    expect(() => loadConfig({ SMTP_HOST: 'mail', SMTP_PORT: '70000' })).toThrow(/SMTP_PORT/);
  });

  it('reads every documented variable, and an empty one as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '',
      DATABASE_URL: 'postgres://trellis@db:5432/trellis',
      TRELLIS_PUBLIC_URL: 'https://trellis.example.com',
      TRELLIS_SECURE_COOKIES: 'false',
      SMTP_HOST: 'mail.example.com',
      SMTP_SECURE: 'true',
      LOG_LEVEL: 'warn',
      LOG_REQUESTS: 'true',
      TRELLIS_JOBS: 'off',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgres://trellis@db:5432/trellis',
      secureCookies: false,
      smtp: { host: 'mail.example.com', port: 587, secure: true },
      logLevel: 'warn',
      logRequests: true,
      jobs: false,
    });
    expect(loadConfig({ TRELLIS_PUBLIC_URL: 'https://trellis.example.com' }).secureCookies).toBe(true);
    expect(loadConfig({ TRELLIS_DATA_DIR: 'memory://x' }).dataDir).toBe('memory://x');
  });

  it('schedules backups only with a folder, every 24 hours keeping 7 unless told otherwise', () => {
    expect(loadConfig({}).backup).toBeNull();
    expect(loadConfig({ TRELLIS_BACKUP_KEEP: '3' }).backup).toBeNull();
    expect(loadConfig({ TRELLIS_BACKUP_DIR: '/var/backups/trellis' }).backup).toEqual({
      dir: '/var/backups/trellis',
      keep: 7,
      everyHours: 24,
    });
    expect(
      loadConfig({ TRELLIS_BACKUP_DIR: '/b', TRELLIS_BACKUP_KEEP: '30', TRELLIS_BACKUP_EVERY_HOURS: '6' })
        .backup,
    ).toEqual({ dir: '/b', keep: 30, everyHours: 6 });
    expect(() => loadConfig({ TRELLIS_BACKUP_DIR: '/b', TRELLIS_BACKUP_KEEP: '0' })).toThrow(
      /TRELLIS_BACKUP_KEEP/,
    );
    expect(() => loadConfig({ TRELLIS_BACKUP_EVERY_HOURS: 'daily' })).toThrow(/TRELLIS_BACKUP_EVERY_HOURS/);
  });
});

describe('one reader of the environment', () => {
  const serverRoot = join(import.meta.dirname, '..');
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      // Test support reads the test run's own variables (TEST_DATABASE_URL).
      if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
      return /\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
    });

  it('leaves process.env to loadConfig', () => {
    const readers = sourceFiles(serverRoot)
      .map((path) => relative(serverRoot, path))
      .filter((path) => path !== 'platform/config.ts')
      .filter((path) => /process\.env\b/.test(readFileSync(join(serverRoot, path), 'utf8')));
    expect(readers).toEqual([]);
  });
});
