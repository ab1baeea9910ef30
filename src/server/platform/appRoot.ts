import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's folder: the one holding `migrations/` and `package.json`, found by walking up from `from`.
 * Paths relative to a module's own URL break once the build bundles every module into
 * dist/server/main.js (or dist/server/cli/main.js); walking up finds the same folder from source
 * (tsx, vitest) and from the bundle, in the repository or in a production copy.
 */
export function findAppRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'migrations')) && existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder)
      throw new Error(`No folder with migrations/ and package.json above ${from}`);
  }
}

export const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)));

let version: string | undefined;

/** The version in Trellis's package.json (source tree or build output alike). */
export function appVersion(): string {
  version ??= (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string })
    .version;
  return version;
}
