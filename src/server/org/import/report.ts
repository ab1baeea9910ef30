import { type Issue, issueText } from '../../../contracts/issues';

/** What an import did, or would do, row by row. The CLI prints it and the API returns it. */
export interface ImportReport {
  rows: ImportRowReport[];
  created: number;
  updated: number;
  invalid: number;
  /** False when any row is invalid (nothing was written) or on a dry run. */
  applied: boolean;
}

export type ImportRowStatus = 'create' | 'update' | 'invalid';

export interface ImportRowReport {
  /** Line in the file, counting the header as line 1; problems with the header itself report line 1. */
  line: number;
  status: ImportRowStatus;
  /** The row's email as written, to help a reader find the row. */
  email: string;
  errors: FieldError[];
  /** Columns whose values change for an existing person (empty when the row matches what is stored). */
  changes: string[];
}

export interface FieldError extends Issue {
  /** The CSV column to fix, or `file` for problems that are not about one column. */
  field: string;
  /** English, for the CLI and API consumers; the web app translates `code` with `params`. */
  message: string;
}

/** A problem with one column (or the whole `file`), by issue code: `fieldError('status', issue('statusInvalid'))`. */
export function fieldError(field: string, found: Issue, message = issueText(found)): FieldError {
  return { field, message, ...found };
}

export function summarise(rows: ImportRowReport[], applied: boolean): ImportReport {
  return {
    rows,
    created: rows.filter((row) => row.status === 'create').length,
    updated: rows.filter((row) => row.status === 'update').length,
    invalid: rows.filter((row) => row.status === 'invalid').length,
    applied,
  };
}
