import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The checkout whose server is measured: the folder above bench/ (a worktree for "before" runs). */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/** A loopback port nobody listens on right now (the server is told to take it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const started = new Set<ChildProcess>();
// A crashed or interrupted benchmark must not leave servers behind (only the ones it started).
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/**
 * Starts the real server (`src/server/main.ts`) in its own process, as an operator would, and waits
 * until `/api/health` answers. `database`: a PostgreSQL URL, or a PGlite data folder that no other
 * process has open. Its output goes to `logFile`, not through this process.
 */
export async function startServerProcess(options: {
  database: { url: string } | { dataDir: string };
  logFile: string;
  logLevel: string;
  /** More environment for the server (e.g. settings a newer server reads). */
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    TRELLIS_JOBS: 'off',
    TRELLIS_SEED_DEMO: 'false',
    LOG_LEVEL: options.logLevel,
    ...options.env,
  };
  if ('url' in options.database) env.DATABASE_URL = options.database.url;
  else env.TRELLIS_DATA_DIR = options.database.dataDir;
  const out = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  started.add(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  let ready = false;
  let early: number | null | undefined;
  void exited.then((code) => {
    early = code;
  });
  while (!ready) {
    if (early !== undefined)
      throw new Error(`The server exited with code ${early} while starting; see ${options.logFile}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer /api/health within 120 s; see ${options.logFile}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      ready = response.status === 200;
      await response.arrayBuffer();
    } catch {
      // not listening yet
    }
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    logFile: options.logFile,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
      started.delete(child);
    },
  };
}
