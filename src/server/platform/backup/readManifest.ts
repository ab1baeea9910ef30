import { type ArchiveIndex, readArchiveEntry } from './archive';
import { BackupError } from './errors';
import { BACKUP_FORMAT_VERSION, type BackupManifest, backupManifest, MANIFEST_ENTRY } from './manifest';

/** The backup's manifest, checked for shape and for a format this version can read. */
export async function readManifest(file: string, index: ArchiveIndex): Promise<BackupManifest> {
  const entry = index.get(MANIFEST_ENTRY);
  if (!entry)
    throw new BackupError('backup_unreadable', `${file} is not a Trellis backup (no ${MANIFEST_ENTRY}).`);
  const chunks: Buffer[] = [];
  for await (const chunk of readArchiveEntry(file, entry)) chunks.push(chunk);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BackupError('backup_unreadable', `The manifest of ${file} is not valid JSON.`);
  }
  const format = (parsed as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof format === 'number' && format > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'backup_newer_schema',
      `This backup has format ${format}, made by a newer Trellis; this version reads format ${BACKUP_FORMAT_VERSION}.`,
    );
  }
  const manifest = backupManifest.safeParse(parsed);
  if (!manifest.success) {
    throw new BackupError('backup_unreadable', `The manifest of ${file} is not one Trellis wrote.`);
  }
  return manifest.data;
}
