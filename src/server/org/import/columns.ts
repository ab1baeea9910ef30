// The column list lives in the contracts so the web app can explain the file format from the same source.
export { type ImportColumn, importColumns, requiredColumns } from '../../../contracts/import';

/** Headers match case-insensitively; spaces and hyphens count as underscores. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
