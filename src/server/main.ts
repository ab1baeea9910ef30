import { count, inArray } from 'drizzle-orm';
import { buildApp } from './app';
import { openOperatorChannel } from './cli/operatorChannel';
import { startBackgroundJobs } from './jobs';
import { demoAccounts } from './org/seed/demo';
import { organizations } from './org/tables';
import { accounts } from './platform/auth/tables';
import { type Config, ConfigError, demoSeedingDecision, loadConfig } from './platform/config';
import { prepareAppKey } from './platform/crypto/appKey';
import { guardProcessAgainstDatabaseErrors } from './platform/db/availability';
import { type Database, type Db, openDatabase } from './platform/db/client';
import { MigrationLedgerError, migrateDatabase } from './platform/db/migrate';
import { newWorkerId } from './platform/jobs/worker';
import { backupReadiness, jobWorkerHeartbeatAge } from './platform/lifecycle/readiness';
import { createLifecycle, type Lifecycle } from './platform/lifecycle/shutdown';
import { createLogger, type Logger } from './platform/logging/logger';
import { createMailer } from './platform/mail/mailer';
import { seedDemo } from './seed/demo';

/** Refuses to start (exit 1) with the reason, e.g. demo accounts behind an https URL. */
class StartupRefused extends Error {}

async function demoAccountsPresent(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(accounts)
    .where(inArray(accounts.email, Object.values(demoAccounts)));
  return (row?.n ?? 0) > 0;
}

/** Opens and migrates the database, seeding the demo when that is the decision. */
async function prepareDatabase(config: Config, log: Logger, lifecycle: Lifecycle) {
  const kind = config.databaseUrl ? 'postgresql' : 'pglite';
  // Refuse before touching the database when the configuration alone says no.
  const early = demoSeedingDecision(config, kind);
  if (!early.start) throw new StartupRefused(early.reason);

  // Encrypted records (coaching notes) need the application key before anything is seeded.
  prepareAppKey(config);
  const database: Database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    // The embedded database answers from a worker thread: HTTP work overlaps with its queries
    // (docs/ARCHITECTURE.md, "PGlite in a worker thread"); TRELLIS_PGLITE_THREAD=main keeps it in-process.
    pgliteThread: config.pgliteThread,
    pgliteStatementCache: config.pgliteStatementCache,
    log,
  });
  // Closed last, after requests and jobs have let go of it — also when start-up fails below.
  lifecycle.onShutdown({ name: 'database', stop: () => database.close() }, { last: true });
  await migrateDatabase(database);
  const decision = demoSeedingDecision(config, kind, await demoAccountsPresent(database.db));
  if (!decision.start) throw new StartupRefused(decision.reason);
  let seeded = false;
  if (decision.seed) {
    // Under the same lock as migrations: two instances starting together seed once.
    seeded = await database.withAdvisoryLock('trellis:seed', async (db) => {
      const [row] = await db.select({ n: count() }).from(organizations);
      if ((row?.n ?? 0) > 0) return false;
      await seedDemo(db);
      return true;
    });
  }
  const demoPresent = seeded || (await demoAccountsPresent(database.db));
  await database.refreshStatistics();
  return { database, seeded, demoPresent };
}

async function start(config: Config, log: Logger, lifecycle: Lifecycle) {
  const { database, seeded, demoPresent } = await prepareDatabase(config, log, lifecycle);
  const mailer = createMailer(config, log);
  // This process's own job worker must keep beating for the instance to count as ready.
  const workerId = newWorkerId();
  const { app } = await buildApp(
    { database, config, mailer },
    {
      log,
      jobs: config.jobs
        ? {
            heartbeatAge: () => jobWorkerHeartbeatAge(database.db, workerId),
            graceUntil: Date.now() + 60_000,
          }
        : undefined,
      extraChecks: config.backup ? { backup: () => backupReadiness(database.db, config) } : undefined,
    },
  );
  // Stops taking connections, closes idle keep-alive ones and waits for requests in flight.
  lifecycle.onShutdown({ name: 'http', stop: () => app.close() });
  await app.listen({ port: config.port, host: config.host });
  // Scheduled work (notification emails, reminders); TRELLIS_JOBS=off leaves it to `trellis run-jobs`.
  if (config.jobs) {
    const stopJobs = startBackgroundJobs({ database, mailer, config, log, workerId });
    lifecycle.onShutdown({ name: 'jobs', stop: stopJobs });
  }
  // `trellis issue-link` reaches the embedded database through this server (see operatorChannel.ts).
  // A folder path too long for a Unix socket (about 100 characters) only costs that convenience.
  if (database.kind === 'pglite') {
    const closeOperatorChannel = await openOperatorChannel({
      db: database.db,
      dataDir: config.dataDir,
      publicUrl: config.publicUrl,
      log,
    }).catch((error: Error) => {
      log.warn({ reason: error.message }, 'no operator socket: stop the server to run `trellis issue-link`');
      return null;
    });
    if (closeOperatorChannel) lifecycle.onShutdown({ name: 'operator channel', stop: closeOperatorChannel });
  }
  lifecycle.handleSignals();

  const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  const address = app.server.address();
  const listening = address && typeof address === 'object' ? `${address.address}:${address.port}` : '';
  log.info(
    { url: config.publicUrl, listening, database: database.kind },
    `Trellis is running at ${config.publicUrl} (listening on ${listening}, database: ${where})`,
  );
  if (seeded) log.info('A demo organisation was created.');
  // The demo's password is published (README): naming it here is the quick start, not a leak.
  if (demoPresent) {
    log.info(`Demo accounts (password "trellis-demo"): ${Object.values(demoAccounts).join(', ')}`);
  }
}

/** A refusal the operator can act on is logged as its message alone; anything else with its error. */
function logStartFailure(log: Logger, error: unknown) {
  const explained =
    error instanceof StartupRefused || error instanceof ConfigError || error instanceof MigrationLedgerError;
  if (explained) log.fatal(`Trellis did not start: ${error.message}`);
  else log.fatal({ err: error }, 'Trellis did not start');
}

async function main() {
  let config: Config | null = null;
  let configError: unknown = null;
  try {
    config = loadConfig();
  } catch (error) {
    configError = error;
  }
  // The logger comes first, before the database or anything that might want to say something.
  const log = await createLogger({ logLevel: config?.logLevel ?? 'info' });
  const lifecycle = createLifecycle({ log });
  if (!config) {
    logStartFailure(log, configError);
    await lifecycle.shutdown('configuration error', 1);
    return;
  }
  // A database outage does not end the process (requests answer 503 until it is back); any other
  // uncaught error is logged and shuts the server down with exit code 1 (see availability.ts).
  guardProcessAgainstDatabaseErrors(log, (_error, origin) => void lifecycle.shutdown(origin, 1));
  try {
    await start(config, log, lifecycle);
  } catch (error) {
    logStartFailure(log, error);
    await lifecycle.shutdown('start-up failed', 1);
  }
}

void main();
