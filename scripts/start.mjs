// @ts-check
/**
 * `npm start`: the quick start after `npm install`. Builds the web app and the server when missing or
 * stale (scripts/buildIfStale.mjs), then runs the compiled server (dist/server/main.js) in this
 * process, so signals and the exit code are the server's own. Plain Node, no tsx: the same
 * dist/server/main.js that production runs with `node` (README, "Production").
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServerIfStale, buildWebIfStale, root } from './buildIfStale.mjs';

try {
  buildWebIfStale();
  buildServerIfStale();
} catch (error) {
  // A failed build has printed its errors; a missing tool (devDependencies not installed) has not.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Trellis did not start: the build failed (${message.split('\n')[0]}).`);
  console.error('Run `npm install` (it installs the build tools), or `npm run build` to see the errors.');
  process.exit(1);
}

// Stack traces point at src/ through the bundle's source map, as `node --enable-source-maps` does.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(root, 'dist/server/main.js')).href);
