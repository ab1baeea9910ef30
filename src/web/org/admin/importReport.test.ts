import { describe, expect, it } from 'vitest';
import type { ImportRowReport } from '../../../contracts/import';
import { ApiError } from '../../api/client';
import { readCsvFile, refusedReport, rowsForReview } from './importReport';

const row = (line: number, status: ImportRowReport['status']): ImportRowReport => ({
  line,
  status,
  email: `p${line}@example.test`,
  errors:
    status === 'invalid' ? [{ field: 'email', message: 'Enter an email address.', code: 'enterEmail' }] : [],
  changes: [],
});

describe('import report helpers', () => {
  it('lists invalid rows first, each group by line', () => {
    const sorted = rowsForReview([row(2, 'create'), row(5, 'invalid'), row(3, 'update'), row(4, 'invalid')]);
    expect(sorted.map((r) => [r.line, r.status])).toEqual([
      [4, 'invalid'],
      [5, 'invalid'],
      [2, 'create'],
      [3, 'update'],
    ]);
  });

  it('takes the report only from an import_invalid error', () => {
    const report = { rows: [row(2, 'invalid')], created: 0, updated: 0, invalid: 1, applied: false };
    const refused = new ApiError({ status: 422, code: 'import_invalid', message: 'x', report });
    expect(refusedReport(refused)).toBe(report);
    expect(refusedReport(new ApiError({ status: 403, code: 'forbidden', message: 'x' }))).toBeNull();
    expect(refusedReport(new Error('boom'))).toBeNull();
  });

  it('reads a small file as text and refuses one over the limit without reading it', async () => {
    expect(await readCsvFile(new File(['email\na@b.test\n'], 'people.csv'))).toEqual({
      csv: 'email\na@b.test\n',
    });
    const huge = { size: 6 * 1024 * 1024, text: () => Promise.reject(new Error('not read')) } as File;
    expect(await readCsvFile(huge)).toEqual({ problem: 'tooLarge' });
  });
});
