import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from '../../testing/serverProcess';
import { SHUTDOWN_DEADLINE_MS } from './shutdown';

/**
 * The real server (`main.ts` in its own process, embedded database) on SIGTERM: it stops taking
 * connections, lets requests in flight finish, stops its jobs, closes the database and exits 0 — or,
 * when a request never ends, logs what is still running and exits 1 at the deadline.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const dataDirs: string[] = [];
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) if (server.alive()) server.child.kill('SIGKILL');
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

async function start() {
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-shutdown-'));
  dataDirs.push(dataDir);
  const server = await spawnServer({
    TRELLIS_DATA_DIR: dataDir,
    TRELLIS_SEED_DEMO: 'false',
    TRELLIS_JOBS: 'on',
    LOG_REQUESTS: 'true',
    DATABASE_URL: undefined,
    TRELLIS_PUBLIC_URL: undefined,
  });
  servers.push(server);
  return server;
}

/** A login whose body arrives only when `finish()` is called: a request in flight until then. */
function requestInFlight(baseUrl: string) {
  const { port } = new URL(baseUrl);
  const body = JSON.stringify({ email: 'nobody@example.test', password: 'not-the-password' });
  const socket = net.connect(Number(port), '127.0.0.1');
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => (answer += chunk));
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
  socket.write(
    `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
  );
  return {
    answer: ended,
    // Written without a FIN: the server answers and closes the connection (it is shutting down).
    finish: () => socket.write(body.slice(10)),
    abandon: () => socket.destroy(),
  };
}

async function until(what: string, timeoutMs: number, probe: () => boolean | Promise<boolean>) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await sleep(50);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

const refuses = async (baseUrl: string) =>
  fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(1_000) }).then(
    () => false,
    () => true,
  );

describe('graceful shutdown of the server process', () => {
  it('SIGTERM: refuses new connections, finishes the request in flight, closes everything, exits 0', {
    timeout: 150_000,
  }, async () => {
    const server = await start();
    // Ready, with this process's job worker beating (not just inside its start-up grace period).
    await until('the job worker heartbeat', 30_000, async () => {
      const ready = await fetch(`${server.baseUrl}/api/ready`);
      const body = (await ready.json()) as { checks: { jobs?: { detail?: string } } };
      return ready.status === 200 && Boolean(body.checks.jobs?.detail?.startsWith('last heartbeat'));
    });
    const inFlight = requestInFlight(server.baseUrl);
    await sleep(300);
    server.child.kill('SIGTERM');
    await until('the shutdown to begin', 5_000, () => server.output().includes('shutting down'));
    await until('new connections refused', 5_000, () => refuses(server.baseUrl));
    expect(server.alive()).toBe(true);
    // The request that was already in flight still gets its answer.
    inFlight.finish();
    expect(await inFlight.answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(await server.exited, server.output().slice(-3000)).toBe(0);
    const lines = server.logLines();
    expect(lines.find((line) => line.msg === 'shutting down')).toMatchObject({
      reason: 'received SIGTERM',
    });
    const login = lines.find(
      (line) => line.msg === 'request completed' && (line.req as { method?: string })?.method === 'POST',
    );
    expect(login).toMatchObject({ req: { route: '/api/auth/login' }, res: { statusCode: 401 } });
    // The answer came after the shutdown began, with the connection closing behind it.
    expect(await inFlight.answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(lines.at(-1)).toMatchObject({ msg: 'stopped', exitCode: 0 });
  });

  it('a request that never ends: the deadline passes, the log names what still ran, exit 1', {
    timeout: 150_000,
  }, async () => {
    const server = await start();
    const hung = requestInFlight(server.baseUrl);
    await sleep(300);
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const took = Date.now() - signalled;
    hung.abandon();
    expect(code).toBe(1);
    expect(took).toBeGreaterThanOrEqual(SHUTDOWN_DEADLINE_MS - 500);
    expect(took).toBeLessThan(SHUTDOWN_DEADLINE_MS + 5_000);
    const forced = server.logLines().find((line) => String(line.msg).includes('forcing exit'));
    expect(forced).toMatchObject({ level: 50, stillRunning: expect.arrayContaining(['http']) });
  });
});

/** Runs the stand-in process of `testing/processGuardFixture.ts` with one kind of failure. */
async function guarded(failure: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/testing/processGuardFixture.ts', failure],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, any>);
  return { code, lines, output };
}

describe('uncaught errors', () => {
  it('an uncaught exception is logged as fatal, then the process shuts down with exit code 1', async () => {
    const { code, lines, output } = await guarded('uncaught');
    expect(code, output).toBe(1);
    expect(lines.find((line) => line.level === 60)).toMatchObject({
      msg: 'uncaught exception: shutting down',
      err: { message: 'boom: nobody caught this' },
    });
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['work stopped', 'stopped']));
  });

  it('an unhandled rejection is handled the same way: logged, shut down, exit code 1', async () => {
    const { code, lines, output } = await guarded('rejection');
    expect(code, output).toBe(1);
    expect(lines.find((line) => line.level === 60)).toMatchObject({
      msg: 'unhandled promise rejection: shutting down',
      err: { message: 'boom: nobody awaited this' },
    });
    expect(lines.map((line) => line.msg)).toContain('work stopped');
  });

  it('a rejection from a lost database connection is logged and the process carries on', async () => {
    const { code, lines, output } = await guarded('database');
    expect(code, output).toBe(0);
    // "still running" is logged 300 ms after the rejection, so the process outlived it; exit code 0
    // says no fatal path ran. The lines are compared as a set: through a pipe, the child's last
    // asynchronous write can land after the ones flushed at exit (seen once in 50 runs under load).
    const messages = lines.map((line) => line.msg);
    expect(messages[0]).toBe('unhandled database error (the server keeps running)');
    expect([...messages].sort()).toEqual(
      [
        'unhandled database error (the server keeps running)',
        'still running',
        'shutting down',
        'work stopped',
        'stopped',
      ].sort(),
    );
  });
});
