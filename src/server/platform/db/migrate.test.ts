import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../testing/database';
import { type Database, openDatabase, queryRows } from './client';
import { MigrationLedgerError, migrateDatabase, migrationStatus } from './migrate';

/**
 * The migration ledger, keyed by name with a checksum, on a database of its own (a fresh in-memory
 * PGlite, or a fresh PostgreSQL database next to TEST_DATABASE_URL) and a folder of small migrations
 * written by the test.
 */
const postgresUrl = process.env.TEST_DATABASE_URL;
let database: Database;
let admin: pg.Client | null = null;
const dbName = `trellis_migrate_${randomUUID().slice(0, 8)}`;
let folder: string;

type Migration = { name: string; when: number; text: string };
const create = (table: string) => `CREATE TABLE ${table} (id integer PRIMARY KEY);`;
const first: Migration = { name: '20260101000000_first', when: 1_767_225_600_000, text: create('mig_first') };
const second: Migration = {
  name: '20260102000000_second',
  when: 1_767_312_000_000,
  text: `${create('mig_second')}\n--> statement-breakpoint\nINSERT INTO mig_second VALUES (1);`,
};
const third: Migration = { name: '20260103000000_third', when: 1_767_398_400_000, text: create('mig_third') };

/** Writes a drizzle-style folder (journal + SQL files) holding exactly `migrations`. */
function writeFolder(migrations: Migration[]) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'meta'), { recursive: true });
  writeFileSync(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({
      version: '7',
      dialect: 'postgresql',
      entries: migrations.map((m, idx) => ({
        idx,
        version: '7',
        when: m.when,
        tag: m.name,
        breakpoints: true,
      })),
    }),
  );
  for (const m of migrations) writeFileSync(join(folder, `${m.name}.sql`), m.text);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ledger = () =>
  queryRows<{ name: string; checksum: string }>(
    database.db,
    sql`SELECT name, checksum FROM trellis_meta.migrations ORDER BY name`,
  );
const migrate = () => migrateDatabase(database, { folder });
const failure = async () => {
  const error = await migrate().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MigrationLedgerError);
  return (error as Error).message;
};

beforeAll(async () => {
  folder = join(mkdtempSync(join(tmpdir(), 'trellis-migrations-')), 'migrations');
  if (postgresUrl) {
    admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${dbName}`;
    database = await openDatabase({ url: url.toString(), poolSize: 2 });
  } else {
    database = await openDatabase({ dataDir: 'memory://' });
  }
}, 120_000);

afterAll(async () => {
  await database?.close();
  if (admin) {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

beforeEach(async () => {
  await database.db.execute(sql`DROP SCHEMA IF EXISTS trellis_meta CASCADE`);
  await database.db.execute(sql`DROP TABLE IF EXISTS mig_first, mig_second, mig_third`);
});

describe('the migration ledger', () => {
  it('records each migration by name with the checksum of its file, and applies each once', async () => {
    writeFolder([first, second]);
    expect(await migrate()).toEqual({ applied: 2 });
    expect(await ledger()).toEqual([
      { name: first.name, checksum: sha256(first.text) },
      { name: second.name, checksum: sha256(second.text) },
    ]);
    expect(await migrate()).toEqual({ applied: 0 });
    writeFolder([first, second, third]);
    expect(await migrate()).toEqual({ applied: 1 });
    expect((await ledger()).map((row) => row.name)).toEqual([first.name, second.name, third.name]);
  });

  it('refuses to start when an applied migration was edited, naming it, and runs nothing', async () => {
    writeFolder([first, second]);
    await migrate();
    writeFolder([first, { ...second, text: `${second.text}\n-- tidied up later` }, third]);
    const message = await failure();
    expect(message).toContain(`migrations/${second.name}.sql was changed after it was applied`);
    expect(message).not.toContain(first.name);
    // Not re-run (its INSERT would have doubled), and the pending one waited too.
    const [rows] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM mig_second`,
    );
    expect(rows?.n).toBe(1);
    const [third_] = await queryRows<{ present: boolean }>(
      database.db,
      sql`SELECT to_regclass('mig_third') IS NOT NULL AS present`,
    );
    expect(third_?.present).toBe(false);
  });

  it('refuses a database migrated by a newer version (a migration it does not have)', async () => {
    writeFolder([first, second]);
    await migrate();
    writeFolder([first]);
    expect(await failure()).toMatch(new RegExp(`does not have \\(${second.name}\\).*newer version`));
  });

  it('upgrades a ledger keyed by hash in place: known files keep their place, an edited one is named', async () => {
    // The ledger as it was: drizzle's hash (the file's SHA-256) as key, the journal's `when`.
    const legacy = async (rows: { hash: string; when: number }[]) => {
      await database.db.execute(sql`CREATE SCHEMA trellis_meta`);
      await database.db.execute(
        sql`CREATE TABLE trellis_meta.migrations (hash text PRIMARY KEY, created_at bigint NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      for (const row of rows) {
        await database.db.execute(
          sql`INSERT INTO trellis_meta.migrations (hash, created_at) VALUES (${row.hash}, ${row.when})`,
        );
      }
    };
    await database.db.execute(sql.raw(create('mig_first')));
    await database.db.execute(sql.raw(create('mig_second')));
    await legacy([
      { hash: sha256(first.text), when: first.when },
      { hash: sha256(second.text), when: second.when },
    ]);
    writeFolder([first, second, third]);
    // Only the new one runs: re-running the others would fail on their existing tables.
    expect(await migrate()).toEqual({ applied: 1 });
    expect(await ledger()).toEqual([
      { name: first.name, checksum: sha256(first.text) },
      { name: second.name, checksum: sha256(second.text) },
      { name: third.name, checksum: sha256(third.text) },
    ]);

    // An old ledger whose second file has been edited since: found by its date, reported by name.
    await database.db.execute(sql`DROP SCHEMA trellis_meta CASCADE`);
    await database.db.execute(sql`DROP TABLE mig_third`);
    await legacy([
      { hash: sha256(first.text), when: first.when },
      { hash: sha256('the text as it was applied'), when: second.when },
    ]);
    writeFolder([first, second]);
    expect(await failure()).toContain(`migrations/${second.name}.sql was changed`);
    expect((await ledger()).map((row) => row.name)).toEqual([first.name, second.name]);
  });
});

describe('migrationStatus', () => {
  it("finds the app's own migrations all applied to the test database", async () => {
    const shared = await testDatabase();
    expect(await migrationStatus(shared.db)).toEqual({ pending: [], edited: [], unknown: [] });
  });
});
