import { inject } from 'vitest';
import { type Database, openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';

let shared: Promise<Database> | null = null;

/**
 * One migrated database per test worker: PGlite in memory by default (a copy of the one the global
 * setup migrated), or the PostgreSQL named by TEST_DATABASE_URL (prepared once by the global setup).
 * Tests isolate themselves by organisation.
 */
export function testDatabase(): Promise<Database> {
  shared ??= (async () => {
    const database = await openDatabase({
      url: process.env.TEST_DATABASE_URL,
      dataDir: 'memory://',
      poolSize: 5,
      // `TRELLIS_PGLITE_THREAD=main npm test` runs the suite on the in-process client.
      pgliteThread: process.env.TRELLIS_PGLITE_THREAD === 'main' ? 'main' : 'worker',
      // Migrated once by the global setup; loading its copy spares every worker initdb and migrations.
      pgliteSnapshot: process.env.TEST_DATABASE_URL ? undefined : inject('pgliteSnapshot'),
    });
    await migrateDatabase(database);
    return database;
  })();
  return shared;
}
