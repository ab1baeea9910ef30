import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * docs/benchmarks.md holds one generated block per benchmark besides the seed benchmark's tables:
 * each between `<!-- section:NAME -->` and `<!-- /section:NAME -->`. A benchmark rewrites only its
 * own block, so running one never erases another's figures.
 */
export const reportPath = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const notesHeading = '## Notes';

const open = (name: string) => `<!-- section:${name} -->`;
const close = (name: string) => `<!-- /section:${name} -->`;

/** Every generated section currently in the report, in order, markers included. */
export function extractSections(report: string): string[] {
  const found: string[] = [];
  const pattern = /<!-- section:([\w-]+) -->[\s\S]*?<!-- \/section:\1 -->/g;
  for (const match of report.matchAll(pattern)) found.push(match[0]);
  return found;
}

/** Replaces (or adds, before the notes) the named section of the report with `markdown`. */
export function withSection(report: string, name: string, markdown: string): string {
  const block = `${open(name)}\n${markdown.trim()}\n${close(name)}`;
  const start = report.indexOf(open(name));
  const end = report.indexOf(close(name));
  if (start >= 0 && end > start)
    return report.slice(0, start) + block + report.slice(end + close(name).length);
  const notes = report.indexOf(notesHeading);
  if (notes < 0) return `${report.trimEnd()}\n\n${block}\n`;
  return `${report.slice(0, notes)}${block}\n\n${report.slice(notes)}`;
}

export async function writeReportSection(name: string, markdown: string): Promise<string> {
  const current = await readFile(reportPath, 'utf8').catch(() => '# Benchmarks\n');
  await writeFile(reportPath, withSection(current, name, markdown));
  return reportPath;
}
