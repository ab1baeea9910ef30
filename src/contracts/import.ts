import { z } from 'zod';
import { issueMessage } from './issues';

/** The columns an import file may have, in the order a template lists them. */
export const importColumns = [
  'employee_id',
  'email',
  'given_name',
  'family_name',
  'job_title',
  'department',
  'level',
  'location',
  'timezone',
  'hire_date',
  'manager_email',
  'manager_employee_id',
  'status',
] as const;
export type ImportColumn = (typeof importColumns)[number];

export const requiredColumns: readonly ImportColumn[] = ['email', 'given_name', 'family_name', 'hire_date'];

/** Largest CSV text accepted by `POST /api/people/import` (characters): tens of thousands of rows. */
export const importCsvMaxLength = 5 * 1024 * 1024;

export const importPeopleRequest = z.object({
  csv: z
    .string()
    .min(1, issueMessage('csvFileRequired'))
    .max(importCsvMaxLength, issueMessage('csvTooLarge')),
  /** Check every row and report what would happen, writing nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportPeopleRequest = z.input<typeof importPeopleRequest>;

export const importFieldError = z.object({
  /** The CSV column to fix, or `file` for problems that are not about one column. */
  field: z.string(),
  /** English, for API consumers; clients translate `code` (see issues.ts) with `params`. */
  message: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const importRowStatus = z.enum(['create', 'update', 'invalid']);
export type ImportRowStatus = z.infer<typeof importRowStatus>;

export const importRowReport = z.object({
  /** Line in the file, the header being line 1. */
  line: z.number().int(),
  status: importRowStatus,
  /**
   * The row's email as written ('' when missing). Imports whose rows are not about one person say
   * what the row is instead (a salary band's family, level and zone).
   */
  email: z.string(),
  errors: z.array(importFieldError),
  /** Columns that change for an existing person. */
  changes: z.array(z.string()),
});
export type ImportRowReport = z.infer<typeof importRowReport>;

/** What an import did, or would do on a dry run, row by row. */
export const importReport = z.object({
  rows: z.array(importRowReport),
  created: z.number().int(),
  updated: z.number().int(),
  invalid: z.number().int(),
  /** True only when the rows were written: false on a dry run and whenever a row is invalid. */
  applied: z.boolean(),
});
export type ImportReport = z.infer<typeof importReport>;
