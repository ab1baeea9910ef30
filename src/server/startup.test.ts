import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const baseUrl = process.env.TEST_DATABASE_URL;
const children: ChildProcess[] = [];
afterAll(() => stopAll());

/**
 * Stops every instance and waits until each has exited. The server itself is the child (no npx/tsx
 * wrapper to swallow the signal): it survives losing its database, so a wrapper killed in its place
 * would leave it running after the database is dropped.
 */
async function stopAll() {
  await Promise.all(
    children.splice(0).map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

function startInstance(databaseUrl: string, port: number, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // On PostgreSQL the demo is seeded only when asked for.
      TRELLIS_SEED_DEMO: 'true',
      TRELLIS_PUBLIC_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  children.push(child);
  return { child, output: () => output };
}

/** The exit code and output of an instance expected to stop by itself (refusing to start). */
async function exitOf(instance: ReturnType<typeof startInstance>) {
  const { child } = instance;
  const code =
    child.exitCode ??
    (await Promise.race([
      new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode))),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`still running:\n${instance.output()}`)), 90_000),
      ),
    ]));
  return { code, output: instance.output() };
}

async function waitForHealth(port: number, output: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return response.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on ${port} did not come up:\n${output()}`);
}

describe('demo accounts behind an https URL', () => {
  it('refuses to seed the embedded database (its default) behind https: exit 1, clear message', {
    timeout: 120_000,
  }, async () => {
    const refused = await exitOf(
      startInstance('', 3998, {
        TRELLIS_SEED_DEMO: '',
        TRELLIS_DATA_DIR: join(tmpdir(), `trellis-refuse-${randomUUID().slice(0, 8)}`),
        TRELLIS_PUBLIC_URL: 'https://trellis.example.com',
      }),
    );
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/Trellis did not start: Refusing to seed the demo organisation/);
    expect(refused.output).toMatch(/TRELLIS_ALLOW_DEMO_ON_HTTPS=true/);
  });
});

describe.skipIf(!baseUrl)('two instances starting at the same moment on one PostgreSQL database', () => {
  it('both come up; migrations and the demo seed run exactly once', { timeout: 150_000 }, async () => {
    const name = `trellis_startup_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(baseUrl!);
    url.pathname = `/${name}`;
    try {
      const ports = [3900 + Math.floor(Math.random() * 50), 3960 + Math.floor(Math.random() * 30)];
      const instances = ports.map((port) => startInstance(url.toString(), port));
      const health = await Promise.all(ports.map((port, i) => waitForHealth(port, instances[i]!.output)));
      expect(health).toEqual([
        { status: 'ok', database: 'postgresql' },
        { status: 'ok', database: 'postgresql' },
      ]);
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      const orgs = await db.query(`SELECT count(*)::int AS n FROM organizations WHERE slug = 'demo'`);
      const migrations = await db.query('SELECT count(*)::int AS n FROM trellis_meta.migrations');
      await db.end();
      expect(orgs.rows[0].n).toBe(1);
      expect(migrations.rows[0].n).toBeGreaterThan(0);

      // The database now holds the demo accounts: behind an https URL, an instance refuses to start
      // even without being asked to seed.
      const refused = await exitOf(
        startInstance(url.toString(), 3995, {
          TRELLIS_SEED_DEMO: '',
          TRELLIS_PUBLIC_URL: 'https://trellis.example.com',
        }),
      );
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/Trellis did not start: The database holds the demo accounts/);
    } finally {
      await stopAll();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
