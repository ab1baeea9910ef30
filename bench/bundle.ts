/**
 * The JavaScript a browser must fetch before a page can paint, gzipped.
 *
 *   npm run bench:bundle [-- --label before|after] [--no-build] [--out-dir DIR] [--no-write]
 *
 * Builds the web app into its own folder (not dist/web, which the e2e setup and other work share),
 * then reads the build's `.vite/manifest.json` and source maps: a page needs the modules listed in
 * `pages.ts`; each module's chunk, plus everything that chunk imports statically, loads before the
 * page renders. Dynamic imports that a page does not wait for are not counted. Stores the figures
 * under the label in `bench/results/bundle.json` and rebuilds the `bundle-size` section of
 * docs/benchmarks.md from the `before` and `after` entries there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseBuild, type PageSize } from './bundleAnalysis';
import { bundlePages, bundleTargets } from './bundlePages';
import { writeReportSection } from './sections';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsPath = join(repoRoot, 'bench', 'results', 'bundle.json');

const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'after' },
    'no-build': { type: 'boolean', default: false },
    'out-dir': { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});

export interface BundleResult {
  label: string;
  measuredAt: string;
  commit: string;
  dirty: boolean;
  unit: string;
  pages: PageSize[];
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
}

function build(outDir: string) {
  // --manifest also on the command line, so an older tree without it in vite.config.ts measures too.
  execFileSync('npm', ['run', 'build:web', '--', '--outDir', outDir, '--emptyOutDir', '--manifest'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function printTable(result: BundleResult) {
  const rows = result.pages.map((page) => [
    page.name,
    page.locale,
    kb(page.gzipBytes),
    kb(page.rawBytes),
    String(page.chunks.length),
    page.targetBytes ? (page.gzipBytes <= page.targetBytes ? 'met' : 'missed') : '',
  ]);
  const header = ['page', 'language', 'gzip KB', 'raw KB', 'chunks', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

type StoredResults = Partial<Record<string, BundleResult>>;

async function readResults(): Promise<StoredResults> {
  try {
    return JSON.parse(await readFile(resultsPath, 'utf8')) as StoredResults;
  } catch {
    return {};
  }
}

function renderSection(before: BundleResult | undefined, after: BundleResult | undefined): string {
  const names = (after ?? before)?.pages.map((p) => `${p.name}|${p.locale}`) ?? [];
  const find = (result: BundleResult | undefined, key: string) =>
    result?.pages.find((p) => `${p.name}|${p.locale}` === key);
  const lines = [
    '## Bundle size (web app, gzipped JavaScript before first paint)',
    '',
    '`npm run bench:bundle` (`bench/bundle.ts`) — `vite build` into a temporary folder, then the',
    "manifest and source maps: the entry chunk, every chunk it imports statically, the language's",
    "catalogue, and the chunks of the page's lazy route components with their static imports. CSS,",
    'fonts and API calls are not counted; KB = 1,000 bytes, gzip level 9. What loads beside a page',
    'rather than before it is not counted either: on sign-in, zod and the issue texts (fetched after',
    "paint, awaited on submit); on Home, the areas' messages, the ten Now/Next panels (skeletons",
    "first) and the header's bell and account menu (`bench/bundlePages.ts` lists what each page waits for).",
    `Targets (issue 11): sign-in ≤ ${bundleTargets.signIn / 1000} KB, home ≤ ${bundleTargets.home / 1000} KB.`,
    '',
    '| page | language | before (KB) | after (KB) | target (KB) |',
    '|---|---|---:|---:|---:|',
  ];
  for (const key of names) {
    const b = find(before, key);
    const a = find(after, key);
    const page = a ?? b;
    if (!page) continue;
    const target = page.targetBytes ? String(page.targetBytes / 1000) : '';
    lines.push(
      `| ${page.name} | ${page.locale} | ${b ? kb(b.gzipBytes) : '–'} | ${a ? kb(a.gzipBytes) : '–'} | ${target} |`,
    );
  }
  const describe = (r: BundleResult | undefined, what: string) =>
    r ? `${what}: commit ${r.commit}${r.dirty ? ' with uncommitted changes' : ''}, ${r.measuredAt}.` : '';
  lines.push('', [describe(before, 'Before'), describe(after, 'After')].filter(Boolean).join(' '));
  return lines.join('\n');
}

async function main() {
  const label = values.label ?? 'after';
  const outDir = values['out-dir'] ?? mkdtempSync(join(tmpdir(), 'trellis-bundle-'));
  if (!values['no-build']) build(outDir);
  const pages = await analyseBuild(outDir, repoRoot, bundlePages);
  const result: BundleResult = {
    label,
    measuredAt: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain']) !== '',
    unit: 'bytes; gzip level 9',
    pages,
  };
  printTable(result);
  console.log(`build: ${outDir}`);
  if (values['no-write']) return;
  const stored = { ...(await readResults()), [label]: result };
  await mkdir(dirname(resultsPath), { recursive: true });
  await writeFile(resultsPath, `${JSON.stringify(stored, null, 2)}\n`);
  const report = await writeReportSection('bundle-size', renderSection(stored.before, stored.after));
  console.log(`wrote ${resultsPath} (${label}) and ${report}`);
}

await main();
