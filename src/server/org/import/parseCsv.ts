import { CsvError, parse } from 'csv-parse/sync';
import { type Issue, issue } from '../../../contracts/issues';
import { type ImportColumn, importColumns, normaliseHeader, requiredColumns } from './columns';
import { type FieldError, fieldError } from './report';

export interface CsvRow<Column extends string = ImportColumn> {
  line: number;
  cells: Partial<Record<Column, string>>;
  /** Problems with the row's shape (a wrong number of values), found while parsing. */
  problems: FieldError[];
}

export type ParsedCsv<Column extends string = ImportColumn> =
  | { ok: true; columns: ReadonlySet<Column>; rows: CsvRow<Column>[] }
  | { ok: false; line: number; errors: FieldError[] };

/** What a kind of import file looks like: its columns, the ones it needs, and what an empty one is. */
export interface CsvSpec<Column extends string> {
  columns: readonly Column[];
  required: readonly Column[];
  /** The problem with a file that has a header but no rows. */
  noRows: Issue;
}

const peopleSpec: CsvSpec<ImportColumn> = {
  columns: importColumns,
  required: requiredColumns,
  noRows: issue('importNoPeople'),
};

/** Splits a people import file into rows keyed by column (see `parseCsv`). */
export function parseImportCsv(text: string): ParsedCsv {
  return parseCsv(text, peopleSpec);
}

/**
 * Splits an import file into rows keyed by column, remembering the line each row starts on. The
 * header must name only the spec's columns (case-insensitive, spaces and hyphens as underscores),
 * each once, with every required one; each import (people, pay, bands) gives its own spec.
 */
export function parseCsv<Column extends string>(text: string, spec: CsvSpec<Column>): ParsedCsv<Column> {
  const knownColumns = new Set<string>(spec.columns);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` csv-parse returns { record, info } per row; its typings only know plain records.
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      return {
        ok: false,
        line,
        errors: [fieldError('file', issue('importCsvInvalid', { detail: error.message }))],
      };
    }
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, line: 1, errors: [fieldError('file', issue('importEmptyFile'))] };

  const headerLine = startLine(header);
  const names = header.record.map(normaliseHeader);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (!knownColumns.has(name)) {
      errors.push(
        fieldError(name || '(blank)', issue('importUnknownColumn', { columns: spec.columns.join(', ') })),
      );
    } else if (seen.has(name)) {
      errors.push(fieldError(name, issue('importColumnTwice')));
    }
    seen.add(name);
  }
  for (const required of spec.required) {
    if (!seen.has(required)) errors.push(fieldError(required, issue('importColumnRequired')));
  }
  if (errors.length === 0 && body.length === 0) {
    errors.push(fieldError('file', spec.noRows));
  }
  if (errors.length > 0) return { ok: false, line: headerLine, errors };

  const columns = names as Column[];
  const rows = body.map(({ record, info }): CsvRow<Column> => {
    const cells: Partial<Record<Column, string>> = {};
    columns.forEach((column, index) => {
      cells[column] = record[index] ?? '';
    });
    const problems =
      record.length === columns.length
        ? []
        : [fieldError('file', issue('importRowWidth', { values: record.length, columns: columns.length }))];
    return { line: startLine({ record, info }), cells, problems };
  });
  return { ok: true, columns: new Set(columns), rows };
}

/** csv-parse reports the line a record ends on; a quoted value may span lines, so count back. */
function startLine({ record, info }: { record: string[]; info: { lines: number } }): number {
  const embeddedNewlines = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
  return info.lines - embeddedNewlines;
}
