import type { EmploymentStatus } from '../../contracts/org';

export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function optionalPage(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 1 ? n : undefined;
}

export interface PageSearch {
  page?: number;
}
export const pageSearch = (search: Record<string, unknown>): PageSearch => ({
  page: optionalPage(search.page),
});

export interface DirectorySearch {
  q?: string;
  departmentId?: string;
  levelId?: string;
  status?: EmploymentStatus;
  page?: number;
}
const statuses: readonly string[] = ['active', 'on_leave', 'terminated'];
export const directorySearch = (search: Record<string, unknown>): DirectorySearch => {
  const status = optionalString(search.status);
  return {
    q: optionalString(search.q),
    departmentId: optionalString(search.departmentId),
    levelId: optionalString(search.levelId),
    status: status && statuses.includes(status) ? (status as EmploymentStatus) : undefined,
    page: optionalPage(search.page),
  };
};
