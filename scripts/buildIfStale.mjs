// @ts-check
/**
 * Builds the web app (dist/web) and the server (dist/server) when missing or older than their
 * sources, so that `npm start` after a checkout runs what the checkout holds and a restart without
 * changes starts at once. Plain JavaScript so that it runs without tsx (scripts/start.mjs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** What each build writes last-checked (its newest output) and the sources whose change makes it stale. */
const builds = {
  web: {
    label: 'the web app',
    output: 'dist/web/index.html',
    sources: ['src/web', 'src/contracts', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'],
    command: () => execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' }),
  },
  server: {
    label: 'the server',
    output: 'dist/server/main.js',
    // Packages are not bundled (they stay imports), so the lockfile does not make the bundle stale.
    sources: ['src/server', 'src/contracts', 'tsconfig.json', 'package.json', 'scripts/buildServer.mjs'],
    // A child process, so that esbuild is not loaded into the server that runs next.
    command: () =>
      execFileSync(process.execPath, [join(root, 'scripts/buildServer.mjs')], {
        cwd: root,
        stdio: 'inherit',
      }),
  },
};

/** Newest modification time under `path` (0 when absent); tests do not count as server sources. */
function newestMtime(/** @type {string} */ path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Why a build must run, or null when its output is up to date. A copy without sources (a production
 * folder with dist/ only) never rebuilds; without output either it cannot start.
 */
function staleReason(/** @type {keyof typeof builds} */ name) {
  const build = builds[name];
  const output = join(root, build.output);
  const newestSource = Math.max(...build.sources.map((source) => newestMtime(join(root, source))));
  if (!existsSync(output)) {
    if (newestSource === 0)
      throw new Error(`${build.output} is missing and there are no sources to build it from`);
    return 'no build yet';
  }
  return newestSource > statSync(output).mtimeMs ? 'its sources changed since the last build' : null;
}

/** Runs the build `name` when stale; a failed build throws (its output went to the terminal). */
function buildIfStale(/** @type {keyof typeof builds} */ name, log = console.log) {
  const reason = staleReason(name);
  if (!reason) return;
  log(`Building ${builds[name].label} (${reason})…`);
  builds[name].command();
}

/** Builds the web app when dist/web is missing or older than its sources. */
export function buildWebIfStale(log = console.log) {
  buildIfStale('web', log);
}

/** Builds dist/server when missing or older than src/server (tests aside) and what it imports. */
export function buildServerIfStale(log = console.log) {
  buildIfStale('server', log);
}
