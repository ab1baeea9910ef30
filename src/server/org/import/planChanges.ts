import { issue } from '../../../contracts/issues';
import type { Db } from '../../platform/db/client';
import type { EmploymentStatus } from '../tables';
import type { ErrorBook } from './errorBook';
import {
  type ExistingPerson,
  type ImportContext,
  loadAccountsByEmail,
  loadReportingLines,
  type StoredReportingLine,
} from './loadContext';
import type { ResolvedRow } from './resolveRows';

/** A person's stored fields after the import. The department is named when the file names it. */
export interface PersonValues {
  email: string;
  givenName: string;
  familyName: string;
  employeeId: string | null;
  jobTitle: string;
  department: { name: string } | { id: string | null };
  levelId: string | null;
  location: string;
  timezone: string;
  hireDate: string;
  status: EmploymentStatus;
  managerId: string | null;
}

/** Fields an import may change, by the column that changes them. */
export const changeableFields = {
  email: 'email',
  given_name: 'givenName',
  family_name: 'familyName',
  employee_id: 'employeeId',
  job_title: 'jobTitle',
  department: 'departmentId',
  level: 'levelId',
  location: 'location',
  timezone: 'timezone',
  hire_date: 'hireDate',
  status: 'status',
  manager: 'managerId',
} as const;
export type ChangeableColumn = keyof typeof changeableFields;

export interface PlannedCreate {
  row: ResolvedRow;
  values: PersonValues;
}

export interface PlannedUpdate {
  row: ResolvedRow;
  existing: ExistingPerson;
  values: PersonValues;
  changes: ChangeableColumn[];
}

export interface LineChanges {
  insert: { personId: string; managerId: string | null; validFrom: string; validTo: null }[];
  close: { id: string; validTo: string }[];
  /** Lines that have not started yet by the effective date take the new manager in place. */
  retarget: { id: string; managerId: string | null }[];
  /** A first line follows a corrected hire date. */
  moveStart: { id: string; validFrom: string }[];
}

export interface ImportPlan {
  newDepartments: string[];
  /** Managers first, so a new person's manager row exists before theirs. */
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  lines: LineChanges;
}

/**
 * Works out what each row changes, plus the checks that need more reads: logins holding a new email
 * and reporting histories that a corrected hire date would contradict.
 */
export async function planChanges(
  tx: Db,
  context: ImportContext,
  rows: readonly ResolvedRow[],
  effectiveDate: string,
  errors: ErrorBook,
): Promise<ImportPlan> {
  const newDepartments = new Map<string, string>();
  const departmentOf = (row: ResolvedRow): PersonValues['department'] => {
    const name = row.person.department;
    if (!name) return { id: row.existing?.departmentId ?? null };
    const known = context.departmentsByName.get(name.toLowerCase());
    if (known) return { name: known.name };
    // Two spellings of one new department ("Data", "data") become one department, named as first seen.
    if (!newDepartments.has(name.toLowerCase())) newDepartments.set(name.toLowerCase(), name);
    return { name: newDepartments.get(name.toLowerCase())! };
  };

  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  for (const row of rows) {
    const values = valuesAfter(row, departmentOf(row));
    if (row.existing) {
      updates.push({
        row,
        existing: row.existing,
        values,
        changes: changedColumns(context, row.existing, values),
      });
    } else {
      creates.push({ row, values });
    }
  }

  await flagLoginConflicts(tx, creates, updates, errors);
  const lines = await planReportingLines(tx, creates, updates, effectiveDate, errors);
  return { newDepartments: [...newDepartments.values()], creates: managersFirst(creates), updates, lines };
}

function valuesAfter(row: ResolvedRow, department: PersonValues['department']): PersonValues {
  const { person, existing } = row;
  return {
    email: person.email,
    givenName: person.givenName,
    familyName: person.familyName,
    employeeId: person.employeeId ?? existing?.employeeId ?? null,
    jobTitle: person.jobTitle ?? existing?.jobTitle ?? '',
    department,
    levelId: row.levelId ?? existing?.levelId ?? null,
    location: person.location ?? existing?.location ?? '',
    timezone: person.timezone ?? existing?.timezone ?? 'UTC',
    hireDate: person.hireDate,
    status: person.status ?? existing?.status ?? 'active',
    managerId: row.managerId === undefined ? (existing?.managerId ?? null) : row.managerId,
  };
}

