import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundlePage } from './bundlePages';

/** One entry of Vite's `.vite/manifest.json` (only the fields used here). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageSize {
  name: string;
  locale: string;
  gzipBytes: number;
  rawBytes: number;
  targetBytes?: number;
  chunks: { file: string; gzipBytes: number }[];
}

interface Build {
  manifest: Manifest;
  /** Repo-relative source path (e.g. `src/web/i18n/en.ts`) → the manifest key of its chunk. */
  chunkOf: Map<string, string>;
  sizes: Map<string, { raw: number; gzip: number }>;
}

async function loadBuild(outDir: string, repoRoot: string): Promise<Build> {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const chunkOf = new Map<string, string>();
  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    const path = join(outDir, chunk.file);
    const code = await readFile(path);
    sizes.set(chunk.file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    // The source map names every module bundled into the chunk, which the manifest does not.
    // (Rolldown's own runtime chunk has no map and holds no project module.)
    const mapText = await readFile(`${path}.map`, 'utf8').catch(() => undefined);
    if (!mapText) continue;
    const map = JSON.parse(mapText) as { sources: string[]; sourceRoot?: string };
    for (const source of map.sources) {
      const absolute = resolve(dirname(path), map.sourceRoot ?? '', source);
      chunkOf.set(relative(repoRoot, absolute), key);
    }
  }
  return { manifest, chunkOf, sizes };
}

/** The chunks a page waits for: the entry, each needed module's chunk, and their static imports. */
function pageChunks(build: Build, modules: readonly string[]): Set<string> {
  const entry = Object.entries(build.manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('The manifest has no entry chunk');
  const roots = [entry];
  for (const module of modules) {
    const key = build.chunkOf.get(module);
    if (!key) throw new Error(`${module} is in no chunk of the build (renamed, or no longer used?)`);
    roots.push(key);
  }
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of build.manifest[key]?.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return new Set([...seen].map((key) => build.manifest[key]?.file ?? key));
}

export async function analyseBuild(
  outDir: string,
  repoRoot: string,
  pages: readonly BundlePage[],
): Promise<PageSize[]> {
  const build = await loadBuild(outDir, repoRoot);
  return pages.map((page) => {
    const chunks = [...pageChunks(build, page.modules)]
      .map((file) => ({ file, gzipBytes: build.sizes.get(file)?.gzip ?? 0 }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    const sum = (pick: (size: { raw: number; gzip: number }) => number) =>
      chunks.reduce((total, chunk) => total + pick(build.sizes.get(chunk.file) ?? { raw: 0, gzip: 0 }), 0);
    return {
      name: page.name,
      locale: page.locale,
      gzipBytes: sum((s) => s.gzip),
      rawBytes: sum((s) => s.raw),
      targetBytes: page.targetBytes,
      chunks,
    };
  });
}
