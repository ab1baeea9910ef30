import { isIsoDate } from '../../../../../contracts/compensation/isoDate';
import type { Parsed } from '../../../../../contracts/compensation/payInputs';
import { checkCurrency, parseAmount } from '../../../../../contracts/compensation/payInputs';
import { type Issue, issue } from '../../../../../contracts/issues';
import type { CsvRow } from '../../../../org/import/parseCsv';
import { type FieldError, fieldError } from '../../../../org/import/report';

/** Longest family, zone and note an import takes: what the pay and band forms take. */
const MAX_NAME = 120;
const MAX_NOTE = 2000;

/**
 * Reads one CSV row's cells with the same parsers as the pay and band forms (`payInputs.ts`),
 * collecting each problem under its column so the report names exactly what to fix. A value that
 * cannot be read is undefined; the row is then invalid and is not written.
 */
export function cellReader<Column extends string>(row: CsvRow<Column>) {
  const errors: FieldError[] = [...row.problems];
  const refuse = (column: Column, found: Issue) => {
    errors.push(fieldError(column, found));
    return undefined;
  };
  const cell = (column: Column) => row.cells[column]?.trim() ?? '';
  const take = <T>(column: Column, parsed: Parsed<T>) =>
    parsed.ok ? parsed.value : refuse(column, parsed.issue);

  return {
    errors,
    cell,
    refuse,
    /** A required text of at most 120 characters. */
    name(column: Column, missing: Issue): string | undefined {
      const value = cell(column);
      if (!value) return refuse(column, missing);
      return value.length > MAX_NAME ? refuse(column, issue('textTooLong')) : value;
    },
    /** An optional text of at most 120 characters; blank is null. */
    optionalName(column: Column): string | null | undefined {
      const value = cell(column);
      if (!value) return null;
      return value.length > MAX_NAME ? refuse(column, issue('textTooLong')) : value;
    },
    note(column: Column): string | undefined {
      const value = cell(column);
      return value.length > MAX_NOTE ? refuse(column, issue('textTooLong')) : value;
    },
    date(column: Column): string | undefined {
      const value = cell(column);
      if (!value) return refuse(column, issue('effectiveFromRequired'));
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return refuse(column, issue('dateFormat'));
      return isIsoDate(value) ? value : refuse(column, issue('dateInvalid'));
    },
    /** An ISO 4217 code, written in any case. */
    currency(column: Column): string | undefined {
      const value = cell(column).toUpperCase();
      if (!value) return refuse(column, issue('chooseCurrency'));
      return take(column, checkCurrency(value));
    },
    /** An amount above zero in the currency's minor units; unread when the currency is unknown. */
    amount(column: Column, currency: string | undefined): number | undefined {
      if (currency === undefined) {
        // The currency's own error says what is wrong; an amount still has to be there.
        return cell(column) ? undefined : refuse(column, issue('amountRequired'));
      }
      return take(column, parseAmount(cell(column), currency));
    },
    take,
  };
}
