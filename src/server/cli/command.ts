import type { Database } from '../platform/db/client';

/** Where a command writes and how it reaches the database; tests pass their own. */
export interface CliContext {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Opens the configured database, with pending migrations applied unless `migrate` is false. */
  openDatabase: (options?: { migrate?: boolean }) => Promise<Database>;
  /** Which database that is, for messages ("embedded PGlite in /srv/trellis/data"). */
  databaseLabel: string;
  /** The embedded database's folder, when that is the database (a running server may hold it). */
  embeddedDataDir?: string;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Synopsis and options, shown by `trellis <command> --help` and after a usage error. */
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], context: CliContext): Promise<number>;
}

/** A mistake in how the command was called: the message and the command's usage are printed, exit code 2. */
export class UsageError extends Error {}

/** Opens the database, runs `fn`, and always closes it again. */
export async function withDatabase<T>(
  context: CliContext,
  fn: (database: Database) => Promise<T>,
  options?: { migrate?: boolean },
): Promise<T> {
  const database = await context.openDatabase(options);
  try {
    const result = await fn(database);
    // Seeds and imports write in bulk: leave the planner with fresh statistics.
    await database.refreshStatistics();
    return result;
  } finally {
    await database.close();
  }
}
