import type { OrgChartNode, PersonDetail, PersonSummary } from '../../contracts/org';
import type { RoleName } from '../platform/auth/tables';
import type { DirectoryRow } from './directory';
import type { personPolicy } from './policy';
import type { findPerson, orgChartRoots } from './queries';

type DetailRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;
type ChartRow = Awaited<ReturnType<typeof orgChartRoots>>[number];

export const displayName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

/** Directory fields only: never contact details beyond the work email, never account data. */
export function presentPersonSummary(row: DirectoryRow): PersonSummary {
  const p = row.person;
  return {
    id: p.id,
    displayName: displayName(p),
    email: p.email,
    jobTitle: p.jobTitle,
    level: row.level?.id ? { id: row.level.id, code: row.level.code, name: row.level.name } : null,
    department: row.department?.id ? { id: row.department.id, name: row.department.name } : null,
    location: p.location,
    status: p.status,
    managerId: p.managerId,
  };
}

export function presentPersonDetail(row: DetailRow, policy: ReturnType<typeof personPolicy>): PersonDetail {
  const p = row.person;
  const { read: _read, logAccess: _logged, ...abilities } = policy;
  return {
    ...presentPersonSummary(row),
    givenName: p.givenName,
    familyName: p.familyName,
    employeeId: p.employeeId,
    timezone: p.timezone,
    hireDate: p.hireDate,
    terminatedOn: p.terminatedOn,
    manager: row.manager?.id
      ? { id: row.manager.id, displayName: displayName(row.manager), jobTitle: row.manager.jobTitle }
      : null,
    directReportCount: row.directReportCount,
    // Role grants are account data: shown only to those who manage roles.
    ...(policy.manageRoles
      ? { roles: (row.account?.roles ?? []) as RoleName[], hasAccount: Boolean(row.account?.id) }
      : {}),
    version: p.version,
    abilities,
  };
}

export function presentChartNode(row: ChartRow): OrgChartNode {
  return {
    id: row.id,
    displayName: displayName(row),
    jobTitle: row.jobTitle,
    department: row.department ?? null,
    status: row.status,
    directReportCount: row.directReportCount,
  };
}
