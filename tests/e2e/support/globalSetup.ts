import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../../../scripts/buildWeb';
import { chromiumPath, repoRoot, resultsDir, screenshotDir } from './paths';

const HEALTH_TIMEOUT_MS = 120_000;

/**
 * Starts the real Trellis server once for the whole e2e run: builds the web app when dist/web is
 * missing or older than its sources, then runs `src/server/main.ts` on a free port with a fresh
 * PGlite data folder (the server migrates and seeds the demo organisation on first start).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with "apt-get update && apt-get install -y chromium" ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  buildWebIfStale((message) => console.log(`[e2e] ${message}`));
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });

  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-e2e-'));
  const baseURL = `http://127.0.0.1:${port}`;
  const server = startServer(port, dataDir, baseURL);
  try {
    await waitForHealth(baseURL, server);
  } catch (error) {
    console.error(`\n---- Trellis server output ----\n${server.output()}\n-------------------------------\n`);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseURL', baseURL);
  // Its data folder holds the operator socket (`trellis issue-link`), for flows that need more logins than the demo's.
  project.provide('dataDir', dataDir);

  return async () => {
    await server.stop();
    writeFileSync(join(resultsDir, 'e2e-server.log'), server.output());
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('Could not find a free port'));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}

interface RunningServer {
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
  stop(): Promise<void>;
}

function startServer(port: number, dataDir: string, baseURL: string): RunningServer {
  const chunks: string[] = [];
  // Own process group (detached), so teardown stops npx, tsx and the node process it starts together.
  const child = spawn('npx', ['tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TRELLIS_DATA_DIR: dataDir,
      TRELLIS_PUBLIC_URL: baseURL,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
  });
  child.stdout?.on('data', (data: Buffer) => chunks.push(data.toString()));
  child.stderr?.on('data', (data: Buffer) => chunks.push(data.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // the group is already gone
    }
  };
  return {
    child,
    exited,
    output: () => chunks.join(''),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signal('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
      if (!stopped) {
        signal('SIGKILL');
        await exited;
      }
    },
  };
}

async function waitForHealth(baseURL: string, server: RunningServer) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let exitCode: number | null | undefined;
  void server.exited.then((code) => {
    exitCode = code;
  });
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`The Trellis server exited (code ${exitCode}) before it was healthy.`);
    try {
      const response = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(5_000) });
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === 'ok') return;
      lastProblem = `HTTP ${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await delay(500);
  }
  throw new Error(
    `The Trellis server at ${baseURL} was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s (${lastProblem}).`,
  );
}

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the e2e server listens, e.g. http://127.0.0.1:41234. */
    baseURL: string;
    /** The e2e server's data folder (its operator socket lives there). */
    dataDir: string;
  }
}
