import { safeErrorSummary } from '../platform/errors/logSafe';
import { type CliContext, type Command, UsageError } from './command';
import { auditVerifyCommand } from './commands/auditVerify';
import { backupCommand } from './commands/backup';
import { createAdminCommand } from './commands/createAdmin';
import { importPeopleCommand } from './commands/importPeople';
import { issueLinkCommand } from './commands/issueLink';
import { migrateCommand } from './commands/migrate';
import { restoreCommand } from './commands/restore';
import { runJobsCommand } from './commands/runJobs';
import { seedCommand } from './commands/seed';

export const commands: readonly Command[] = [
  migrateCommand,
  seedCommand,
  createAdminCommand,
  issueLinkCommand,
  importPeopleCommand,
  auditVerifyCommand,
  backupCommand,
  restoreCommand,
  runJobsCommand,
];

export function overview(): string[] {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: npm run trellis -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "npm run trellis -- <command> --help" for a command’s options.',
    'Database: PostgreSQL when DATABASE_URL is set, else embedded PGlite in TRELLIS_DATA_DIR (default ./data).',
    'Every command applies pending migrations first (backup records the level as it is; restore migrates after loading).',
  ];
}

/**
 * Runs one command line and returns the exit code: 0 success, 1 the command failed (an invalid
 * import, a broken audit chain, an error), 2 it was called wrongly.
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    for (const line of overview()) context.out(line);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    context.err(`Unknown command "${name}".`);
    for (const line of overview()) context.err(line);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    context.out(command.usage);
    return 0;
  }
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      context.err(`trellis ${command.name}: ${(error as Error).message}`);
      context.err('');
      context.err(command.usage);
      return 2;
    }
    context.err(`trellis ${command.name} failed: ${safeErrorSummary(error)}`);
    return 1;
  }
}

/** node:util parseArgs rejects unknown or malformed options with these codes. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
