import { resolve } from 'node:path';
import { type Database, openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';
import { serverRunsOn } from './operatorChannel';

/** The embedded database's folder when no DATABASE_URL is set (not for in-memory databases). */
export function embeddedDataDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.DATABASE_URL) return undefined;
  const dataDir = env.TRELLIS_DATA_DIR ?? './data';
  return dataDir.startsWith('memory://') ? undefined : resolve(dataDir);
}

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
  const embedded = embeddedDataDir(env);
  // PGlite serves one process: opening its folder beside a running server would fork the data.
  if (embedded && (await serverRunsOn(embedded)))
    throw new Error(
      `The Trellis server is running on ${embedded}; stop it first (the embedded database serves one process at a time).`,
    );
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
