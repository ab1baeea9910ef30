import { bandOrderIssue } from '../../../../../contracts/compensation/payData';
import type { BandImportColumn } from '../../../../../contracts/compensation/payImport';
import { issue } from '../../../../../contracts/issues';
import type { ImportContext } from '../../../../org/import/loadContext';
import type { CsvRow } from '../../../../org/import/parseCsv';
import type { FieldError } from '../../../../org/import/report';
import { cellReader } from './cells';

/** A band row as it would be written: the level resolved, every amount exact. */
export interface ImportedBand {
  line: number;
  jobFamily: string;
  levelId: string;
  payZone: string | null;
  currency: string;
  minMinor: number;
  targetMinor: number | null;
  maxMinor: number;
  effectiveFrom: string;
}

/** The CSV column each compared value comes from, for the report's "changes". */
export const bandColumnOf = {
  currency: 'currency',
  minMinor: 'min',
  targetMinor: 'target',
  maxMinor: 'max',
} as const satisfies Partial<Record<keyof ImportedBand, BandImportColumn>>;

/** "Engineering IC2 Berlin": what a reader looks for to find a band row. */
const labelOf = (reader: ReturnType<typeof cellReader<BandImportColumn>>) =>
  [reader.cell('job_family'), reader.cell('level'), reader.cell('pay_zone')].filter(Boolean).join(' ');

/**
 * One row of a bands file, checked on its own: the level is one of the organisation's (by code,
 * without regard to case), the amounts fit the currency exactly and keep min < target ≤ max.
 */
export function readBandRow(
  row: CsvRow<BandImportColumn>,
  context: ImportContext,
): { band: ImportedBand | null; errors: FieldError[]; label: string } {
  const reader = cellReader(row);
  const jobFamily = reader.name('job_family', issue('jobFamilyRequired'));
  const levelCode = reader.cell('level');
  const level = levelCode ? context.levelsByCode.get(levelCode.toLowerCase()) : undefined;
  if (!levelCode) reader.refuse('level', issue('levelCodeRequired'));
  else if (!level) {
    const codes = [...context.levelsByCode.values()].map((known) => known.code);
    reader.refuse(
      'level',
      codes.length > 0
        ? issue('importUnknownLevel', { level: levelCode, levels: codes.join(', ') })
        : issue('importNoLevels', { level: levelCode }),
    );
  }
  const payZone = reader.optionalName('pay_zone');
  const currency = reader.currency('currency');
  const minMinor = reader.amount('min', currency);
  const maxMinor = reader.amount('max', currency);
  const targetMinor = reader.cell('target') ? reader.amount('target', currency) : null;
  const effectiveFrom = reader.date('effective_from');
  if (minMinor !== undefined && maxMinor !== undefined && targetMinor !== undefined) {
    const order = bandOrderIssue({ minMinor, targetMinor, maxMinor });
    if (order) reader.refuse(order.field, issue(order.code));
  }
  const label = labelOf(reader);
  if (
    reader.errors.length > 0 ||
    jobFamily === undefined ||
    level === undefined ||
    payZone === undefined ||
    currency === undefined ||
    minMinor === undefined ||
    maxMinor === undefined ||
    targetMinor === undefined ||
    effectiveFrom === undefined
  )
    return { band: null, errors: reader.errors, label };
  return {
    band: {
      line: row.line,
      jobFamily,
      levelId: level.id,
      payZone,
      currency,
      minMinor,
      targetMinor,
      maxMinor,
      effectiveFrom,
    },
    errors: [],
    label,
  };
}
