import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

/**
 * Fails when the Drizzle schema (src/server/**\/tables.ts) and the committed migrations disagree:
 * generating into a copy of migrations/ must produce nothing new.
 */
// drizzle-kit resolves --out relative to the working directory, so the scratch copy lives in the repo (gitignored).
const scratch = '.data-test/migrations-check';
rmSync(scratch, { recursive: true, force: true });
mkdirSync('.data-test', { recursive: true });
cpSync('migrations', scratch, { recursive: true });
const before = new Set(readdirSync(scratch));
try {
  const output = execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './src/server/**/tables.ts',
      '--out',
      scratch,
      '--prefix',
      'timestamp',
      '--name',
      'pending',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (/error/i.test(output)) {
    console.error(`drizzle-kit failed:\n${output}`);
    process.exit(1);
  }
  const added = readdirSync(scratch).filter((f) => !before.has(f));
  if (added.length > 0) {
    console.error(
      `The schema has changes without a migration (${added.join(', ')}). Run: npm run db:generate`,
    );
    process.exit(1);
  }
  console.log('Schema and migrations agree.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
