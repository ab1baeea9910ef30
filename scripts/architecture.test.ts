import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchitecture } from './architecture';

function tree(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'arch-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('architecture rules', () => {
  it('hold in this repository', () => {
    expect(checkArchitecture(process.cwd())).toEqual([]);
  });

  it('catch performance code importing growth code, statically or dynamically', () => {
    const root = tree({
      'src/server/performance/reviews/service.ts':
        "import { plan } from '../../growth/plans/queries';\nconst x = await import('../../insights/home');",
      'src/server/growth/plans/queries.ts': 'export const plan = 1;',
    });
    const violations = checkArchitecture(root);
    expect(violations.map((v) => v.imports)).toEqual(['../../growth/plans/queries', '../../insights/home']);
  });

  it('let growth use the performance read API and nothing else of performance', () => {
    const root = tree({
      'src/server/growth/plans/seed.ts':
        "import { a } from '../../performance/readApi';\nimport { b } from '../../performance/reviews/queries';",
    });
    expect(checkArchitecture(root).map((v) => v.imports)).toEqual(['../../performance/reviews/queries']);
  });

  it('keep the two halves of HR analytics apart (Now ↛ growth, Next ↛ performance)', () => {
    const root = tree({
      'src/server/insights/analytics/now/metrics.ts':
        "import { p } from '../../../growth/plans/queries';\nimport { r } from '../../../performance/reviews/tables';",
      'src/server/insights/analytics/next/metrics.ts':
        "import { r } from '../../../performance/reviews/tables';\nimport { p } from '../../../growth/plans/queries';",
      'src/server/insights/analytics/page.ts': "import { r } from '../../performance/reviews/tables';",
    });
    expect(checkArchitecture(root).map((v) => `${v.file} → ${v.imports}`)).toEqual([
      'src/server/insights/analytics/now/metrics.ts → ../../../growth/plans/queries',
      'src/server/insights/analytics/next/metrics.ts → ../../../performance/reviews/tables',
    ]);
  });
});
