import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganization } from '../../testing/factories';
import { type ServerProcess, spawnServer } from '../../testing/serverProcess';
import { type Database, openDatabase, queryRows } from './client';

/**
 * The real server (`src/server/main.ts` in its own process) on PostgreSQL, reached through a TCP proxy
 * this test controls, survives the three ways a database goes away: one pooled connection killed
 * (`pg_terminate_backend`), a restart (connections closed, new ones refused for a while), and a crash
 * (sockets reset mid-query). During the outage requests answer 503 `database_unavailable` and
 * `/api/ready` says the database is unavailable while `/api/health` (liveness) stays 200; once the
 * database is back the same process serves again within seconds.
 */
const baseUrl = process.env.TEST_DATABASE_URL;
if (!baseUrl) {
  console.info('resilience.test.ts skipped: it needs a real PostgreSQL server (set TEST_DATABASE_URL).');
}

const RECOVERY_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server under test: waiting stops at once, with its output, if its process has ended. */
let watched: ServerProcess | null = null;

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    if (watched && !watched.alive()) {
      throw new Error(
        `the server process ended while waiting for ${what}:\n${watched.output().slice(-4000)}`,
      );
    }
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`);
}

/**
 * A TCP proxy in front of PostgreSQL that can play an outage: `restart` closes every connection and
 * refuses new ones, `crash` resets the sockets (RST) while queries wait for answers, `recover` accepts
 * connections again on the same port.
 */
class OutageProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private stalled = false;
  private holdTransactions = false;
  /** Bytes the app sent while answers were held back: queries in flight. */
  sentWhileStalled = 0;
  /** Connections whose answers are held back since they sent BEGIN: transactions in flight. */
  heldTransactions = 0;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const server = net.createServer((socket) => this.accept(socket));
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(this.port, '127.0.0.1', () => resolve());
        });
        this.server = server;
        this.port = (server.address() as net.AddressInfo).port;
        return;
      } catch (error) {
        // The port we gave up a moment ago may still be settling; anything else is real.
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 50) throw error;
        await sleep(100);
      }
    }
  }

  private accept(client: net.Socket) {
    const upstream = net.connect(this.target);
    this.sockets.add(client).add(upstream);
    const drop = (socket: net.Socket) => () => this.sockets.delete(socket);
    client.on('close', drop(client));
    upstream.on('close', drop(upstream));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    let held = false;
    client.on('data', (data) => {
      if (this.stalled) this.sentWhileStalled += data.length;
      // Drizzle opens a transaction with the statement `begin` (simple or extended protocol).
      if (this.holdTransactions && !held && data.includes('begin\0')) {
        held = true;
        this.heldTransactions++;
      }
      upstream.write(data);
    });
    upstream.on('data', (data) => {
      if (!this.stalled && !held) client.write(data);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
  }

  /** Stops accepting at once (the port refuses connections); open connections are handled apart. */
  private stopListening() {
    this.server?.close();
    this.server = null;
  }

  /** A restart: connections are closed in order and new ones refused until `recover`. */
  restart() {
    this.stopListening();
    for (const socket of this.sockets) {
      socket.end();
      setTimeout(() => socket.destroy(), 500).unref();
    }
  }

  /** Answers stop arriving, so the app's next queries stay in flight. */
  stall() {
    this.stalled = true;
    this.sentWhileStalled = 0;
  }

  /** From now on, a connection that starts a transaction gets no answer: its BEGIN stays in flight. */
  stallTransactions() {
    this.holdTransactions = true;
    this.heldTransactions = 0;
  }

  /** A crash: every socket reset at once (RST), new connections refused until `recover`. */
  crash() {
    this.stopListening();
    for (const socket of this.sockets) socket.resetAndDestroy();
  }

  async recover() {
    this.stalled = false;
    this.holdTransactions = false;
    await this.listen();
  }

  close() {
    this.crash();
  }
}

interface Answer {
  status: number;
  body: {
    status?: string;
    error?: { code?: string };
    checks?: { database?: { ok: boolean; code?: string } };
  } | null;
  ms: number;
}

const get = (url: string, headers: Record<string, string> = {}) => send('GET', url, undefined, headers);

async function send(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(url, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    // Bounded: "not a hang" is part of what is tested.
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, ms: Date.now() - started };
}

describe.skipIf(!baseUrl)('the server survives losing its PostgreSQL connections', () => {
  const dbName = `trellis_resilience_${randomUUID().slice(0, 8)}`;
  const applicationName = `trellis_resilience_${randomUUID().slice(0, 8)}`;
  let admin: pg.Client;
  let proxy: OutageProxy;
  let server: ServerProcess;
  let direct: Database;
  let cookie: string;
  let csrf: string;

  const health = () => get(`${server.baseUrl}/api/health`);
  const ready = () => get(`${server.baseUrl}/api/ready`);
  const me = () => get(`${server.baseUrl}/api/auth/me`, { cookie });
  const setLocale = (locale: string) =>
    send('PATCH', `${server.baseUrl}/api/auth/me/preferences`, { locale }, { cookie, 'x-csrf-token': csrf });
  const expectUnavailable = (answer: Answer) => {
    expect(answer.status).toBe(503);
    expect(answer.body?.error?.code).toBe('database_unavailable');
    expect(answer.ms).toBeLessThan(10_000);
  };
  /** Readiness fails on the database; liveness does not (the process is fine and stays up). */
  const expectNotReady = async () => {
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(answer.body?.checks?.database).toEqual({ ok: false, code: 'database_unavailable' });
    expect(answer.ms).toBeLessThan(10_000);
    expect((await health()).status).toBe(200);
  };
  const backWithinSeconds = async () => {
    const started = Date.now();
    // The database check, not the whole of readiness: the job worker's heartbeat is its own matter.
    await until('the database ready after it returned', RECOVERY_MS, async () =>
      (await ready()).body?.checks?.database?.ok ? true : undefined,
    );
    expect(Date.now() - started).toBeLessThan(RECOVERY_MS);
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', database: 'postgresql' } });
    expect((await me()).status).toBe(200);
    expect(server.alive()).toBe(true);
  };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const target = new URL(baseUrl!);
    target.pathname = `/${dbName}`;
    proxy = new OutageProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.listen();
    const viaProxy = new URL(target);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    viaProxy.searchParams.set('application_name', applicationName);
    // Left unset on purpose: on PostgreSQL the demo is not seeded unless asked for.
    server = await spawnServer({
      DATABASE_URL: viaProxy.toString(),
      TRELLIS_JOBS: 'on',
      TRELLIS_SEED_DEMO: undefined,
      TRELLIS_PUBLIC_URL: undefined,
    });
    watched = server;
    // A signed-in caller, made directly in the database the server migrated.
    direct = await openDatabase({ url: target.toString(), poolSize: 2 });
    const org = await createTestOrganization(direct.db, 'Resilience');
    const person = await org.addPerson();
    const session = await org.sessionFor(person.accountId!);
    cookie = `trellis_session=${session.token}`;
    csrf = session.csrfToken;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    proxy?.close();
    await direct?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);

  it('starts healthy, without the demo organisation (PostgreSQL seeds it only when asked)', async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', database: 'postgresql' } });
    expect((await ready()).body?.checks).toMatchObject({ database: { ok: true }, migrations: { ok: true } });
    expect((await me()).status).toBe(200);
    const demo = await queryRows<{ n: number }>(
      direct.db,
      sql`SELECT count(*)::int AS n FROM organizations WHERE slug = 'demo'`,
    );
    expect(demo[0]?.n).toBe(0);
    expect(server.output()).not.toContain('trellis-demo');
  });

  it('(a) pg_terminate_backend of idle pooled connections: the process stays up, health stays ok', async () => {
    // Several requests at once leave several connections idle in the pool.
    await Promise.all(Array.from({ length: 6 }, () => me()));
    const idle = await until('idle pooled connections', 10_000, async () => {
      const { rows } = await admin.query(
        `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND state = 'idle'`,
        [applicationName],
      );
      return rows.length > 0 ? rows.length : undefined;
    });
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
        WHERE application_name = $1 AND state = 'idle'`,
      [applicationName],
    );
    expect(rows.filter((row) => row.terminated).length).toBeGreaterThan(0);
    expect(idle).toBeGreaterThan(0);
    // The server noticed (this is the event that used to end the process) …
    await until('the lost connection to be reported', 10_000, async () =>
      server.output().includes('lost an idle database connection') ? true : undefined,
    );
    // … and carries on.
    expect(server.alive()).toBe(true);
    await backWithinSeconds();
  });

  it('(b) restart: 503 database_unavailable while connections are refused, serving again after', async () => {
    proxy.restart();
    await expectNotReady();
    expect((await ready()).body).toMatchObject({ status: 'not_ready', database: 'postgresql' });
    expectUnavailable(await me());
    // Stays down a little while; every request keeps answering quickly with 503.
    const downUntil = Date.now() + 3000;
    while (Date.now() < downUntil) {
      expectUnavailable(await me());
      await sleep(250);
    }
    expect(server.alive()).toBe(true);
    await proxy.recover();
    await backWithinSeconds();
  });

  it('(c) crash: sockets reset mid-query, the database stays down, then returns', async () => {
    await Promise.all(Array.from({ length: 4 }, () => me()));
    proxy.stall();
    const inFlight = [me(), me(), me(), me()];
    await until('queries in flight', 10_000, async () => (proxy.sentWhileStalled > 0 ? true : undefined));
    proxy.crash();
    for (const answer of await Promise.all(inFlight)) expectUnavailable(answer);
    // Down for a while: requests answer 503 promptly, the process stays up.
    const downUntil = Date.now() + 2000;
    while (Date.now() < downUntil) {
      await expectNotReady();
      expectUnavailable(await me());
      await sleep(250);
    }
    expect(server.alive()).toBe(true);
    await proxy.recover();
    await backWithinSeconds();
  });

  it('(d) crash while transactions hold every pooled connection: none leaks, serving again after', async () => {
    // Ten writes (each a transaction) at once, with BEGIN left unanswered, hold all ten connections
    // of the server's pool (openDatabase's default size) when the connections break. Drizzle never
    // hands back a connection whose BEGIN failed: unless the pool takes it back by itself, the pool
    // stays full of dead connections and the server never serves again.
    expect((await setLocale('de')).status).toBe(200);
    proxy.stallTransactions();
    const writes = Array.from({ length: 10 }, () => setLocale('en'));
    await until('every pooled connection inside a transaction', 15_000, async () =>
      proxy.heldTransactions >= 10 ? true : undefined,
    );
    proxy.crash();
    for (const answer of await Promise.all(writes)) expectUnavailable(answer);
    await expectNotReady();
    expect(server.alive()).toBe(true);
    await proxy.recover();
    await backWithinSeconds();
    expect((await setLocale('en')).status).toBe(200);
  });
});
