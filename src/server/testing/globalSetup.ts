import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, pgliteDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data folder (`dumpDataDir`) every worker loads instead of running initdb. */
    pgliteSnapshot?: string;
  }
}

/**
 * With TEST_DATABASE_URL, start every run from an empty schema so migrations are tested from
 * scratch. Without it, migrate one embedded database here and save it: each test worker loads that
 * copy rather than running initdb and every migration itself (migrations are still run from scratch
 * once per test run, here).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return preparePgliteSnapshot(project);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    'DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS trellis_meta CASCADE; CREATE SCHEMA public;',
  );
  await client.end();
  const database = await openDatabase({ url });
  await migrateDatabase(database);
  await database.close();
  console.log(`API tests run on PostgreSQL (${new URL(url).pathname.slice(1)}).`);
}

async function preparePgliteSnapshot(project: TestProject) {
  const client = await PGlite.create('memory://', { extensions: { pg_trgm } });
  await migrateDatabase(pgliteDatabase(client));
  const dump = await client.dumpDataDir('none');
  await client.close();
  const folder = mkdtempSync(join(tmpdir(), 'trellis-test-pglite-'));
  const file = join(folder, 'migrated.tar');
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  console.log('TEST_DATABASE_URL is not set: API tests run on embedded PGlite only.');
  return () => rmSync(folder, { recursive: true, force: true });
}
