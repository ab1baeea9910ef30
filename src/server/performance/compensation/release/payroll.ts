import { minorToDecimal, minorUnitExponent } from '../../../../contracts/compensation';
import { issue } from '../../../../contracts/issues';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors/appError';
import {
  type ExportColumn,
  exportFileName,
  sheetNameOf,
  tableCsv,
  tableXlsx,
} from '../../../platform/export/table';
import type { CycleRow } from '../cycles/queries';
import { outcomesOfCycle, type ParticipantOutcome } from './outcome';

/** The states a payroll export is available in: decided, released or archived after release. */
const payrollStates = new Set(['approved', 'released', 'archived']);

/** Whether the cycle's payroll can be exported now: decided and real (a sandbox never pays). */
export const payrollAvailable = (cycle: Pick<CycleRow, 'state' | 'sandbox'>) =>
  !cycle.sandbox && payrollStates.has(cycle.state);

/** Refuses an export the cycle's state does not allow (409 `invalid_state` with the reason). */
export function assertPayrollAvailable(cycle: Pick<CycleRow, 'state' | 'sandbox'>) {
  if (cycle.sandbox) throw new AppError('invalid_state', issue('compCycleSandboxNeverReleases'));
  if (!payrollStates.has(cycle.state)) throw new AppError('invalid_state', issue('compCyclePayrollNotReady'));
}

/** One payroll line: the participants whose base changes or who get a bonus. */
export interface PayrollLine {
  employeeNumber: string;
  familyName: string;
  givenName: string;
  department: string;
  currency: string;
  frequency: string;
  /** Amounts in major units as exact decimal strings ("1234.50"), by the currency's minor digits. */
  oldBase: string;
  newBase: string;
  change: string;
  increasePercent: string;
  bonus: string;
  market: string;
  promotionLevel: string;
  effectiveDate: string;
}

/** The number format showing the currency's minor digits: "0.00" for EUR, "0" for JPY, "0.000" for BHD. */
function numberFormat(currency: string) {
  const digits = minorUnitExponent(currency);
  return digits === 0 ? '0' : `0.${'0'.repeat(digits)}`;
}

/** The export's columns, in order. Headers in English, as payroll systems expect. */
export const payrollColumns: readonly ExportColumn<PayrollLine>[] = [
  { key: 'employeeNumber', header: 'Employee number' },
  { key: 'familyName', header: 'Family name' },
  { key: 'givenName', header: 'Given name' },
  { key: 'department', header: 'Department' },
  { key: 'currency', header: 'Currency' },
  { key: 'frequency', header: 'Pay frequency' },
  { key: 'oldBase', header: 'Old base', numeric: true, numFmt: (line) => numberFormat(line.currency) },
  { key: 'newBase', header: 'New base', numeric: true, numFmt: (line) => numberFormat(line.currency) },
  { key: 'change', header: 'Change', numeric: true, numFmt: (line) => numberFormat(line.currency) },
  { key: 'increasePercent', header: 'Increase %', numeric: true, numFmt: '0.00' },
  { key: 'bonus', header: 'Bonus', numeric: true, numFmt: (line) => numberFormat(line.currency) },
  {
    key: 'market',
    header: 'Market adjustment',
    numeric: true,
    numFmt: (line) => numberFormat(line.currency),
  },
  { key: 'promotionLevel', header: 'Promotion level' },
  { key: 'effectiveDate', header: 'Effective date' },
];

/** A payroll line of an outcome (pure). */
export function payrollLineOf(outcome: ParticipantOutcome): PayrollLine {
  const money = (minor: number) => minorToDecimal(minor, outcome.currency);
  return {
    employeeNumber: outcome.employeeId ?? '',
    familyName: outcome.familyName,
    givenName: outcome.givenName,
    department: outcome.departmentName ?? '',
    currency: outcome.currency,
    frequency: outcome.payFrequency ?? '',
    oldBase: money(outcome.oldBaseMinor),
    newBase: money(outcome.newBaseMinor),
    change: money(outcome.changeMinor),
    increasePercent: outcome.increasePercent,
    bonus: money(outcome.bonusMinor),
    market: money(outcome.marketMinor),
    promotionLevel: outcome.promotion ? outcome.promotion.levelName : '',
    effectiveDate: outcome.effectiveDate,
  };
}

const PAGE = 2000;
const MAX_ROWS = 10_000;

/**
 * Every participant of the cycle with a change — a new base or a bonus — by family and given name,
 * with their person ids (for the access log). Reads in pages of 2,000, at most 10,000 lines.
 */
export async function payrollLines(
  db: Db,
  cycle: Pick<CycleRow, 'id' | 'organizationId'>,
): Promise<{ lines: PayrollLine[]; personIds: string[] }> {
  const lines: PayrollLine[] = [];
  const personIds: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof outcomesOfCycle>> = await outcomesOfCycle(db, {
      cycleId: cycle.id,
      organizationId: cycle.organizationId,
      limit: PAGE,
      cursor,
    });
    for (const outcome of page.items) {
      if (!outcome.baseChanged && outcome.bonusMinor === 0) continue;
      lines.push(payrollLineOf(outcome));
      personIds.push(outcome.personId);
    }
    cursor = page.nextCursor;
  } while (cursor && lines.length < MAX_ROWS);
  return { lines: lines.slice(0, MAX_ROWS), personIds: personIds.slice(0, MAX_ROWS) };
}

/** RFC 4180 CSV, CRLF lines, UTF-8 with a byte-order mark (the shared export writer). */
export const payrollCsv = (lines: readonly PayrollLine[]) => tableCsv(payrollColumns, lines);

/**
 * The same lines as an XLSX workbook: amounts and the increase as numbers (a decimal string of at
 * most a few digits after the point converts exactly enough for a spreadsheet, and the cell shows
 * the currency's digits), the rest as text; the header row frozen.
 */
export const payrollXlsx = (lines: readonly PayrollLine[], sheetName: string) =>
  tableXlsx(payrollColumns, lines, sheetNameOf(sheetName, 'Payroll'));

/** A file name from the cycle's name: letters, digits and dashes. */
export const payrollFileName = (cycleName: string, extension: 'csv' | 'xlsx') =>
  exportFileName('payroll', cycleName, extension, 'cycle');
