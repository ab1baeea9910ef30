import { importPeopleRequest } from '../import';

/**
 * The CSV files HR imports pay data with (issue 12 item 1), checked and applied like the people
 * import: every row first, nothing written unless every row is valid, a report by line and column.
 * Money is a decimal in major units of the row's currency ("85000.50"), parsed exactly; FTE a share
 * of full time ("0.8"); the variable target a percent of base ("12.5").
 */

/** Current pay: one row per person and date. The person by `email` or `employee_id` (or both). */
export const payImportColumns = [
  'email',
  'employee_id',
  'effective_from',
  'base',
  'currency',
  'frequency',
  'fte',
  'variable_target_percent',
  'job_family',
  'pay_zone',
  'note',
] as const;
export type PayImportColumn = (typeof payImportColumns)[number];
export const payImportRequired: readonly PayImportColumn[] = [
  'effective_from',
  'base',
  'currency',
  'frequency',
  'job_family',
];

/** Salary bands: one row per job family × level (code) × zone and date; `target` blank = midpoint. */
export const bandImportColumns = [
  'job_family',
  'level',
  'pay_zone',
  'currency',
  'min',
  'target',
  'max',
  'effective_from',
] as const;
export type BandImportColumn = (typeof bandImportColumns)[number];
export const bandImportRequired: readonly BandImportColumn[] = [
  'job_family',
  'level',
  'currency',
  'min',
  'max',
  'effective_from',
];

/** The same body as the people import: the CSV text and whether to check it only. */
export const csvImportRequest = importPeopleRequest;
