import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { runCli } from '../../cli/run';
import { demoAccounts, demoPassword } from '../../org/seed/demo';
import { seedDemo } from '../../seed/demo';
import { createTestOrganization } from '../../testing/factories';
import { ApiClient } from '../../testing/http';
import { recordAuditEvent } from '../audit/record';
import { sealAuditChain } from '../audit/seal';
import { verifyAuditChain } from '../audit/verify';
import { loadConfig } from '../config';
import { type Database, openDatabase, queryRows } from '../db/client';
import { migrateDatabase, migrationNames } from '../db/migrate';
import { createMailer } from '../mail/mailer';
import { listTables } from './catalog';
import { createBackup } from './create';
import { BackupError } from './errors';
import type { BackupManifest } from './manifest';
import { restoreBackup } from './restore';
import { backupFileName, lastBackup, runScheduledBackup } from './schedule';

// The source is always a private PGlite database made here: on PostgreSQL the shared test database
// holds every other file's data, and a backup of it would scale with what they left behind.
let source: Database;
let target: Database;
let folder: string;
let file: string;
let manifest: BackupManifest;
/** The source's manifest once its audit events are all sealed, as a restore leaves them. */
let sealedManifest: BackupManifest;

async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(database.db)) {
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM public.${sql.identifier(table.name)}`,
    );
    counts[table.name] = Number(row!.n);
  }
  return counts;
}

async function ledgerExists(database: Database): Promise<boolean> {
  const [ledger] = await queryRows<{ exists: boolean }>(
    database.db,
    sql`SELECT to_regclass('trellis_meta.migrations') IS NOT NULL AS "exists"`,
  );
  return ledger!.exists;
}

/** A copy of the backup with one entry changed (the file is small: fflate's one-shot API will do). */
function alteredCopy(name: string, change: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(readFileSync(file));
  change(entries);
  const path = join(folder, `${name}.zip`);
  writeFileSync(path, zipSync(entries));
  return path;
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

/** The app on a restored database: the demo's HR admin signs in and sees the directory. */
async function demoLoginWorks(database: Database) {
  const config = { ...loadConfig({ TRELLIS_DATA_DIR: '/tmp/unused' }), port: 0, host: '127.0.0.1' };
  const { app } = await buildApp({
    database,
    config,
    mailer: createMailer(config, { info: () => undefined }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = app.server.address() as { port: number };
    const client = new ApiClient(`http://127.0.0.1:${address.port}`);
    const login = await client.post('/api/auth/login', { email: demoAccounts.hr, password: demoPassword });
    expect(login.status).toBe(200);
    const wrong = await new ApiClient(client.baseUrl).post('/api/auth/login', {
      email: demoAccounts.hr,
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
  } finally {
    await app.close();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'trellis-backup-'));
  [source, target] = await Promise.all([
    openDatabase({ dataDir: 'memory://' }),
    openDatabase({ dataDir: 'memory://' }),
  ]);
  await migrateDatabase(source);
  await seedDemo(source.db);
  // A second organisation with a manager chain and events of its own, one of them left unsealed.
  const other = await createTestOrganization(source.db);
  const boss = await other.addPerson({ givenName: 'Bo', roles: ['hr_admin'] });
  await other.addPerson({ givenName: 'Kit', managerId: boss.id });
  await recordAuditEvent(source.db, {
    organizationId: other.organizationId,
    actorAccountId: boss.accountId,
    action: 'person.updated',
    targetType: 'person',
    targetId: boss.id,
    after: { note: 'sealed before the backup' },
  });
  await verifyAuditChain(source.db, other.organizationId);
  await recordAuditEvent(source.db, {
    organizationId: other.organizationId,
    actorAccountId: null,
    action: 'person.updated',
    targetType: 'person',
    targetId: boss.id,
    before: { quote: 'ünïcode “quotes” and \\ backslashes\nand a newline' },
    after: null,
  });
  file = join(folder, 'source.zip');
  manifest = await createBackup({ database: source, out: file });
}, 120_000);

afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

