// @ts-check
/**
 * `npm run build:server`: bundles the server and the `trellis` command line into dist/server with
 * esbuild, to run with plain `node` and production dependencies only (docs/ARCHITECTURE.md, "Build").
 *
 * Our code is bundled (one file per entry, no TypeScript at run time); packages from node_modules stay
 * imports, so the installed production dependencies are what runs. The build fails when the bundle
 * imports a package that is not in `dependencies`: `npm ci --omit=dev` would leave it out and the
 * server would only fail at start in production.
 *
 * Plain JavaScript (not TypeScript) so that `npm start` can run it without tsx (scripts/start.mjs).
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const serverOut = join(root, 'dist/server');

/** Output name (under dist/server, without .js) → source. */
const entries = {
  main: 'src/server/main.ts',
  'cli/main': 'src/server/cli/main.ts',
};

/**
 * The embedded database's worker thread is a plain .mjs file started by path (`new Worker(new
 * URL('./pgliteWorker.mjs', import.meta.url))` in pgliteThread.ts), which a bundle cannot inline: a
 * copy sits beside every bundle, where that URL points once pgliteThread.ts is part of the bundle.
 */
const workerSource = 'src/server/platform/db/pgliteWorker.mjs';

/** The bare package name of an import (`@scope/name/sub` → `@scope/name`), or null for a Node built-in. */
function packageName(/** @type {string} */ specifier) {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
}

/**
 * Development-only packages the server loads with `import()` only when they are installed:
 * pino-pretty makes the log readable on a developer's terminal (src/server/platform/logging).
 */
const optionalAtRunTime = new Set(['pino-pretty']);

/**
 * Packages the output files import that `dependencies` does not list, each with a file importing it.
 * @param {import('esbuild').Metafile} metafile
 * @param {Record<string, string>} dependencies
 * @returns {Map<string, string>}
 */
export function undeclaredPackages(metafile, dependencies) {
  const declared = new Set(Object.keys(dependencies));
  const missing = new Map();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    for (const { path, external, kind } of output.imports) {
      const name = external ? packageName(path) : null;
      if (!name || declared.has(name)) continue;
      if (kind === 'dynamic-import' && optionalAtRunTime.has(name)) continue;
      missing.set(name, file);
    }
  }
  return missing;
}

/** Builds dist/server from scratch. Throws when the build or the dependency check fails. */
export async function buildServer() {
  const esbuild = await import('esbuild');
  rmSync(serverOut, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: serverOut,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Production dependencies are installed beside dist/ (npm ci --omit=dev), not copied into it.
    packages: 'external',
    // Stack traces point at src/ with `node --enable-source-maps` (the Dockerfile runs it that way).
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const missing = undeclaredPackages(result.metafile, dependencies);
  if (missing.size > 0) {
    const lines = [...missing].map(([name, file]) => `  ${name} (imported by ${file})`);
    throw new Error(
      `The server imports packages that are not in "dependencies" of package.json:\n${lines.join('\n')}\n` +
        'Move them there: a production install (npm ci --omit=dev) leaves devDependencies out.',
    );
  }
  const bundleFolders = new Set(Object.keys(entries).map((name) => dirname(join(serverOut, name))));
  for (const folder of bundleFolders)
    copyFileSync(join(root, workerSource), join(folder, 'pgliteWorker.mjs'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildServer().catch((error) => {
    // esbuild has printed its own errors already (logLevel); ours have only their message.
    if (!(error && Array.isArray(error.errors)))
      console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
