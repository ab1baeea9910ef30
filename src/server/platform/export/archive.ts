import { strToU8, type Zippable, zipSync } from 'fflate';
import { appVersion } from '../appRoot';
import type { DataClass } from '../dataClasses/registry';
import { renderExportReport } from './report';
import type { ExportContext, ExportFile, PersonalDataExporter } from './types';

export interface ExportManifest {
  format: 'trellis-personal-data-export';
  formatVersion: 1;
  subject: { id: string; displayName: string };
  generatedAt: string;
  appVersion: string;
  /** `self`: the person's own download; `hr`: HR's export on a written request. */
  audience: 'self' | 'hr';
  request: { reference: string; requestedBy: string } | null;
  files: { name: string; title: string; dataClass: DataClass; records: number }[];
  forHrReview: { name: string; title: string; dataClass: DataClass; records: number }[];
  withheld: { name: string; title: string; dataClass: DataClass; records: number; why: string }[];
}

export interface CollectedExport {
  visible: ExportFile[];
  forHrReview: ExportFile[];
  withheld: ExportManifest['withheld'];
}

/**
 * Runs every domain's exporter. Files of a `withhold` class are left out (counted in the manifest
 * with the reason), so a class that no admin role may read never reaches HR's archive.
 */
export async function collectPersonalData(
  exporters: readonly PersonalDataExporter[],
  context: ExportContext,
  withhold: Partial<Record<DataClass, string>> = {},
): Promise<CollectedExport> {
  const collected: CollectedExport = { visible: [], forHrReview: [], withheld: [] };
  // One after another: each exporter runs a handful of queries, and the export is one person's.
  for (const exporter of exporters) {
    const part = await exporter.collect(context);
    for (const file of part.visible) {
      const why = withhold[file.dataClass];
      if (why === undefined) collected.visible.push(file);
      else collected.withheld.push({ ...fileEntry(file), why });
    }
    if (context.reviewer)
      for (const file of part.forHrReview ?? [])
        if (withhold[file.dataClass] === undefined) collected.forHrReview.push(file);
  }
  return collected;
}

const fileEntry = (file: ExportFile) => ({
  name: file.name,
  title: file.title,
  dataClass: file.dataClass,
  records: file.records.length,
});

/**
 * The ZIP: `manifest.json`, one JSON file per record kind, `report.html`, and HR's `for-hr-review/`
 * folder. Entries are stored, not deflated: one person's records are small, and stored entries stay
 * readable to the authorization matrix's body scan, which looks for planted canaries in every 2xx
 * body — an export is held to the same "no class it may not carry" rule as any JSON response.
 */
export function buildExportArchive(input: {
  subject: { id: string; displayName: string };
  audience: ExportManifest['audience'];
  request: ExportManifest['request'];
  collected: CollectedExport;
  now?: Date;
}): { archive: Uint8Array; manifest: ExportManifest } {
  const { collected } = input;
  const manifest: ExportManifest = {
    format: 'trellis-personal-data-export',
    formatVersion: 1,
    subject: input.subject,
    generatedAt: (input.now ?? new Date()).toISOString(),
    appVersion: appVersion(),
    audience: input.audience,
    request: input.request,
    files: collected.visible.map(fileEntry),
    forHrReview: collected.forHrReview.map((file) => ({
      ...fileEntry(file),
      name: `for-hr-review/${file.name}`,
    })),
    withheld: collected.withheld,
  };
  const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  const entries: Zippable = { 'manifest.json': json(manifest) };
  for (const file of collected.visible) entries[file.name] = json(file.records);
  if (collected.forHrReview.length) {
    const folder: Zippable = {};
    for (const file of collected.forHrReview) folder[file.name] = json(file.records);
    entries['for-hr-review'] = folder;
  }
  entries['report.html'] = strToU8(renderExportReport(manifest, collected));
  return { archive: zipSync(entries, { level: 0, mtime: input.now ?? new Date() }), manifest };
}
