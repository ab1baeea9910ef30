import { messages } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, people } from '../../org/tables';
import { createTestOrganization } from '../../testing/factories';
import { loadConfig } from '../config';
import { AppError, translateDatabaseError } from '../errors/appError';
import { type Database, type Db, openDatabase, queryRows } from './client';
import { migrateDatabase } from './migrate';
import { PgliteThreadClient, PgliteWorkerStoppedError } from './pgliteThread';

/**
 * PGlite in a worker thread (`pgliteThread.ts`) answers as in-process PGlite does: the same values
 * for every type, the same transactions and locking, the same errors. Each check runs the same
 * statements on both and compares.
 */
let worker: Database;
let inProcess: Database;

beforeAll(async () => {
  [worker, inProcess] = await Promise.all([
    openDatabase({ dataDir: 'memory://', pgliteThread: 'worker' }),
    openDatabase({ dataDir: 'memory://', pgliteThread: 'main' }),
  ]);
  await Promise.all([migrateDatabase(worker), migrateDatabase(inProcess)]);
  for (const { db } of [worker, inProcess]) {
    // A type made after the database opened: PGlite does not know its array type (text comes back).
    await db.execute(sql`CREATE TYPE thread_mood AS ENUM ('happy', 'sad')`);
    await db.execute(sql`CREATE TABLE thread_items (
      id serial PRIMARY KEY,
      name text NOT NULL CONSTRAINT thread_items_name_uq UNIQUE,
      n integer NOT NULL DEFAULT 0,
      doc jsonb,
      at timestamptz)`);
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([worker?.close(), inProcess?.close()]);
});

const both = async <T>(fn: (db: Db) => Promise<T>) => {
  const [a, b] = await Promise.all([fn(worker.db), fn(inProcess.db)]);
  return { worker: a, inProcess: b };
};

const items = pgTable('thread_items', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  n: integer('n').notNull(),
  doc: jsonb('doc'),
  at: timestamp('at', { withTimezone: true, mode: 'date' }),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('values: every type comes back as in-process PGlite gives it', () => {
  const everyType = sql`SELECT
      '2024-02-29 13:14:15.123456+00'::timestamptz AS tstz, '2024-02-29 13:14:15'::timestamp AS ts,
      '2024-02-29'::date AS d, '1 day 02:03:04'::interval AS iv, '12:30'::time AS t,
      '{"a":[1,2,{"b":null}],"s":"ü \u00e9 😀"}'::jsonb AS j, '{"x":1}'::json AS js,
      12345678901234::bigint AS big, 9007199254740993::bigint AS huge, 42::int AS i, 7::smallint AS s,
      1.5::float8 AS f, 123.4500::numeric AS num, true AS yes, false AS no,
      'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u, '\\x00ff10'::bytea AS bin,
      ARRAY['a','b,c','d"e', NULL]::text[] AS texts, ARRAY[1,2,3]::int[] AS ints,
      ARRAY['2024-01-01 00:00:00+00'::timestamptz] AS stamps, ARRAY['2024-01-01'::date] AS dates,
      ARRAY[1.5::numeric] AS nums, ARRAY['{"k":1}'::jsonb] AS docs,
      NULL::text AS nothing, '' AS empty, 'Zoë Ångström — 東京 👩‍💻' AS unicode, E'\\uFEFFmark' AS bom,
      'happy'::thread_mood AS mood, ARRAY['happy','sad']::thread_mood[] AS moods`;

  it('raw SQL (rows as objects, Drizzle’s parsers)', async () => {
    const rows = await both((db) => queryRows(db, everyType));
    expect(rows.worker).toStrictEqual(rows.inProcess);
    expect(rows.worker[0]).toMatchObject({ tstz: '2024-02-29 13:14:15.123456+00', big: 12345678901234 });
  });

  it('PGlite’s own parsers (no Drizzle): dates, bigint, arrays, jsonb, bytea', async () => {
    const clients = both(async (db) => {
      const client = (db as unknown as { $client: PgliteThreadClient }).$client;
      return client.query('SELECT $1::int AS a, $2::text[] AS b, ($3::jsonb)->>0 AS c', [
        7,
        ['x', 'y'],
        '["z"]',
      ]);
    });
    const { worker: a, inProcess: b } = await clients;
    expect(a).toStrictEqual(b);
    const raw = await both(async (db) => {
      const client = (db as unknown as { $client: PgliteThreadClient }).$client;
      const results = await client.exec(
        `SELECT '2024-02-29'::date AS d, 9007199254740993::bigint AS big; SELECT 1 AS one`,
      );
      const [object] = results[0]!.rows;
      const arrays = await client.query(
        `SELECT '{1,2}'::int[] AS a, '\\x01'::bytea AS b, now() > '2000-01-01' AS c`,
        [],
        {
          rowMode: 'array',
        },
      );
      return {
        object,
        results: results.length,
        second: results[1],
        arrays: arrays.rows,
        fields: arrays.fields,
      };
    });
    expect(raw.worker).toStrictEqual(raw.inProcess);
    expect((raw.worker.object as { d: unknown }).d).toBeInstanceOf(Date);
  });

  it('parameters of every kind go in as in-process', async () => {
    const when = new Date('2024-03-01T10:00:00.000Z');
    const rows = await both((db) =>
      queryRows(
        db,
        sql`SELECT ${when}::timestamptz AS at, ${true}::boolean AS yes, ${3.25}::float8 AS f, ${null}::text AS nothing,
          ${JSON.stringify({ k: ['v'] })}::jsonb AS doc, ${'O’Brien; DROP TABLE x'} AS name,
          ${'2024-02-29'}::date + 1 AS next_day, ${123n}::bigint AS big`,
      ),
    );
    expect(rows.worker).toStrictEqual(rows.inProcess);
  });

  it('Drizzle selects (rows as arrays), inserts with returning, updates and their counts', async () => {
    const result = await both(async (db) => {
      const organization = await createTestOrganization(db, 'Thread Org');
      const person = await organization.addPerson({ givenName: 'Ada', roles: ['hr_admin'] });
      const personId = person.id;
      const [row] = await db
        .select({
          id: people.id,
          givenName: people.givenName,
          hireDate: people.hireDate,
          org: organizations.name,
        })
        .from(people)
        .innerJoin(organizations, eq(organizations.id, people.organizationId))
        .where(eq(people.id, personId));
      const inserted = await db
        .insert(items)
        .values({
          name: `drizzle-${personId}`,
          n: 1,
          doc: { list: [1, 'two'] },
          at: new Date('2024-05-06T07:08:09Z'),
        })
        .returning();
      const updated = await db
        .update(items)
        .set({ n: 2 })
        .where(eq(items.name, `drizzle-${personId}`));
      return {
        row: { ...row, id: typeof row?.id, org: row?.org },
        inserted: inserted.map(({ id: _, name: __, ...rest }) => rest),
        updated: (updated as unknown as { affectedRows: number }).affectedRows,
      };
    });
    expect(result.worker).toStrictEqual(result.inProcess);
    expect(result.worker.inserted[0]!.at).toEqual(new Date('2024-05-06T07:08:09Z'));
    expect(result.worker.updated).toBe(1);
  });
});

describe('transactions', () => {
  const count = async (db: Db, name: string) =>
    (
      await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM thread_items WHERE name LIKE ${`${name}%`}`,
      )
    )[0]!.n;

  it('commit, rollback on throw (the same error), savepoints, and Drizzle’s tx.rollback()', async () => {
    const outcome = await both(async (db) => {
      await db.transaction(async (tx) => {
        await tx.insert(items).values({ name: 'commit-1', n: 1 });
      });
      const thrown = new Error('not this time');
      const caught = await db
        .transaction(async (tx) => {
          await tx.insert(items).values({ name: 'rollback-1', n: 1 });
          throw thrown;
        })
        .catch((error: unknown) => error);
      await db.transaction(async (tx) => {
        await tx.insert(items).values({ name: 'savepoint-outer', n: 1 });
        await tx
          .transaction(async (inner) => {
            await inner.insert(items).values({ name: 'savepoint-inner', n: 1 });
            throw new Error('inner only');
          })
          .catch(() => undefined);
        await tx.transaction(async (inner) => {
          await inner.insert(items).values({ name: 'savepoint-kept', n: 1 });
        });
      });
      const rolledBack = await db
        .transaction(async (tx) => {
          await tx.insert(items).values({ name: 'explicit-1', n: 1 });
          tx.rollback();
        })
        .catch((error: Error) => error.constructor.name);
      return {
        sameError: caught === thrown,
        committed: await count(db, 'commit-'),
        rolledBack: await count(db, 'rollback-'),
        outer: await count(db, 'savepoint-outer'),
        inner: await count(db, 'savepoint-inner'),
        kept: await count(db, 'savepoint-kept'),
        explicit: await count(db, 'explicit-'),
        rolledBackAs: rolledBack,
      };
    });
    expect(outcome.worker).toStrictEqual(outcome.inProcess);
    expect(outcome.worker).toEqual({
      sameError: true,
      committed: 1,
      rolledBack: 0,
      outer: 1,
      inner: 0,
      kept: 1,
      explicit: 0,
      rolledBackAs: 'TransactionRollbackError',
    });
  });

  it('serialises 8 concurrent read-modify-write transactions; a plain query waits for the open one', async () => {
    const outcome = await both(async (db) => {
      await db.insert(items).values({ name: 'counter', n: 0 });
      const order: string[] = [];
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          db.transaction(async (tx) => {
            const [row] = await tx.select({ n: items.n }).from(items).where(eq(items.name, 'counter'));
            await sleep(2); // the event loop turns: others would interleave if nothing held them off
            await tx
              .update(items)
              .set({ n: row!.n + 1 })
              .where(eq(items.name, 'counter'));
            order.push(`tx${i}`);
          }),
        ),
      );
      const [afterAll8] = await db.select({ n: items.n }).from(items).where(eq(items.name, 'counter'));
      // A query outside the transaction waits until it commits, then sees its write.
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const open = db.transaction(async (tx) => {
        await tx.update(items).set({ n: 100 }).where(eq(items.name, 'counter'));
        await held;
      });
      await sleep(20);
      const outside = db.select({ n: items.n }).from(items).where(eq(items.name, 'counter'));
      const seen = outside.then(([row]) => {
        order.push('outside');
        return row!.n;
      });
      await sleep(20);
      order.push('commit');
      release();
      await open;
      const value = await seen;
      return { order: order.slice(-2), seen: value, afterAll8: afterAll8!.n };
    });
    expect(outcome.worker).toStrictEqual(outcome.inProcess);
    expect(outcome.worker).toEqual({ order: ['commit', 'outside'], seen: 100, afterAll8: 8 });
    const [counter] = await worker.db.select({ n: items.n }).from(items).where(eq(items.name, 'counter'));
    expect(counter!.n).toBe(100);
  });
});

describe('errors keep what the error translation and the logs read', () => {
  const cause = (error: unknown) => (error as { cause?: unknown }).cause as Record<string, unknown> & Error;

  it('a unique violation: DatabaseError with code, constraint, detail, table; the query and its params', async () => {
    const errors = await both(async (db) => {
      await db.insert(items).values({ name: 'unique-1', n: 1 });
      return db
        .insert(items)
        .values({ name: 'unique-1', n: 2 })
        .catch((error: unknown) => error);
    });
    const [a, b] = [cause(errors.worker), cause(errors.inProcess)];
    expect(a).toBeInstanceOf(messages.DatabaseError);
    const fields = [
      'name',
      'message',
      'code',
      'severity',
      'constraint',
      'detail',
      'table',
      'schema',
      'routine',
      'query',
      'params',
    ];
    const pick = (e: Record<string, unknown>) => ({
      ...Object.fromEntries(fields.map((f) => [f, e[f]])),
      // Drizzle's options: the row mode and which types its own parsers take (functions differ per call).
      queryOptions: {
        ...(e.queryOptions as object),
        parsers: Object.keys((e.queryOptions as { parsers: object }).parsers),
      },
    });
    expect(pick(a)).toEqual(pick(b));
    expect(pick(a)).toMatchObject({
      code: '23505',
      constraint: 'thread_items_name_uq',
      table: 'thread_items',
    });
    expect((errors.worker as Error).message).toBe((errors.inProcess as Error).message);
    const translated = translateDatabaseError(errors.worker);
    expect(translated).toBeInstanceOf(AppError);
    expect((translated as AppError).code).toBe('already_exists');
  });

  it('syntax errors, bad input, errors inside a transaction, and a failed COMMIT', async () => {
    const outcome = await both(async (db) => {
      const syntax = await db.execute(sql.raw('SELEC 1')).catch((e: unknown) => cause(e));
      const badUuid = await db.execute(sql`SELECT ${'not-a-uuid'}::uuid`).catch((e: unknown) => cause(e));
      const aborted = await db
        .transaction(async (tx) => {
          await tx.execute(sql`SELECT 1/0`).catch(() => undefined);
          return tx.execute(sql`SELECT 1`);
        })
        .catch((e: unknown) => cause(e));
      // Still usable after all that.
      const after = await queryRows<{ ok: number }>(db, sql`SELECT 1 AS ok`);
      const shape = (value: unknown) => {
        const e = value as Record<string, unknown>;
        return {
          code: e.code,
          position: e.position,
          message: e.message,
          kind: e instanceof messages.DatabaseError,
        };
      };
      return { syntax: shape(syntax), badUuid: shape(badUuid), aborted: shape(aborted), after };
    });
    expect(outcome.worker).toStrictEqual(outcome.inProcess);
    expect(outcome.worker.syntax.code).toBe('42601');
    expect(outcome.worker.badUuid.code).toBe('22P02');
    expect(outcome.worker.aborted.code).toBe('25P02');
  });

  it('a COMMIT that rolls back is a TransactionAbortedError, as in-process', async () => {
    const outcome = await both(async (db) => {
      const client = (db as unknown as { $client: PgliteThreadClient }).$client;
      const error = (await client
        .transaction(async (tx) => {
          await tx.query('SELECT 1/0').catch(() => undefined);
        })
        .catch((e: unknown) => e)) as Error & Record<string, unknown>;
      return { name: error.constructor.name, code: error.code, query: error.query, message: error.message };
    });
    expect(outcome.worker).toStrictEqual(outcome.inProcess);
    expect(outcome.worker.code).toBe('25P02');
  });
});

describe('prepared statements kept by the worker', () => {
  it('DDL, also in a transaction rolled back, never leaves a statement with stale columns', async () => {
    const outcome = await both(async (db) => {
      const star = () => queryRows(db, sql`SELECT * FROM thread_ddl WHERE a > ${0}`);
      await db.execute(sql`CREATE TABLE thread_ddl (a int)`);
      await db.execute(sql`INSERT INTO thread_ddl VALUES (1)`);
      const before = [await star(), await star()];
      await db.execute(sql`ALTER TABLE thread_ddl ADD COLUMN b int DEFAULT 2`);
      const added = await star();
      const inside = await db
        .transaction(async (tx) => {
          await tx.execute(sql`ALTER TABLE thread_ddl ADD COLUMN c int DEFAULT 3`);
          const seen = await queryRows(tx, sql`SELECT * FROM thread_ddl WHERE a > ${0}`);
          throw Object.assign(new Error('undo'), { seen });
        })
        .catch((error: { seen: unknown }) => error.seen);
      const afterRollback = [await star(), await star()];
      // The same with BEGIN and ROLLBACK sent as statements, not through transaction().
      await db.execute(sql`BEGIN`);
      await db.execute(sql`ALTER TABLE thread_ddl ADD COLUMN d int DEFAULT 4`);
      const manual = [await star(), await star()];
      await db.execute(sql`ROLLBACK`);
      const afterManual = [await star(), await star()];
      await db.execute(sql`DROP TABLE thread_ddl`);
      await db.execute(sql`CREATE TABLE thread_ddl (a int, z text DEFAULT 'new')`);
      await db.execute(sql`INSERT INTO thread_ddl VALUES (5)`);
      const recreated = await star();
      return { before, added, inside, afterRollback, manual, afterManual, recreated };
    });
    expect(outcome.worker).toStrictEqual(outcome.inProcess);
    expect(outcome.worker.afterRollback[1]).toEqual([{ a: 1, b: 2 }]);
    expect(outcome.worker.manual[1]).toEqual([{ a: 1, b: 2, d: 4 }]);
    expect(outcome.worker.afterManual[1]).toEqual([{ a: 1, b: 2 }]);
    expect(outcome.worker.recreated).toEqual([{ a: 5, z: 'new' }]);
  });

  it('a statement first prepared in a transaction that rolls back is still there afterwards', async () => {
    const fresh = () =>
      queryRows<{ n: number }>(worker.db, sql`SELECT ${41}::int + 1 AS n, 'rolled back' AS why`);
    await worker.db
      .transaction(async (tx) => {
        await queryRows(tx, sql`SELECT ${41}::int + 1 AS n, 'rolled back' AS why`);
        throw new Error('undo');
      })
      .catch(() => undefined);
    expect(await fresh()).toEqual([{ n: 42, why: 'rolled back' }]);
    expect(await fresh()).toEqual([{ n: 42, why: 'rolled back' }]);
  });

  it('a small cache evicts (closes) statements and answers the same', async () => {
    const client = await PgliteThreadClient.open('memory://', { statementCache: 2 });
    try {
      for (let round = 0; round < 3; round++) {
        for (let i = 1; i <= 5; i++) {
          const { rows } = await client.query<{ n: number }>(`SELECT $1::int * ${i} AS n`, [round + 1]);
          expect(rows).toEqual([{ n: (round + 1) * i }]);
        }
      }
      const open = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements');
      expect(open.rows[0]!.n).toBeLessThanOrEqual(3);
    } finally {
      await client.close();
    }
  });
});

describe('the Database handle and the worker’s life', () => {
  it('withAdvisoryLock, refreshStatistics and migrations (a no-op the second time) work through the worker', async () => {
    expect(
      await worker.withAdvisoryLock(
        'test',
        async (db) => (await queryRows<{ n: number }>(db, sql`SELECT 2 AS n`))[0]!.n,
      ),
    ).toBe(2);
    await worker.refreshStatistics();
    expect(await migrateDatabase(worker)).toEqual({ applied: 0 });
  });

  it('close() lets the queries already sent finish, then refuses new ones, as in-process', async () => {
    const outcome = await Promise.all(
      (['worker', 'main'] as const).map(async (pgliteThread) => {
        const database = await openDatabase({ dataDir: 'memory://', pgliteThread });
        const client = (database.db as unknown as { $client: PgliteThreadClient }).$client;
        const pending = client.query<{ n: number }>('SELECT 5 AS n');
        const closing = database.close();
        const [first] = (await pending).rows;
        await closing;
        const later = await client.query('SELECT 1').then(
          () => 'answered',
          () => 'refused',
        );
        return { first, later };
      }),
    );
    expect(outcome[0]).toStrictEqual(outcome[1]);
    expect(outcome[0]).toEqual({ first: { n: 5 }, later: 'refused' });
    // Two embedded databases start from nothing here (as beforeAll's does, with the same allowance):
    // on a busy 2-core machine that alone has taken over 30 s.
  }, 120_000);

  it('a worker that dies fails its pending and later queries with a clear error', async () => {
    const client = await PgliteThreadClient.open('memory://');
    const db = drizzle({ client: client as never });
    const pending = db.execute(sql`SELECT pg_sleep(0.5)`);
    await sleep(50);
    await (client as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const error = (await pending.catch((e: unknown) => e)) as Error;
    expect(error.message + String((error as { cause?: Error }).cause?.message)).toMatch(
      /embedded database stopped/,
    );
    expect((error as { cause?: unknown }).cause ?? error).toBeInstanceOf(PgliteWorkerStoppedError);
    await expect(db.execute(sql`SELECT 1`)).rejects.toThrow();
    expect(client.closed).toBe(true);
  });

  it('TRELLIS_PGLITE_THREAD chooses where PGlite runs', () => {
    expect(loadConfig({}).pgliteThread).toBe('worker');
    expect(loadConfig({ TRELLIS_PGLITE_THREAD: 'main' }).pgliteThread).toBe('main');
    expect(() => loadConfig({ TRELLIS_PGLITE_THREAD: 'both' })).toThrow(
      /TRELLIS_PGLITE_THREAD: use worker or main/,
    );
    expect(loadConfig({ TRELLIS_PGLITE_STATEMENT_CACHE: '0' }).pgliteStatementCache).toBe(0);
    expect(() => loadConfig({ TRELLIS_PGLITE_STATEMENT_CACHE: '-1' })).toThrow(
      /TRELLIS_PGLITE_STATEMENT_CACHE/,
    );
  });
});
