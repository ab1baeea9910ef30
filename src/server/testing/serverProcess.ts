import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The real server (`src/server/main.ts`) in its own process, for tests about what only a process
 * shows: surviving a database outage, being killed, shutting down on a signal. The server itself is
 * the child (no npx/tsx wrapper), so a signal reaches it and "still alive" is about the server.
 */
export interface ServerProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`, from the start-up log line. */
  baseUrl: string;
  /** Everything the process wrote (stdout and stderr): its log, one JSON line each. */
  output(): string;
  /** The log lines that parse as JSON. */
  logLines(): Record<string, unknown>[];
  alive(): boolean;
  /** Resolves with the exit code (null after a signal) once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it has not ended within `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the server with `env` over the test's own environment (a key set to undefined is removed)
 * and waits until it listens. Defaults: loopback, any free port, `info` logs without request lines.
 */
export async function spawnServer(
  env: Record<string, string | undefined>,
  options: { startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    LOG_REQUESTS: 'false',
  };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (data) => (output += data));
  child.stderr?.on('data', (data) => (output += data));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const alive = () => child.exitCode === null && child.signalCode === null;

  const deadline = Date.now() + (options.startTimeoutMs ?? 90_000);
  let port: string | undefined;
  while (!port) {
    if (!alive()) throw new Error(`the server exited before listening:\n${output.slice(-4000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not listen in time:\n${output.slice(-4000)}`);
    }
    port = output.match(/listening on 127\.0\.0\.1:(\d+)/)?.[1];
    if (!port) await sleep(100);
  }
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    logLines: () =>
      output.split('\n').flatMap((line) => {
        try {
          const parsed = JSON.parse(line) as unknown;
          return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      }),
    alive,
    exited,
    async stop(timeoutMs = 15_000) {
      if (!alive()) return;
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(timeoutMs).then(() => false)]);
      if (!stopped) child.kill('SIGKILL');
    },
  };
}
