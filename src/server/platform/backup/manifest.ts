import { z } from 'zod';

/** Bumped when the archive's layout changes; a restore refuses formats it does not know. */
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const tableEntry = (table: string) => `tables/${table}.jsonl`;

export const backupManifest = z.object({
  format: z.literal('trellis-backup'),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  createdAt: z.string(),
  source: z.object({ kind: z.enum(['pglite', 'postgresql']), serverVersion: z.string() }),
  /** The last migration applied to the source: a restore builds the schema up to it, then loads. */
  lastMigration: z.string(),
  organizations: z.number().int().nonnegative(),
  tables: z.array(
    z.object({
      name: z.string(),
      columns: z.array(z.string()),
      rows: z.number().int().nonnegative(),
      /** sha256 (hex) of the table's entry as stored: one JSON object per line, each ending in "\n". */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type BackupManifest = z.infer<typeof backupManifest>;
export type BackupTable = BackupManifest['tables'][number];
