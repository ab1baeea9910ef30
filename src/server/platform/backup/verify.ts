import { openDatabase } from '../db/client';
import { type RestoreSummary, restoreBackup } from './restore';

export interface VerifyBackupOptions {
  file: string;
}

/**
 * Proves a backup can be restored: restores it into a throwaway in-memory database (the
 * embedded PGlite, whatever database the backup came from) with every check a real restore makes,
 * then discards it.
 */
export async function verifyBackup(options: VerifyBackupOptions): Promise<RestoreSummary> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    return await restoreBackup({ database, file: options.file });
  } finally {
    await database.close();
  }
}
