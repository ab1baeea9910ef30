import type { Config } from '../platform/config';
import { type Database, openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';
import { serverRunsOn } from './operatorChannel';

type DatabaseConfig = Pick<Config, 'databaseUrl' | 'dataDir'>;

/** The embedded database's folder when no DATABASE_URL is set (not for in-memory databases). */
export function embeddedDataDir(config: DatabaseConfig): string | undefined {
  if (config.databaseUrl) return undefined;
  return config.dataDir.startsWith('memory://') ? undefined : config.dataDir;
}

/**
 * The database the server would use: PostgreSQL when DATABASE_URL is set, otherwise the embedded
 * PGlite in TRELLIS_DATA_DIR (default ./data). Migrations run first, so every command sees the
 * current schema.
 */
export async function openConfiguredDatabase(
  config: DatabaseConfig & Partial<Pick<Config, 'pgliteThread' | 'pgliteStatementCache'>>,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  const embedded = embeddedDataDir(config);
  // PGlite serves one process: opening its folder beside a running server would fork the data.
  if (embedded && (await serverRunsOn(embedded)))
    throw new Error(
      `The Trellis server is running on ${embedded}; stop it first (the embedded database serves one process at a time).`,
    );
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
    pgliteThread: config.pgliteThread,
    pgliteStatementCache: config.pgliteStatementCache,
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
export function describeDatabase(config: DatabaseConfig): string {
  if (config.databaseUrl) {
    try {
      const url = new URL(config.databaseUrl);
      return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
    } catch {
      return 'PostgreSQL (DATABASE_URL)';
    }
  }
  return `embedded PGlite in ${config.dataDir}`;
}
