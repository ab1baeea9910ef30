import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * GUIDE 12 as a test: a record is touched only through its object's access guard
 * (`platform/policy/access.ts`). The guard is the only code that derives the caller's relation to a
 * person and writes the access log, so a route or command that calls `relationTo` or
 * `recordAccess` itself has decided who may see a record by hand — this test names the file.
 */
const serverRoot = join(import.meta.dirname, '..', '..');
const handMadeDecision = /\b(relationTo|recordAccess)\(/;

/** Where the primitives themselves live, and the guards built from them. */
const allowed = (path: string) =>
  path.endsWith('/access.ts') ||
  path === 'platform/policy/relations.ts' ||
  path === 'platform/audit/accessLog.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function filesDecidingAccessByHand(root = serverRoot): string[] {
  return sourceFiles(root)
    .map((path) => relative(root, path))
    .filter((path) => !allowed(path) && handMadeDecision.test(readFileSync(join(root, path), 'utf8')))
    .sort();
}

describe('one access guard per domain object', () => {
  it('leaves relation checks and access logging to the guards', () => {
    expect(filesDecidingAccessByHand()).toEqual([]);
  });
});
