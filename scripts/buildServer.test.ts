import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { undeclaredPackages } from './buildServer.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'trellis-build-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Bundles `source` the way buildServer does (packages external) and returns esbuild's metafile. */
async function metafileOf(source: string) {
  const entry = join(scratch, `entry-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    outdir: join(scratch, 'out'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

describe('the server bundle imports only production dependencies', () => {
  it('names a package the bundle imports that is not in dependencies', async () => {
    const metafile = await metafileOf(
      `import { z } from 'zod';\nimport sub from '@fastify/static/types';\nimport kleur from 'kleur';\nconsole.log(z, sub, kleur);`,
    );
    const missing = undeclaredPackages(metafile, { zod: '^4', '@fastify/static': '^10' });
    expect([...missing.keys()]).toEqual(['kleur']);
  });

  it('ignores Node built-ins and allows the optional pino-pretty, loaded with import() only', async () => {
    const metafile = await metafileOf(
      `import { readFileSync } from 'node:fs';\nimport { join } from 'path';\nconsole.log(readFileSync, join);\nexport const pretty = () => import('pino-pretty');`,
    );
    expect(undeclaredPackages(metafile, {}).size).toBe(0);
  });

  it('does not allow pino-pretty as a static import', async () => {
    const metafile = await metafileOf(`import pretty from 'pino-pretty';\nconsole.log(pretty);`);
    expect([...undeclaredPackages(metafile, {}).keys()]).toEqual(['pino-pretty']);
  });
});
