import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Sources whose change makes dist/web stale. */
const webSources = [
  'src/web',
  'src/contracts',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the web app when dist/web is missing or older than its sources, so restarts stay quick. */
export function buildWebIfStale(log: (message: string) => void = console.log) {
  const index = join(repoRoot, 'dist/web/index.html');
  const reason = !existsSync(index)
    ? 'no build yet'
    : Math.max(...webSources.map((source) => newestMtime(join(repoRoot, source)))) > statSync(index).mtimeMs
      ? 'the web sources changed since the last build'
      : null;
  if (!reason) return;
  log(`Building the web app (${reason})…`);
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: repoRoot, stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildWebIfStale();
