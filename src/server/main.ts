import { count, inArray } from 'drizzle-orm';
import { buildApp } from './app';
import { openOperatorChannel } from './cli/operatorChannel';
import { startBackgroundJobs } from './jobs';
import { demoAccounts } from './org/seed/demo';
import { organizations } from './org/tables';
import { accounts } from './platform/auth/tables';
import { ConfigError, demoSeedingDecision, loadConfig } from './platform/config';
import { guardProcessAgainstDatabaseErrors } from './platform/db/availability';
import { type Database, type DatabaseLog, type Db, openDatabase } from './platform/db/client';
import { migrateDatabase } from './platform/db/migrate';
import { createMailer } from './platform/mail/mailer';
import { seedDemo } from './seed/demo';

/** Until the app (and its logger) exists, database warnings go to the console. */
let log: DatabaseLog & { error(obj: object, msg: string): void } = {
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};

/** Refuses to start (exit 1) with the reason, e.g. demo accounts behind an https URL. */
class StartupRefused extends Error {}

async function demoAccountsPresent(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(accounts)
    .where(inArray(accounts.email, Object.values(demoAccounts)));
  return (row?.n ?? 0) > 0;
}

async function main() {
  const config = loadConfig();
  const logger = {
    level: config.logLevel,
    transport: process.stdout.isTTY ? { target: 'pino-pretty' } : undefined,
  };
  const kind = config.databaseUrl ? 'postgresql' : 'pglite';
  // Refuse before touching the database when the configuration alone says no.
  const early = demoSeedingDecision(config, kind);
  if (!early.start) throw new StartupRefused(early.reason);

  const database: Database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    // The embedded database answers from a worker thread: HTTP work overlaps with its queries
    // (docs/ARCHITECTURE.md, "PGlite in a worker thread"); TRELLIS_PGLITE_THREAD=main keeps it in-process.
    pgliteThread: config.pgliteThread,
    pgliteStatementCache: config.pgliteStatementCache,
    log: { warn: (obj, msg) => log.warn(obj, msg) },
  });
  let seeded = false;
  let demoPresent = false;
  try {
    await migrateDatabase(database);
    const decision = demoSeedingDecision(config, kind, await demoAccountsPresent(database.db));
    if (!decision.start) throw new StartupRefused(decision.reason);
    if (decision.seed) {
      // Under the same lock as migrations: two instances starting together seed once.
      seeded = await database.withAdvisoryLock('trellis:seed', async (db) => {
        const [row] = await db.select({ n: count() }).from(organizations);
        if ((row?.n ?? 0) > 0) return false;
        await seedDemo(db);
        return true;
      });
    }
    demoPresent = seeded || (await demoAccountsPresent(database.db));
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
  await database.refreshStatistics();
  const mailer = createMailer(config, console);
  const { app } = await buildApp({ database, config, mailer }, { logger });
  log = app.log;
  // A database outage must not end the process: requests answer 503 until it is back.
  guardProcessAgainstDatabaseErrors(() => app.log);
  await app.listen({ port: config.port, host: config.host });
  // Scheduled work (notification emails, reminders); TRELLIS_JOBS=off leaves it to `trellis run-jobs`.
  const stopJobs = config.jobs
    ? startBackgroundJobs({ database, mailer, config, log: app.log })
    : async () => undefined;
  // `trellis issue-link` reaches the embedded database through this server (see operatorChannel.ts).
  // A folder path too long for a Unix socket (about 100 characters) only costs that convenience.
  const closeOperatorChannel =
    database.kind === 'pglite'
      ? await openOperatorChannel({
          db: database.db,
          dataDir: config.dataDir,
          publicUrl: config.publicUrl,
        }).catch((error: Error) => {
          app.log.warn(
            { reason: error.message },
            'no operator socket: stop the server to run `trellis issue-link`',
          );
          return async () => undefined;
        })
      : async () => undefined;
  const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  const address = app.server.address();
  const listening = address && typeof address === 'object' ? `${address.address}:${address.port}` : '';
  console.log(`\nTrellis is running at ${config.publicUrl} (listening on ${listening}, database: ${where})`);
  if (seeded) console.log('A demo organisation was created.');
  if (demoPresent) {
    console.log(`Demo accounts (password "trellis-demo"): ${Object.values(demoAccounts).join(', ')}\n`);
  }
  const shutdown = async () => {
    await closeOperatorChannel();
    await stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  const explained = error instanceof StartupRefused || error instanceof ConfigError;
  console.error(explained ? `Trellis did not start: ${error.message}` : error);
  process.exit(1);
});
