import { mkdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { fallbackLogger } from '../logging/logger';
import { PgliteThreadClient } from './pgliteThread';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database handle or an open transaction: commands accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Run `fn` while holding a cluster-wide advisory lock (migrations, first-start seeding). */
  withAdvisoryLock<T>(key: string, fn: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Updates planner statistics after bulk writes. PGlite has no autovacuum, and without statistics
   * the directory runs several times slower; PostgreSQL's autovacuum does this by itself.
   */
  refreshStatistics(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent, the embedded PGlite database in `dataDir` is used. */
  url?: string;
  /** Folder for PGlite; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /**
   * Where PGlite runs: `worker` (a worker thread, so HTTP work overlaps with queries, and a cheaper
   * query path; see `pgliteThread.ts`) or `main` (PGlite's own client on the event loop).
   * Default `worker` — tests included, so they run what production runs (the server takes
   * `TRELLIS_PGLITE_THREAD` from its configuration; the test setup passes it on).
   */
  pgliteThread?: PgliteThread;
  /** With the worker: how many statements it keeps prepared (0: none). Default 256. */
  pgliteStatementCache?: number;
  /**
   * PGlite in memory only: a data folder saved with `dumpDataDir` to load instead of running initdb
   * (the test setup migrates one database and every test worker starts from its copy).
   */
  pgliteSnapshot?: string;
  poolSize?: number;
  /**
   * PostgreSQL: how long getting a connection may take before the request fails (503
   * `database_unavailable`) instead of waiting for a database that is down. Default 5 s.
   */
  connectionTimeoutMillis?: number;
  /** Where lost connections are reported (PostgreSQL); the pool replaces them by itself. */
  log?: DatabaseLog;
}

export interface DatabaseLog {
  warn(obj: object, msg: string): void;
}

export type PgliteThread = 'worker' | 'main';

export function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, {
        max: options.poolSize ?? 10,
        connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
        // Without the server's logger (the command line, scripts): warnings as JSON on stderr.
        log: options.log ?? fallbackLogger(),
      })
    : openPglite(options.dataDir ?? 'memory://', {
        thread: options.pgliteThread ?? 'worker',
        statementCache: options.pgliteStatementCache,
        snapshot: options.pgliteSnapshot,
      });
}

async function openPglite(
  dataDir: string,
  { thread, statementCache, snapshot }: { thread: PgliteThread; statementCache?: number; snapshot?: string },
): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  // A folder keeps its data; loading a snapshot over it would replace the data with the snapshot's.
  if (snapshot !== undefined && !inMemory) throw new Error('A PGlite snapshot loads into memory only');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  // The worker client answers the part of PGlite's interface Drizzle's driver uses (query, exec, transaction).
  const client =
    thread === 'worker'
      ? ((await PgliteThreadClient.open(dataDir, { statementCache, snapshot })) as unknown as PGlite)
      : await PGlite.create(dataDir, {
          extensions: { pg_trgm },
          loadDataDir: snapshot ? new Blob([readFileSync(snapshot)]) : undefined,
        });
  return pgliteDatabase(client);
}

/** A Database over a PGlite client (in-process or the worker thread's). */
export function pgliteDatabase(client: PGlite): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    // PGlite is one process, one connection: nothing else can race us, so no lock is needed.
    withAdvisoryLock: (_key, fn) => fn(db),
    refreshStatistics: async () => {
      await client.exec('ANALYZE');
    },
    close: () => client.close(),
  };
}

async function openPostgres(
  url: string,
  options: { max: number; connectionTimeoutMillis: number; log: DatabaseLog },
): Promise<Database> {
  const pool = resilientPool(
    new pg.Pool({
      connectionString: url,
      max: options.max,
      connectionTimeoutMillis: options.connectionTimeoutMillis,
      keepAlive: true,
    }),
    options.log,
  );
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgresql',
    async withAdvisoryLock(key, fn) {
      // Session-level advisory locks belong to one connection, so hold a dedicated client for the duration.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
        return await fn(drizzlePg({ client, schema }) as unknown as Db);
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
        client.release();
      }
    },
    refreshStatistics: async () => undefined,
    close: () => pool.end(),
  };
}

/**
 * A lost connection (server restart, crash, `pg_terminate_backend`, network cut) must not end the
 * process. node-postgres reports it as an `error` event — on the pool for idle connections, on the
 * client for checked-out ones — and an `error` event without a listener is fatal in Node. So:
 * - the pool's `error` (idle connection lost) is logged; the pool drops that connection itself;
 * - every connection gets a permanent `error` listener, so no later event goes unheard;
 * - a checked-out connection (transactions, advisory locks) that breaks is handed back to the pool
 *   at once as broken, and the holder's own release becomes a no-op. Drizzle's transaction never
 *   releases a connection whose BEGIN failed, so without this each such failure would leak a pool
 *   slot until the pool is exhausted for good.
 * New connections are made on demand, so service resumes as soon as the server answers again.
 */
function resilientPool(pool: pg.Pool, log: DatabaseLog): pg.Pool {
  pool.on('error', (err) => log.warn({ err }, 'lost an idle database connection; the pool replaces it'));
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const connect = pool.connect.bind(pool) as (callback?: unknown) => Promise<pg.PoolClient> | undefined;
  const guardedConnect = async (): Promise<pg.PoolClient> => {
    const client = (await connect()) as pg.PoolClient;
    const release = client.release;
    let released = false;
    const onError = (err: Error) => {
      log.warn({ err }, 'lost a database connection in use');
      if (released) return;
      released = true;
      release(err);
    };
    client.once('error', onError);
    client.release = (err?: Error | boolean) => {
      client.removeListener('error', onError);
      if (released) return;
      released = true;
      release(err);
    };
    return client;
  };
  // `pool.query` calls `connect(callback)` and handles errors itself; only the promise form is wrapped.
  pool.connect = ((callback?: unknown) =>
    callback === undefined ? guardedConnect() : connect(callback)) as typeof pool.connect;
  return pool;
}

/** Runs raw SQL (recursive CTEs and the like) and returns its rows; both drivers answer `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
