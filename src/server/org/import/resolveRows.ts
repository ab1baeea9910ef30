import { randomUUID } from 'node:crypto';
import { issue } from '../../../contracts/issues';
import type { ErrorBook } from './errorBook';
import type { ExistingPerson, ImportContext } from './loadContext';
import type { ImportedPerson, ManagerReference } from './validateRow';

/** A row tied to the person it describes and with its references turned into ids. */
export interface ResolvedRow {
  person: ImportedPerson;
  /** The existing person's id, or a fresh id for a new person (known now so others can report to them). */
  id: string;
  existing: ExistingPerson | null;
  /** Undefined when the row names no manager: none for a new person, unchanged for an existing one. */
  managerId: string | null | undefined;
  levelId: string | undefined;
}

const displayName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`;

/**
 * Cross-row checks that need the organisation: duplicates within the file, which existing person a
 * row updates (employee id first, then email), level codes, manager references (to the file or the
 * organisation) and reporting loops. Problems go into `errors`; nothing is written.
 */
export function resolveRows(
  context: ImportContext,
  persons: readonly ImportedPerson[],
  errors: ErrorBook,
): ResolvedRow[] {
  flagDuplicates(persons, errors);
  const rows = persons.map((person) => matchExisting(context, person, errors));
  flagSamePersonTwice(rows, errors);

  const fileIdByEmail = new Map<string, string>();
  const fileIdByEmployeeId = new Map<string, string>();
  for (const row of rows) {
    if (row.person.email && !fileIdByEmail.has(row.person.email)) fileIdByEmail.set(row.person.email, row.id);
    if (row.person.employeeId && !fileIdByEmployeeId.has(row.person.employeeId)) {
      fileIdByEmployeeId.set(row.person.employeeId, row.id);
    }
  }
  const lookUp = (reference: ManagerReference) =>
    reference.column === 'manager_email'
      ? (fileIdByEmail.get(reference.value) ?? context.peopleByEmail.get(reference.value)?.id)
      : (fileIdByEmployeeId.get(reference.value) ?? context.peopleByEmployeeId.get(reference.value)?.id);

  for (const row of rows) {
    row.levelId = resolveLevel(context, row.person, errors);
    checkStatus(row, errors);
    row.managerId = resolveManager(context, row, lookUp, errors);
  }
  flagReportingLoops(context, rows, errors);
  return rows;
}

function flagDuplicates(persons: readonly ImportedPerson[], errors: ErrorBook) {
  const firstByEmail = new Map<string, number>();
  const firstByEmployeeId = new Map<string, number>();
  for (const person of persons) {
    const emailLine = firstByEmail.get(person.email);
    if (emailLine !== undefined)
      errors.add(person.line, 'email', issue('importSameEmail', { line: emailLine }));
    else if (person.email) firstByEmail.set(person.email, person.line);
    if (!person.employeeId) continue;
    const idLine = firstByEmployeeId.get(person.employeeId);
    if (idLine !== undefined)
      errors.add(person.line, 'employee_id', issue('importSameEmployeeId', { line: idLine }));
    else firstByEmployeeId.set(person.employeeId, person.line);
  }
}

function matchExisting(context: ImportContext, person: ImportedPerson, errors: ErrorBook): ResolvedRow {
  const byEmployeeId = person.employeeId ? context.peopleByEmployeeId.get(person.employeeId) : undefined;
  const byEmail = context.peopleByEmail.get(person.email);
  const row = (existing: ExistingPerson | null): ResolvedRow => ({
    person,
    id: existing?.id ?? randomUUID(),
    existing,
    managerId: undefined,
    levelId: undefined,
  });
  if (byEmployeeId) {
    if (byEmail && byEmail.id !== byEmployeeId.id) {
      errors.add(
        person.line,
        'email',
        issue('importEmailOfOtherEmployee', {
          name: displayName(byEmail),
          employeeId: person.employeeId ?? '',
          otherName: displayName(byEmployeeId),
        }),
      );
    }
    return row(byEmployeeId);
  }
  if (byEmail) {
    if (person.employeeId && byEmail.employeeId) {
      errors.add(
        person.line,
        'employee_id',
        issue('importEmailHasOtherId', { name: displayName(byEmail), employeeId: byEmail.employeeId }),
      );
    }
    return row(byEmail);
  }
  return row(null);
}

function flagSamePersonTwice(rows: readonly ResolvedRow[], errors: ErrorBook) {
  const lineById = new Map<string, number>();
  for (const row of rows) {
    const earlier = lineById.get(row.id);
    if (earlier !== undefined) {
      errors.add(row.person.line, 'email', issue('importSamePerson', { line: earlier }));
    } else {
      lineById.set(row.id, row.person.line);
    }
  }
}

function resolveLevel(context: ImportContext, person: ImportedPerson, errors: ErrorBook): string | undefined {
  if (!person.levelCode) return undefined;
  const level = context.levelsByCode.get(person.levelCode.toLowerCase());
  if (level) return level.id;
  const known = [...context.levelsByCode.values()].map((l) => l.code);
  errors.add(
    person.line,
    'level',
    known.length > 0
      ? issue('importUnknownLevel', { level: person.levelCode ?? '', levels: known.join(', ') })
      : issue('importNoLevels', { level: person.levelCode ?? '' }),
  );
  return undefined;
}

/** Import adds and edits people; leaving and coming back need a date and a decision, made on the profile. */
function checkStatus({ person, existing }: ResolvedRow, errors: ErrorBook) {
  const hasLeft = existing?.status === 'terminated';
  if (person.status === 'terminated' && !hasLeft) {
    errors.add(person.line, 'status', issue('importLeaver'));
  } else if (hasLeft && person.status && person.status !== 'terminated') {
    errors.add(
      person.line,
      'status',
      existing.terminatedOn
        ? issue('importNoComeback', { name: displayName(existing), date: existing.terminatedOn })
        : issue('importNoComebackUndated', { name: displayName(existing) }),
    );
  }
}

function resolveManager(
  context: ImportContext,
  row: ResolvedRow,
  lookUp: (reference: ManagerReference) => string | undefined,
  errors: ErrorBook,
): string | null | undefined {
  const { person } = row;
  if (person.managerReferences.length === 0) return row.existing ? undefined : null;
  const found = new Set<string>();
  for (const reference of person.managerReferences) {
    const id = lookUp(reference);
    if (id) found.add(id);
    else {
      errors.add(
        person.line,
        reference.column,
        issue(reference.column === 'manager_email' ? 'importManagerEmailUnknown' : 'importManagerIdUnknown'),
      );
    }
  }
  if (found.size > 1) {
    errors.add(person.line, 'manager_employee_id', issue('importManagerMismatch'));
    return undefined;
  }
  const [managerId] = found;
  if (!managerId) return undefined;
  const column = person.managerReferences[0]!.column;
  if (managerId === row.id) {
    errors.add(person.line, column, issue('importOwnManager'));
    return undefined;
  }
  const manager = context.peopleById.get(managerId);
  if (manager?.status === 'terminated') {
    errors.add(person.line, column, issue('importManagerLeft', { name: displayName(manager) }));
  }
  return managerId;
}

/**
 * A changed reporting line may close a loop (A reports to B, B to A). Walk up from everyone whose
 * manager the file sets, through the managers as they will be after the import.
 */
function flagReportingLoops(context: ImportContext, rows: readonly ResolvedRow[], errors: ErrorBook) {
  const managerAfter = new Map<string, string | null>();
  const emailAfter = new Map<string, string>();
  for (const row of rows) {
    emailAfter.set(row.id, row.person.email);
    if (row.managerId !== undefined) managerAfter.set(row.id, row.managerId);
  }
  const managerOf = (id: string): string | null =>
    managerAfter.has(id) ? managerAfter.get(id)! : (context.peopleById.get(id)?.managerId ?? null);
  const emailOf = (id: string) => emailAfter.get(id) ?? context.peopleById.get(id)?.email ?? id;

  for (const row of rows) {
    if (!row.managerId) continue;
    const chain = [row.id];
    const seen = new Set(chain);
    for (let current = managerOf(row.id); current !== null; current = managerOf(current)) {
      if (current === row.id) {
        const loop = [...chain, row.id].map(emailOf).join(' → ');
        errors.add(
          row.person.line,
          row.person.managerReferences[0]!.column,
          issue('importReportingLoop', { loop }),
        );
        break;
      }
      // A loop that does not pass through this row is reported on the rows that form it.
      if (seen.has(current)) break;
      seen.add(current);
      chain.push(current);
    }
  }
}
