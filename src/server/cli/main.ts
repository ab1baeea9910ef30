import { describeDatabase, embeddedDataDir, openConfiguredDatabase } from './database';
import { runCli } from './run';

// Operator command line: `npm run trellis -- <command>`. The logic lives in run.ts so tests can drive it.
const exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  openDatabase: (options) => openConfiguredDatabase(process.env, options),
  databaseLabel: describeDatabase(process.env),
  embeddedDataDir: embeddedDataDir(process.env),
});
process.exitCode = exitCode;
