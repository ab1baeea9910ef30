import pg from 'pg';
import { openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';

/** With TEST_DATABASE_URL, start every run from an empty schema so migrations are tested from scratch. */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('TEST_DATABASE_URL is not set: API tests run on embedded PGlite only.');
    return;
  }
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
