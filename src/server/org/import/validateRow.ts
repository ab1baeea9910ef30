import type { z } from 'zod';
import { isoDate } from '../../../contracts/common';
import { describeZodIssue, type Issue, issue, zodIssueText } from '../../../contracts/issues';
import { createPersonRequest, departmentRequest, levelRequest } from '../../../contracts/org';
import type { ImportColumn } from './columns';
import type { CsvRow } from './parseCsv';
import { type FieldError, fieldError } from './report';

export interface ManagerReference {
  column: 'manager_email' | 'manager_employee_id';
  value: string;
}

/**
 * One row after its cells passed the same rules as the "add person" form. Optional columns that are
 * missing or blank are undefined: a new person gets the default, an existing person keeps the value.
 */
export interface ImportedPerson {
  line: number;
  /** Blank when the cell is missing or not an email address (the row is then invalid). */
  email: string;
  givenName: string;
  familyName: string;
  employeeId: string | undefined;
  jobTitle: string | undefined;
  department: string | undefined;
  levelCode: string | undefined;
  location: string | undefined;
  timezone: string | undefined;
  /** Blank when missing or not a date (the row is then invalid). */
  hireDate: string;
  status: 'active' | 'on_leave' | 'terminated' | undefined;
  /** Blank when no manager is named: top of the organisation for a new person, unchanged otherwise. */
  managerReferences: ManagerReference[];
}

/**
 * The row as far as it could be read, and what is wrong with it. A row with errors still takes part
 * in the checks across rows (its manager reference, its duplicates) so one pass reports everything;
 * its unreadable values are blank.
 */
export interface RowCheck {
  person: ImportedPerson;
  errors: FieldError[];
}

// The API's own field rules, so a value the "add person" form refuses is refused here too.
const fields = createPersonRequest.shape;

export function validateRow(row: CsvRow): RowCheck {
  const errors: FieldError[] = [...row.problems];
  const cell = (column: ImportColumn) => row.cells[column]?.trim() ?? '';
  const optional = (column: ImportColumn) => cell(column) || undefined;

  const check = <T>(column: ImportColumn, schema: z.ZodType<T>, value: string): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const [first] = result.error.issues;
    errors.push(
      first
        ? fieldError(column, describeZodIssue(first), zodIssueText(first))
        : fieldError(column, issue('valueInvalid')),
    );
    return undefined;
  };
  const required = <T>(column: ImportColumn, schema: z.ZodType<T>, missing: Issue): T | undefined => {
    if (!cell(column)) {
      errors.push(fieldError(column, missing));
      return undefined;
    }
    return check(column, schema, cell(column));
  };
  const ifPresent = <T>(column: ImportColumn, schema: z.ZodType<T>): T | undefined =>
    cell(column) ? check(column, schema, cell(column)) : undefined;

  const email = required('email', fields.email, issue('enterEmail'));
  const givenName = required('given_name', fields.givenName, issue('givenNameRequired'));
  const familyName = required('family_name', fields.familyName, issue('familyNameRequired'));
  const hireDate = required('hire_date', isoDate, issue('hireDateRequired'));
  if (hireDate && !isCalendarDate(hireDate)) errors.push(fieldError('hire_date', issue('dateInvalid')));
  const employeeId = ifPresent('employee_id', fields.employeeId)?.trim() || undefined;
  const jobTitle = ifPresent('job_title', fields.jobTitle);
  const department = ifPresent('department', departmentRequest.shape.name);
  const levelCode = ifPresent('level', levelRequest.shape.code);
  const location = ifPresent('location', fields.location);
  const timezone = ifPresent('timezone', fields.timezone);
  if (timezone && !isTimeZone(timezone)) {
    errors.push(fieldError('timezone', issue('timezoneInvalid')));
  }
  const status = parseStatus(optional('status'), errors);

  const managerReferences: ManagerReference[] = [];
  const managerEmail = ifPresent('manager_email', fields.email);
  if (managerEmail) managerReferences.push({ column: 'manager_email', value: managerEmail });
  const managerEmployeeId = ifPresent('manager_employee_id', fields.employeeId)?.trim();
  if (managerEmployeeId) managerReferences.push({ column: 'manager_employee_id', value: managerEmployeeId });

  return {
    person: {
      line: row.line,
      email: email ?? '',
      givenName: givenName ?? '',
      familyName: familyName ?? '',
      employeeId,
      jobTitle,
      department,
      levelCode,
      location,
      timezone,
      hireDate: hireDate && isCalendarDate(hireDate) ? hireDate : '',
      status,
      managerReferences,
    },
    errors,
  };
}

/** Accepts "active", "on leave", "On-Leave", …; "terminated" is only accepted for someone who already left. */
function parseStatus(value: string | undefined, errors: FieldError[]): ImportedPerson['status'] {
  if (value === undefined) return undefined;
  const normalised = value.toLowerCase().replace(/[\s-]+/g, '_');
  if (normalised === 'active' || normalised === 'on_leave' || normalised === 'terminated') return normalised;
  errors.push(fieldError('status', issue('statusInvalid')));
  return undefined;
}

/** The format check lets 2026-02-30 through; a round trip through Date does not. */
export function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

const knownTimeZones = new Set<string>();
export function isTimeZone(value: string): boolean {
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    knownTimeZones.add(value);
    return true;
  } catch {
    return false;
  }
}