function changedColumns(
  context: ImportContext,
  existing: ExistingPerson,
  values: PersonValues,
): ChangeableColumn[] {
  const departmentChanged =
    'name' in values.department
      ? context.departmentsByName.get(values.department.name.toLowerCase())?.id !== existing.departmentId
      : values.department.id !== existing.departmentId;
  const changed: Record<ChangeableColumn, boolean> = {
    email: values.email !== existing.email,
    given_name: values.givenName !== existing.givenName,
    family_name: values.familyName !== existing.familyName,
    employee_id: values.employeeId !== existing.employeeId,
    job_title: values.jobTitle !== existing.jobTitle,
    department: departmentChanged,
    level: values.levelId !== existing.levelId,
    location: values.location !== existing.location,
    timezone: values.timezone !== existing.timezone,
    hire_date: values.hireDate !== existing.hireDate,
    status: values.status !== existing.status,
    manager: values.managerId !== existing.managerId,
  };
  return (Object.keys(changed) as ChangeableColumn[]).filter((column) => changed[column]);
}

/** Login emails are unique across the install, so a person's new email must not be someone else's login. */
async function flagLoginConflicts(
  tx: Db,
  creates: readonly PlannedCreate[],
  updates: readonly PlannedUpdate[],
  errors: ErrorBook,
) {
  const claims = [
    ...creates.map(({ row, values }) => ({ row, email: values.email })),
    ...updates
      .filter(({ changes }) => changes.includes('email'))
      .map(({ row, values }) => ({ row, email: values.email })),
  ];
  const logins = await loadAccountsByEmail(
    tx,
    claims.map((claim) => claim.email),
  );
  for (const { row, email } of claims) {
    const login = logins.get(email);
    if (login && login.personId !== row.id) {
      errors.add(row.person.line, 'email', issue('emailInUse'));
    }
  }
}

async function planReportingLines(
  tx: Db,
  creates: readonly PlannedCreate[],
  updates: readonly PlannedUpdate[],
  effectiveDate: string,
  errors: ErrorBook,
): Promise<LineChanges> {
  const lines: LineChanges = { insert: [], close: [], retarget: [], moveStart: [] };
  for (const { row, values } of creates) {
    lines.insert.push({
      personId: row.id,
      managerId: values.managerId,
      validFrom: values.hireDate,
      validTo: null,
    });
  }
  const touched = updates.filter(
    ({ changes }) => changes.includes('hire_date') || changes.includes('manager'),
  );
  const histories = await loadReportingLines(
    tx,
    touched.map(({ row }) => row.id),
  );
  for (const update of touched) {
    planHistory(update, histories.get(update.row.id) ?? [], effectiveDate, lines, errors);
  }
  return lines;
}

/**
 * A corrected hire date moves the start of the first reporting line; a new manager closes the open
 * line on the effective date and opens another, or, for a line that has not started by then, simply
 * takes the new manager.
 */
function planHistory(
  { row, values, changes }: PlannedUpdate,
  history: readonly StoredReportingLine[],
  effectiveDate: string,
  lines: LineChanges,
  errors: ErrorBook,
) {
  const [first, second] = history;
  if (!first) {
    // The person has no history at all (it predates reporting lines); start one at the hire date.
    lines.insert.push({
      personId: row.id,
      managerId: values.managerId,
      validFrom: values.hireDate,
      validTo: null,
    });
    return;
  }
  const starts = new Map(history.map((line) => [line.id, line.validFrom]));
  if (changes.includes('hire_date')) {
    if (second && second.validFrom <= values.hireDate) {
      errors.add(
        row.person.line,
        'hire_date',
        issue('importHireAfterManagerChange', { date: second.validFrom }),
      );
      return;
    }
    lines.moveStart.push({ id: first.id, validFrom: values.hireDate });
    starts.set(first.id, values.hireDate);
  }
  if (!changes.includes('manager')) return;
  const open = history.findLast((line) => line.validTo === null);
  if (!open) {
    lines.insert.push({
      personId: row.id,
      managerId: values.managerId,
      validFrom: effectiveDate,
      validTo: null,
    });
  } else if (starts.get(open.id)! >= effectiveDate) {
    lines.retarget.push({ id: open.id, managerId: values.managerId });
  } else {
    lines.close.push({ id: open.id, validTo: effectiveDate });
    lines.insert.push({
      personId: row.id,
      managerId: values.managerId,
      validFrom: effectiveDate,
      validTo: null,
    });
  }
}

/** Orders new people so that anyone managed by another new person comes after them. */
function managersFirst(creates: readonly PlannedCreate[]): PlannedCreate[] {
  const byId = new Map(creates.map((create) => [create.row.id, create]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, guard: number): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const managerId = byId.get(id)?.values.managerId;
    // The guard only matters for files with a loop, which are rejected before anything is written.
    const value =
      managerId && byId.has(managerId) && guard < byId.size ? depthOf(managerId, guard + 1) + 1 : 0;
    depth.set(id, value);
    return value;
  };
  return [...creates].sort((a, b) => depthOf(a.row.id, 0) - depthOf(b.row.id, 0));
}
