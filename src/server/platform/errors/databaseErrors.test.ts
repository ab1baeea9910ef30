import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { type SQL, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { testDatabase } from '../../testing/database';
import { loadConfig } from '../config';
import { type Database, queryRows } from '../db/client';
import { enqueueJob } from '../jobs/queue';
import { drainJobs } from '../jobs/worker';
import { createLogger } from '../logging/logger';
import { createMailer } from '../mail/mailer';
import { AppError, translateDatabaseError } from './appError';
import { safeErrorSummary, serializeError } from './logSafe';

/**
 * Real errors from the worker's database (PGlite, or PostgreSQL through node-postgres when
 * TEST_DATABASE_URL is set), as Drizzle hands them over: a `DrizzleQueryError` whose `cause` is the
 * driver's error.
 */
let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

async function errorOf(...statements: SQL[]): Promise<unknown> {
  try {
    await database.db.transaction(async (tx) => {
      for (const statement of statements) await tx.execute(statement);
    });
  } catch (error) {
    return error;
  }
  throw new Error('the statements did not fail');
}

const table = () => `t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

describe('translateDatabaseError: input the database refuses answers 4xx, never 500', () => {
  const cases: [string, string, () => SQL[], number, Record<string, string> | undefined][] = [
    ['22021 NUL in text', '22021', () => [sql`SELECT ${'a\u0000b'}::text`], 400, undefined],
    [
      '22P05 NUL in jsonb',
      '22P05',
      () => [sql`SELECT ${JSON.stringify({ a: 'a\u0000b' })}::jsonb`],
      400,
      undefined,
    ],
    [
      '22P02 lone surrogate in jsonb',
      '22P02',
      () => [sql`SELECT ${JSON.stringify({ a: '\ud800' })}::jsonb`],
      400,
      undefined,
    ],
    ['22P02 malformed uuid', '22P02', () => [sql`SELECT ${'nope'}::uuid`], 400, undefined],
    ['22003 number out of range', '22003', () => [sql`SELECT ${'99999999999'}::int`], 400, undefined],
    ['22007 malformed date', '22007', () => [sql`SELECT ${'nope'}::date`], 400, undefined],
    ['22008 date out of range', '22008', () => [sql`SELECT ${'2020-13-45'}::date`], 400, undefined],
    [
      '22001 text too long',
      '22001',
      () => {
        const name = table();
        return [
          sql.raw(`CREATE TEMP TABLE ${name} (v varchar(3)) ON COMMIT DROP`),
          sql`INSERT INTO ${sql.raw(name)} VALUES (${'abcdef'})`,
        ];
      },
      400,
      undefined,
    ],
    [
      '23502 missing value names the column as a field',
      '23502',
      () => {
        const name = table();
        return [
          sql.raw(`CREATE TEMP TABLE ${name} (given_name text NOT NULL) ON COMMIT DROP`),
          sql.raw(`INSERT INTO ${name} VALUES (NULL)`),
        ];
      },
      400,
      { givenName: 'This value is not valid.' },
    ],
    [
      '23514 check violation',
      '23514',
      () => {
        const name = table();
        return [
          sql.raw(`CREATE TEMP TABLE ${name} (v int CHECK (v > 0)) ON COMMIT DROP`),
          sql.raw(`INSERT INTO ${name} VALUES (-1)`),
        ];
      },
      400,
      undefined,
    ],
    [
      '54000 a value too large for a btree index',
      '54000',
      () => {
        const name = table();
        return [
          sql.raw(`CREATE TEMP TABLE ${name} (name text) ON COMMIT DROP`),
          sql.raw(`CREATE INDEX ${name}_ix ON ${name} (name)`),
          sql`INSERT INTO ${sql.raw(name)} VALUES (${randomBytes(30_000).toString('base64')})`,
        ];
      },
      400,
      undefined,
    ],
  ];

  for (const [name, code, statements, status, fields] of cases) {
    it(name, async () => {
      const raw = await errorOf(...statements());
      expect((raw as { cause?: { code?: string } }).cause?.code ?? (raw as { code?: string }).code).toBe(
        code,
      );
      for (const error of [raw, (raw as { cause: unknown }).cause]) {
        // Both shapes: wrapped by Drizzle, and the driver's own error.
        const translated = translateDatabaseError(error);
        expect(translated).toBeInstanceOf(AppError);
        expect((translated as AppError).status).toBe(status);
        expect((translated as AppError).code).toBe('validation_failed');
        expect((translated as AppError).details.fields).toEqual(fields);
      }
    });
  }

  it('names the field of a known unique index that a value is too large for', () => {
    const error = Object.assign(
      new Error(
        'index row size 3016 exceeds btree version 4 maximum 2704 for index "departments_org_name_uq"',
      ),
      {
        code: '54000',
      },
    );
    const translated = translateDatabaseError(error) as AppError;
    expect(translated.details.fields).toEqual({ name: 'This text is too long.' });
  });

  it('23503: a reference to a missing record is 400, deleting a record still referred to is 409', async () => {
    const parent = table();
    const child = table();
    const setup = () => [
      sql.raw(`CREATE TEMP TABLE ${parent} (id int PRIMARY KEY) ON COMMIT DROP`),
      sql.raw(`CREATE TEMP TABLE ${child} (parent_id int REFERENCES ${parent} (id)) ON COMMIT DROP`),
    ];
    const missing = translateDatabaseError(
      await errorOf(...setup(), sql.raw(`INSERT INTO ${child} VALUES (7)`)),
    ) as AppError;
    expect([missing.status, missing.code]).toEqual([400, 'validation_failed']);
    const inUse = translateDatabaseError(
      await errorOf(
        ...setup(),
        sql.raw(`INSERT INTO ${parent} VALUES (7)`),
        sql.raw(`INSERT INTO ${child} VALUES (7)`),
        sql.raw(`DELETE FROM ${parent}`),
      ),
    ) as AppError;
    expect([inUse.status, inUse.code]).toEqual([409, 'invalid_state']);
  });

  it('leaves server faults alone: a missing table is still a 500', async () => {
    const raw = await errorOf(sql.raw('SELECT * FROM no_such_table_here'));
    expect(translateDatabaseError(raw)).toBe(raw);
  });
});

describe('database errors are logged without their parameter values', () => {
  const secret = `Secret Person ${randomUUID()}`;

  it('keeps code, SQL and constraint, drops the values (message, params, detail, quoted value)', async () => {
    const raw = await errorOf(sql`SELECT ${secret}::uuid, ${secret}::text`);
    // The unsafe original: Drizzle's message lists the params, the server quotes the value.
    expect(
      JSON.stringify({ message: (raw as Error).message, cause: (raw as { cause: Error }).cause.message }),
    ).toContain(secret);
    const logged = JSON.stringify(serializeError(raw));
    expect(logged).not.toContain(secret);
    expect(logged).toContain('22P02');
    expect(logged).toContain('::uuid');
    expect(safeErrorSummary(raw)).not.toContain(secret);
    expect(safeErrorSummary(raw)).toContain('22P02');
  });

  it('drops the detail and row of a node-postgres style error', () => {
    const pgError = Object.assign(
      new Error('duplicate key value violates unique constraint "people_org_email_uq"'),
      {
        code: '23505',
        severity: 'ERROR',
        constraint: 'people_org_email_uq',
        detail: `Key (organization_id, email)=(x, ${secret}) already exists.`,
        where: `row (${secret})`,
      },
    );
    const logged = serializeError(pgError) as Record<string, unknown>;
    expect(JSON.stringify(logged)).not.toContain(secret);
    expect(logged).toMatchObject({ code: '23505', constraint: 'people_org_email_uq' });
  });

  it('the app logger uses the safe serializer for `err`', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = { ...loadConfig({ TRELLIS_DATA_DIR: '/tmp/unused' }), port: 0, host: '127.0.0.1' };
    const { app } = await buildApp(
      { database, config, mailer: createMailer(config, { info: () => undefined }) },
      { log: await createLogger({ logLevel: 'info' }, { destination: stream }) },
    );
    try {
      app.log.error({ err: await errorOf(sql`SELECT ${secret}::uuid`) }, 'unhandled error');
      expect(lines.join('')).toContain('22P02');
      expect(lines.join('')).not.toContain(secret);
    } finally {
      await app.close();
    }
  });

  it('a failed job keeps no parameter values in its queue row', async () => {
    const config = loadConfig({});
    const name = `test-secret-${randomUUID().slice(0, 8)}`;
    const id = await enqueueJob(database.db, { name, maxAttempts: 1 });
    const [outcome] = await drainJobs({
      database,
      config,
      mailer: createMailer(config, { info: () => undefined }),
      log: { info: () => undefined, error: () => undefined },
      handlers: [{ name, run: ({ db }) => db.execute(sql`SELECT ${secret}::uuid`) }],
    });
    expect(outcome).toMatchObject({ id, status: 'failed' });
    expect(outcome?.status === 'failed' && outcome.message).toContain('22P02');
    const [row] = await queryRows<{ last_error: string }>(
      database.db,
      sql`SELECT last_error FROM job_queue WHERE id = ${id}::uuid`,
    );
    expect(row?.last_error).toContain('22P02');
    expect(row?.last_error).not.toContain(secret);
  });
});
