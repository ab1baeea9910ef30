import type { UseFormReturnType } from '@mantine/form';
import type { PersonDetail } from '../../contracts/org';
import { blankToNull } from '../app/forms';

/** What the add and edit forms hold; selects use `null` for "none". */
export interface PersonFormValues {
  givenName: string;
  familyName: string;
  email: string;
  employeeId: string;
  jobTitle: string;
  departmentId: string | null;
  levelId: string | null;
  location: string;
  timezone: string;
  hireDate: string | null;
  status: 'active' | 'on_leave';
  managerId: string | null;
  /** Edit only: when a manager change takes effect. */
  managerChangeEffective: string | null;
  /** Create only. */
  sendInvitation: boolean;
}

export type PersonForm = UseFormReturnType<PersonFormValues>;

export function defaultTimezone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function emptyPersonValues(): PersonFormValues {
  return {
    givenName: '',
    familyName: '',
    email: '',
    employeeId: '',
    jobTitle: '',
    departmentId: null,
    levelId: null,
    location: '',
    timezone: defaultTimezone(),
    hireDate: null,
    status: 'active',
    managerId: null,
    managerChangeEffective: null,
    sendInvitation: false,
  };
}

export function valuesFromPerson(person: PersonDetail): PersonFormValues {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    email: person.email,
    employeeId: person.employeeId ?? '',
    jobTitle: person.jobTitle,
    departmentId: person.department?.id ?? null,
    levelId: person.level?.id ?? null,
    location: person.location,
    timezone: person.timezone,
    hireDate: person.hireDate,
    status: person.status === 'on_leave' ? 'on_leave' : 'active',
    managerId: person.manager?.id ?? null,
    managerChangeEffective: null,
    sendInvitation: false,
  };
}

/** The fields both create and update accept, in the request's shape. */
export function toPersonFields(values: PersonFormValues) {
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    email: values.email.trim(),
    employeeId: blankToNull(values.employeeId),
    jobTitle: values.jobTitle.trim(),
    departmentId: values.departmentId,
    levelId: values.levelId,
    location: values.location.trim(),
    timezone: values.timezone,
    hireDate: values.hireDate ?? '',
    status: values.status,
    managerId: values.managerId,
  };
}

let zones: string[] | null = null;
export function timezones(): string[] {
  if (!zones) {
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = ['UTC'];
    }
    if (!zones.includes('UTC')) zones = ['UTC', ...zones];
  }
  return zones;
}
