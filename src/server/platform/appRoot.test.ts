import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { appRoot, findAppRoot } from './appRoot';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'trellis-app-root-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('findAppRoot', () => {
  it('finds the repository from source', () => {
    expect(appRoot).toBe(repoRoot);
  });

  it('finds a production copy from the bundles in dist/server and dist/server/cli', () => {
    const app = join(scratch, 'app');
    mkdirSync(join(app, 'migrations'), { recursive: true });
    mkdirSync(join(app, 'dist/server/cli'), { recursive: true });
    writeFileSync(join(app, 'package.json'), '{}');
    expect(findAppRoot(join(app, 'dist/server'))).toBe(app);
    expect(findAppRoot(join(app, 'dist/server/cli'))).toBe(app);
  });

  it('needs package.json beside migrations/, and says so when none is found', () => {
    const lone = join(scratch, 'lone/dist/server');
    mkdirSync(join(scratch, 'lone/migrations'), { recursive: true });
    mkdirSync(lone, { recursive: true });
    expect(() => findAppRoot(lone)).toThrow(/No folder with migrations\/ and package.json above/);
  });
});
