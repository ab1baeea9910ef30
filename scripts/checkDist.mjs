// @ts-check
/**
 * `npm run check:dist [-- --database-url postgres://…] [--keep]`: proves the production artefact.
 * Copies dist/, migrations/ and the package files into a temporary folder, installs production
 * dependencies only (`npm ci --omit=dev`), then on each database runs `trellis migrate` from
 * dist/server/cli/main.js, starts `node dist/server/main.js` on a free port, waits for /api/health,
 * loads the web app, logs in as a demo account through the API and stops the server, which must exit
 * cleanly on SIGTERM.
 *
 * The embedded database (in the temporary folder) always; with --database-url also that PostgreSQL
 * database, which must be empty (the demo is seeded into it). Run `npm run build` first.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './buildIfStale.mjs';

const HEALTH_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;
const DEMO_LOGIN = { email: 'employee@demo.test', password: 'trellis-demo' };

const { values: options } = parseArgs({
  options: { 'database-url': { type: 'string' }, keep: { type: 'boolean', default: false } },
});
const databaseUrl = options['database-url'];

/** Copies what a production install holds: the build, the migrations, the package files. */
function copyArtefact(/** @type {string} */ app) {
  for (const file of ['dist/server/main.js', 'dist/server/cli/main.js', 'dist/web/index.html']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  for (const path of ['dist', 'migrations', 'package.json', 'package-lock.json']) {
    cpSync(join(root, path), join(app, path), { recursive: true });
  }
}

/** `npm ci --omit=dev`; an EBADENGINE warning fails the check like an error (see .ci/run). */
function installProductionDependencies(/** @type {string} */ app) {
  const npm = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], {
    cwd: app,
    encoding: 'utf8',
  });
  const output = `${npm.stdout}${npm.stderr}`;
  if (npm.status !== 0) throw new Error(`npm ci --omit=dev failed:\n${output}`);
  if (/EBADENGINE/.test(output)) throw new Error(`npm ci --omit=dev warned EBADENGINE:\n${output}`);
  for (const devOnly of ['tsx', 'esbuild', 'vite', 'typescript']) {
    if (existsSync(join(app, 'node_modules', devOnly)))
      throw new Error(`${devOnly} was installed with --omit=dev`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = address && typeof address === 'object' ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const delay = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the compiled server with plain node; its output is kept to show when something fails. */
function startServer(/** @type {string} */ app, /** @type {NodeJS.ProcessEnv} */ env) {
  const output = /** @type {string[]} */ ([]);
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], {
    cwd: app,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output.join('') };
}

async function waitForHealth(/** @type {string} */ baseUrl, /** @type {Promise<unknown>} */ exited) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline && !gone) {
    const response = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (response?.ok) return;
    await delay(500);
  }
  throw new Error(gone ? 'the server exited before it was healthy' : 'the server was not healthy in time');
}

/** The web app is served, and a demo account logs in and reads its own session through the API. */
async function exercise(/** @type {string} */ baseUrl) {
  const page = await fetch(`${baseUrl}/`);
  const html = await page.text();
  if (!page.ok || !html.includes('<div id="root">'))
    throw new Error(`GET / answered ${page.status} without the app`);
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const me = await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie } });
  const body = await me.text();
  if (me.status !== 200 || !body.includes(DEMO_LOGIN.email)) {
    throw new Error(`GET /api/auth/me after login answered ${me.status}: ${body.slice(0, 200)}`);
  }
}

/** Migrates with the CLI, starts the server, exercises it and stops it, on one database. */
async function runOn(/** @type {string} */ app, /** @type {string | undefined} */ url) {
  const where = url ? 'PostgreSQL' : 'the embedded database';
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    TRELLIS_DATA_DIR: join(app, 'data'),
    DATABASE_URL: url ?? '',
    // PostgreSQL is never seeded unless asked; the demo accounts are what the check logs in with.
    TRELLIS_SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  };
  execFileSync(process.execPath, ['dist/server/cli/main.js', 'migrate'], { cwd: app, env, stdio: 'inherit' });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`Starting node dist/server/main.js on ${where} (port ${port})…`);
  const server = startServer(app, { ...env, PORT: String(port), TRELLIS_PUBLIC_URL: baseUrl });
  try {
    await waitForHealth(baseUrl, server.exited);
    await exercise(baseUrl);
    server.child.kill('SIGTERM');
    const code = await Promise.race([server.exited, delay(STOP_TIMEOUT_MS).then(() => 'timeout')]);
    if (code !== 0) throw new Error(`the server did not stop cleanly on SIGTERM (${code})`);
  } catch (error) {
    console.error(`---- server output ----\n${server.output()}\n-----------------------`);
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    throw error;
  }
  console.log(`The production build serves the app on ${where}.`);
}

async function main() {
  const app = mkdtempSync(join(tmpdir(), 'trellis-dist-'));
  try {
    console.log(`Copying the artefact to ${app} and installing production dependencies…`);
    copyArtefact(app);
    installProductionDependencies(app);
    await runOn(app, undefined);
    if (databaseUrl) await runOn(app, databaseUrl);
  } finally {
    if (options.keep) console.log(`Kept ${app}`);
    else rmSync(app, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`check:dist failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
