import type { RoleName } from '../../platform/auth/tables';
import type { EmploymentStatus } from '../tables';
import type { LevelCode } from './catalogue';

/**
 * An organisation described in memory before any of it is written: the demo and the synthetic
 * generators build one of these, and `writeOrganizationPlan` stores it in bulk.
 */
export interface OrganizationPlan {
  slug: string;
  name: string;
  departments: string[];
  levels: readonly { code: LevelCode; name: string; rank: number }[];
  jobTitles: { name: string; level: LevelCode }[];
  /** Ordered so that every manager comes before the people who report to them. */
  people: PlannedPerson[];
  reportingLines: PlannedReportingLine[];
  accounts: PlannedAccount[];
}

export interface PlannedPerson {
  id: string;
  employeeId: string;
  email: string;
  givenName: string;
  familyName: string;
  jobTitle: string;
  level: LevelCode;
  department: string;
  location: string;
  timezone: string;
  hireDate: string;
  status: EmploymentStatus;
  terminatedOn: string | null;
  managerId: string | null;
}

export interface PlannedReportingLine {
  personId: string;
  managerId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface PlannedAccount {
  personId: string;
  email: string;
  passwordHash: string | null;
  roles: RoleName[];
  disabledAt: Date | null;
}

/** The one reporting line a person has when their manager never changed. */
export function openLineFor(person: PlannedPerson): PlannedReportingLine {
  return { personId: person.id, managerId: person.managerId, validFrom: person.hireDate, validTo: null };
}

/** Unique job titles with the level each belongs to; the first level seen for a title wins. */
export function jobTitlesOf(people: readonly PlannedPerson[]): { name: string; level: LevelCode }[] {
  const titles = new Map<string, LevelCode>();
  for (const person of people) if (!titles.has(person.jobTitle)) titles.set(person.jobTitle, person.level);
  return [...titles].map(([name, level]) => ({ name, level }));
}