describe('backup', () => {
  it('writes a manifest with the level, the row counts and a checksum per table', async () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(manifest.lastMigration).toBe(migrationNames().at(-1));
    expect(manifest.source.kind).toBe('pglite');
    expect(manifest.organizations).toBe(2);
    const counts = await rowCounts(source);
    expect(Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows]))).toEqual(counts);
    expect(counts.people).toBeGreaterThan(50);
    await expect(createBackup({ database: source, out: file })).rejects.toMatchObject({
      code: 'backup_exists',
    });
  });
});

describe('restore refuses', () => {
  it('a database that holds rows', async () => {
    const error = await refusal(restoreBackup({ database: source, file }));
    expect(error.code).toBe('restore_target_not_empty');
    expect(error.message).toContain('rows in accounts');
  });

  it('a backup made by a newer Trellis, before touching the database', async () => {
    const newer = alteredCopy('newer', (entries) => {
      const changed = { ...manifest, lastMigration: '29991231000000_from_the_future' };
      entries['manifest.json'] = strToU8(JSON.stringify(changed));
    });
    const error = await refusal(restoreBackup({ database: target, file: newer }));
    expect(error.code).toBe('backup_newer_schema');
    expect(error.message).toContain('newer Trellis');
    expect(await ledgerExists(target)).toBe(false);
  });

  it('a tampered file, before touching the database', async () => {
    const tampered = alteredCopy('tampered', (entries) => {
      const people = strFromU8(entries['tables/people.jsonl']!);
      entries['tables/people.jsonl'] = strToU8(people.replace('"given_name":"', '"given_name":"X'));
    });
    const error = await refusal(restoreBackup({ database: target, file: tampered }));
    expect(error.code).toBe('backup_checksum_mismatch');
    expect(error.message).toContain('table people');
    expect(await ledgerExists(target)).toBe(false);
  });

  it('nothing of a load that fails half-way: the database stays empty', async () => {
    // Checksums made to match, but one person points at a department that does not exist.
    const broken = alteredCopy('dangling', (entries) => {
      const lines = strFromU8(entries['tables/people.jsonl']!).split('\n');
      const last = lines.length - 2;
      lines[last] = lines[last]!.replace(/"department_id":"[^"]+"/, `"department_id":"${randomUUID()}"`);
      const people = lines.join('\n');
      entries['tables/people.jsonl'] = strToU8(people);
      const changed = {
        ...manifest,
        tables: manifest.tables.map((table) =>
          table.name === 'people'
            ? { ...table, sha256: createHash('sha256').update(people).digest('hex') }
            : table,
        ),
      };
      entries['manifest.json'] = strToU8(JSON.stringify(changed));
    });
    const error = await refusal(restoreBackup({ database: target, file: broken }));
    expect(error.code).toBe('restore_load_failed');
    expect(error.message).toMatch(/table people .*foreign key/);
    // The rows themselves (the statement's parameters) stay out of the message.
    expect(error.message).not.toContain('@demo.test');
    const counts = await rowCounts(target);
    expect(counts.people).toBe(0);
    expect(counts.organizations).toBe(0);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('a file that is not a backup', async () => {
    const junk = join(folder, 'junk.zip');
    writeFileSync(junk, 'not a zip at all');
    expect((await refusal(restoreBackup({ database: target, file: junk }))).code).toBe('backup_unreadable');
  });
});

describe('round trip', () => {
  it('restores the demo into an empty PGlite database, exactly', async () => {
    const summary = await restoreBackup({ database: target, file });
    expect(summary).toMatchObject({
      organizations: 2,
      tables: manifest.tables.length,
      migrationsAfterLoad: 0,
    });
    expect(await rowCounts(target)).toEqual(await rowCounts(source));
    expect(summary.chains.map((chain) => chain.ok)).toEqual([true, true]);
    expect(summary.chains.reduce((sum, chain) => sum + chain.checked, 0)).toBeGreaterThan(2);
    // Byte for byte: a backup of the restored database has the same checksum for every table.
    // (The restore sealed the event left unsealed; so does the source now.)
    await sealAuditChain(source.db);
    const again = await createBackup({ database: target, out: join(folder, 'again.zip') });
    sealedManifest = await createBackup({ database: source, out: join(folder, 'source-sealed.zip') });
    expect(again.tables).toEqual(sealedManifest.tables);
    // The audit sequence continues after the restored events instead of colliding with them.
    const [seq] = await queryRows<{ next: string; max: string }>(
      target.db,
      sql`SELECT nextval(pg_get_serial_sequence('public.audit_events', 'seq'))::text AS next, max(seq)::text AS max FROM audit_events`,
    );
    expect(BigInt(seq!.next)).toBeGreaterThan(BigInt(seq!.max));
    await demoLoginWorks(target);
  });

  it('checks a backup with `trellis backup --verify` and writes one with `trellis backup`', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const context = {
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
      openDatabase: async () => ({ ...source, close: async () => undefined }),
      databaseLabel: 'the private test database',
    };
    const written = join(folder, 'cli.zip');
    expect(await runCli(['backup', '--out', written], context)).toBe(0);
    expect(out.join('\n')).toContain('organisations');
    expect(await runCli(['backup', '--verify', written], context)).toBe(0);
    expect(out.join('\n')).toContain('restores cleanly');
    expect(out.join('\n')).toMatch(/demo\s+\d+\s+intact/);
    expect(await runCli(['restore', written], context)).toBe(1);
    expect(err.join('\n')).toContain('restore_target_not_empty');
    expect(await runCli(['backup', '--verify', written, '--out', 'x.zip'], context)).toBe(2);
  }, 60_000);
});

describe('scheduled backups', () => {
  it('keep the newest N archives and tell the age of the last one', async () => {
    const dir = join(folder, 'scheduled');
    expect(await lastBackup({ dir })).toBeNull();
    const start = new Date('2026-12-06T01:00:00Z');
    const hours = (n: number) => new Date(start.getTime() + n * 3_600_000);
    await runScheduledBackup({ database: source, dir, keep: 2, now: hours(0) });
    writeFileSync(join(dir, 'notes.txt'), 'not an archive: never removed');
    for (const n of [1, 2]) await runScheduledBackup({ database: source, dir, keep: 2, now: hours(n) });
    const names = readdirSync(dir).sort();
    expect(names).toEqual(['notes.txt', backupFileName(hours(1)), backupFileName(hours(2))]);
    const last = await lastBackup({ dir, now: new Date(Date.now() + 60_000) });
    expect(last?.file).toBe(join(dir, backupFileName(hours(2))));
    expect(last!.ageMs).toBeGreaterThanOrEqual(60_000);
    expect(last!.ageMs).toBeLessThan(10 * 60_000);
  }, 30_000);
});

// PGlite → a new PostgreSQL database, created and dropped here through the admin connection.
describe.runIf(process.env.TEST_DATABASE_URL)('round trip to PostgreSQL', () => {
  const name = `trellis_restore_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const adminUrl = () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = '/postgres';
    return url.toString();
  };
  async function admin(statement: string) {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }
  let postgres: Database | undefined;
  afterAll(async () => {
    await postgres?.close();
    await admin(`DROP DATABASE IF EXISTS ${name}`);
  });

  it('restores the demo into an empty PostgreSQL database where the demo accounts log in', async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    postgres = await openDatabase({ url: url.toString(), poolSize: 3 });
    const summary = await restoreBackup({ database: postgres, file });
    expect(summary.chains.every((chain) => chain.ok)).toBe(true);
    expect(await rowCounts(postgres)).toEqual(
      Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows])),
    );
    // Every value survived the change of database: a backup of it matches the source's checksums.
    const again = await createBackup({ database: postgres, out: join(folder, 'postgres.zip') });
    expect(again.source.kind).toBe('postgresql');
    expect(again.tables.map((table) => [table.name, table.sha256])).toEqual(
      sealedManifest.tables.map((table) => [table.name, table.sha256]),
    );
    await demoLoginWorks(postgres);
  }, 60_000);
});
