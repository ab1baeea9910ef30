import { type ImportReport, type ImportRowReport, importCsvMaxLength } from '../../../contracts/import';
import { isApiError } from '../../api/client';

/** Rows to fix first, then the rest, each group in file order. */
export function rowsForReview(rows: readonly ImportRowReport[]): ImportRowReport[] {
  const invalidFirst = (row: ImportRowReport) => (row.status === 'invalid' ? 0 : 1);
  return [...rows].sort((a, b) => invalidFirst(a) - invalidFirst(b) || a.line - b.line);
}

/** The report a refused import carries (422 `import_invalid`), or null for any other failure. */
export function refusedReport(error: unknown): ImportReport | null {
  return isApiError(error, 'import_invalid') && error.report ? error.report : null;
}

export type CsvReadProblem = 'tooLarge' | 'unreadable';

/** Reads a chosen file as text; a file the API would refuse for its size is refused here already. */
export async function readCsvFile(file: File): Promise<{ csv: string } | { problem: CsvReadProblem }> {
  // Bytes are at least as many as characters, so a file under the limit is never too long as text.
  if (file.size > importCsvMaxLength) return { problem: 'tooLarge' };
  try {
    const csv = await file.text();
    return csv.length > importCsvMaxLength ? { problem: 'tooLarge' } : { csv };
  } catch {
    return { problem: 'unreadable' };
  }
}
