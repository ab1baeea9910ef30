import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import rule behind SPEC S1.1: performance code (and the web screens that show performance
 * decisions) must not import growth or insights code, so development data cannot reach a rating
 * or a pay decision through the code. Growth reads performance only through `performance/readApi`.
 */
export interface Rule {
  name: string;
  from: string;
  forbidden: string[];
  /** Paths under a forbidden folder that are still allowed (a named read API). */
  allowed?: string[];
}

export const rules: Rule[] = [
  {
    name: 'performance must not import growth or insights (SPEC S1.1)',
    from: 'src/server/performance',
    forbidden: ['src/server/growth', 'src/server/insights', 'src/web/growth', 'src/web/insights'],
  },
  {
    name: 'performance screens must not import growth or insights (SPEC S1.1)',
    from: 'src/web/performance',
    forbidden: ['src/server/growth', 'src/server/insights', 'src/web/growth', 'src/web/insights'],
  },
  {
    name: 'growth reads performance only through its read API',
    from: 'src/server/growth',
    forbidden: ['src/server/performance'],
    allowed: ['src/server/performance/readApi'],
  },
  {
    name: 'the Now half of HR analytics must not import growth (SPEC S1.1, issue 14)',
    from: 'src/server/insights/analytics/now',
    forbidden: ['src/server/growth'],
  },
  {
    name: 'the Next half of HR analytics must not import performance (SPEC S1.1, issue 14)',
    from: 'src/server/insights/analytics/next',
    forbidden: ['src/server/performance'],
  },
  {
    name: 'the web app does not import server code',
    from: 'src/web',
    forbidden: ['src/server'],
  },
];

const importPattern =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function* sourceFiles(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry)) yield path;
  }
}

export interface Violation {
  rule: string;
  file: string;
  imports: string;
}

export function checkArchitecture(root: string, ruleSet: Rule[] = rules): Violation[] {
  const violations: Violation[] = [];
  for (const rule of ruleSet) {
    for (const file of sourceFiles(join(root, rule.from))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(importPattern)) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? '';
        if (!specifier.startsWith('.')) continue;
        const target = relative(root, resolve(dirname(file), specifier));
        const hits = rule.forbidden.some((f) => target === f || target.startsWith(`${f}/`));
        const allowed = rule.allowed?.some(
          (a) => target === a || target.startsWith(`${a}/`) || target.startsWith(`${a}.`),
        );
        if (hits && !allowed)
          violations.push({ rule: rule.name, file: relative(root, file), imports: specifier });
      }
    }
  }
  return violations;
}
