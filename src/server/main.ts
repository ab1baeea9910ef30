import { count } from 'drizzle-orm';
import { buildApp } from './app';
import { backgroundJobsEnabled, startBackgroundJobs } from './jobs';
import { demoAccounts } from './org/seed/demo';
import { organizations } from './org/tables';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db/client';
import { migrateDatabase } from './platform/db/migrate';
import { createMailer } from './platform/mail/mailer';
import { seedDemo } from './seed/demo';

const config = loadConfig();
const logger = {
  level: config.logLevel,
  transport: process.stdout.isTTY ? { target: 'pino-pretty' } : undefined,
};

async function main() {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(database);
  let seeded = false;
  if (config.seedDemo) {
    // Under the same lock as migrations: two instances starting together seed once.
    seeded = await database.withAdvisoryLock('trellis:seed', async (db) => {
      const [row] = await db.select({ n: count() }).from(organizations);
      if ((row?.n ?? 0) > 0) return false;
      await seedDemo(db);
      return true;
    });
  }
  await database.refreshStatistics();
  const mailer = createMailer(config, console);
  const { app } = await buildApp({ database, config, mailer }, { logger });
  await app.listen({ port: config.port, host: config.host });
  // Scheduled work (notification emails, reminders); TRELLIS_JOBS=off leaves it to `trellis run-jobs`.
  const stopJobs = backgroundJobsEnabled()
    ? startBackgroundJobs({ database, mailer, config, log: app.log })
    : async () => undefined;
  const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  console.log(`\nTrellis is running at ${config.publicUrl} (database: ${where})`);
  if (seeded) console.log('A demo organisation was created.');
  if (config.seedDemo) {
    console.log(`Demo accounts (password "trellis-demo"): ${Object.values(demoAccounts).join(', ')}\n`);
  }
  const shutdown = async () => {
    await stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
