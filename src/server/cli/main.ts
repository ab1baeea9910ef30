import { ConfigError, loadConfig } from '../platform/config';
import { describeDatabase, embeddedDataDir, openConfiguredDatabase } from './database';
import { runCli } from './run';

// Operator command line: `npm run trellis -- <command>`. The logic lives in run.ts so tests can drive it.
function configuration() {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return null;
  }
}

const config = configuration();
if (config) {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    openDatabase: (options) => openConfiguredDatabase(config, options),
    databaseLabel: describeDatabase(config),
    embeddedDataDir: embeddedDataDir(config),
  });
} else process.exitCode = 1;
