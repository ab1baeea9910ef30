import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const baseUrl = process.env.TEST_DATABASE_URL;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

function startInstance(databaseUrl: string, port: number) {
  const child = spawn('npx', ['tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  children.push(child);
  return { child, output: () => output };
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
    } finally {
      for (const child of children.splice(0)) child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
