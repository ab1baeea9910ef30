/** The columns an import file may have. Headers match case-insensitively; spaces count as underscores. */
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

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
