import { resolve } from 'node:path';
import { type Database, openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';

/**
 * The database the server would use: PostgreSQL when DATABASE_URL is set, otherwise the embedded
 * PGlite in TRELLIS_DATA_DIR (default ./data). Migrations run first, so every command sees the
 * current schema.
 */
export async function openConfiguredDatabase(
  env: NodeJS.ProcessEnv = process.env,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  const url = env.DATABASE_URL || undefined;
  const dataDir = env.TRELLIS_DATA_DIR ?? './data';
  const database = await openDatabase({
    url,
    dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir),
    poolSize: 2,
  });
  try {
    if (options.migrate !== false) await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** How the chosen database is described to the operator, without any password in the URL. */
export function describeDatabase(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) {
    try {
      const url = new URL(env.DATABASE_URL);
      return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
    } catch {
      return 'PostgreSQL (DATABASE_URL)';
    }
  }
  return `embedded PGlite in ${resolve(env.TRELLIS_DATA_DIR ?? './data')}`;
}
