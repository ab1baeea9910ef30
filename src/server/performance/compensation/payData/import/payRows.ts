import { type PayFrequency, payFrequencies } from '../../../../../contracts/compensation/payData';
import type { PayImportColumn } from '../../../../../contracts/compensation/payImport';
import { parseFte, parsePercentBps } from '../../../../../contracts/compensation/payInputs';
import { issue } from '../../../../../contracts/issues';
import type { ImportContext } from '../../../../org/import/loadContext';
import type { CsvRow } from '../../../../org/import/parseCsv';
import type { FieldError } from '../../../../org/import/report';
import { FULL_TIME_PERMILLE } from '../tables';
import { cellReader } from './cells';

/** A pay row as it would be written: the person resolved, every figure exact. */
export interface ImportedPay {
  line: number;
  personId: string;
  effectiveFrom: string;
  baseMinor: number;
  currency: string;
  frequency: PayFrequency;
  ftePermille: number;
  variableTargetBps: number | null;
  jobFamily: string;
  payZone: string | null;
  note: string;
}

/** The CSV column each compared value comes from, for the report's "changes". */
export const payColumnOf = {
  baseMinor: 'base',
  currency: 'currency',
  frequency: 'frequency',
  ftePermille: 'fte',
  variableTargetBps: 'variable_target_percent',
  jobFamily: 'job_family',
  payZone: 'pay_zone',
  note: 'note',
} as const satisfies Partial<Record<keyof ImportedPay, PayImportColumn>>;

const isFrequency = (value: string): value is PayFrequency =>
  (payFrequencies as readonly string[]).includes(value);

/** The person a row names by email and/or employee id, or the problem with the reference. */
function resolvePerson(
  context: ImportContext,
  reader: ReturnType<typeof cellReader<PayImportColumn>>,
): string | undefined {
  const email = reader.cell('email');
  const employeeId = reader.cell('employee_id');
  if (!email && !employeeId) return reader.refuse('email', issue('importPersonRequired'));
  const byEmail = email ? context.peopleByEmail.get(email.toLowerCase()) : undefined;
  const byId = employeeId ? context.peopleByEmployeeId.get(employeeId) : undefined;
  if (email && !byEmail) reader.refuse('email', issue('importPersonEmailUnknown'));
  if (employeeId && !byId) reader.refuse('employee_id', issue('importPersonIdUnknown'));
  if ((email && !byEmail) || (employeeId && !byId)) return undefined;
  if (byEmail && byId && byEmail.id !== byId.id)
    return reader.refuse('employee_id', issue('importPersonMismatch'));
  return (byEmail ?? byId)!.id;
}

/**
 * One row of a pay file, checked on its own: the person exists in the organisation, the date is a
 * date, the amounts fit the currency exactly, FTE and percent are in range. `pay` is null when any
 * cell is wrong; every problem is in `errors`.
 */
export function readPayRow(
  row: CsvRow<PayImportColumn>,
  context: ImportContext,
): { pay: ImportedPay | null; errors: FieldError[]; label: string } {
  const reader = cellReader(row);
  const personId = resolvePerson(context, reader);
  const effectiveFrom = reader.date('effective_from');
  const currency = reader.currency('currency');
  const baseMinor = reader.amount('base', currency);
  const frequencyText = reader.cell('frequency').toLowerCase();
  const frequency = isFrequency(frequencyText)
    ? frequencyText
    : reader.refuse('frequency', issue('frequencyInvalid'));
  const fteText = reader.cell('fte');
  const ftePermille = fteText ? reader.take('fte', parseFte(fteText)) : FULL_TIME_PERMILLE;
  const percentText = reader.cell('variable_target_percent');
  const variableTargetBps = percentText
    ? reader.take('variable_target_percent', parsePercentBps(percentText))
    : null;
  const jobFamily = reader.name('job_family', issue('jobFamilyRequired'));
  const payZone = reader.optionalName('pay_zone');
  const note = reader.note('note');
  const label = reader.cell('email') || reader.cell('employee_id');
  if (
    reader.errors.length > 0 ||
    personId === undefined ||
    effectiveFrom === undefined ||
    currency === undefined ||
    baseMinor === undefined ||
    frequency === undefined ||
    ftePermille === undefined ||
    variableTargetBps === undefined ||
    jobFamily === undefined ||
    payZone === undefined ||
    note === undefined
  )
    return { pay: null, errors: reader.errors, label };
  return {
    pay: {
      line: row.line,
      personId,
      effectiveFrom,
      baseMinor,
      currency,
      frequency,
      ftePermille,
      variableTargetBps,
      jobFamily,
      payZone,
      note,
    },
    errors: [],
    label,
  };
}
