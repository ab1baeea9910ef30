import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../contracts/common';
import type { OrgChartNode, PersonDetail, PersonSummary } from '../../contracts/org';
import { api } from '../api/client';
import type { DirectorySearch } from '../app/search';

export interface Department {
  id: string;
  name: string;
  headcount: number;
}
export interface Level {
  id: string;
  code: string;
  name: string;
  rank: number;
}
export interface ReportingLineItem {
  id: string;
  manager: { id: string; displayName: string } | null;
  validFrom: string;
  validTo: string | null;
}
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export const PAGE_SIZE = 25;

export const orgKeys = {
  people: ['people'] as const,
  directory: (search: DirectorySearch) => ['people', 'list', search] as const,
  person: (id: string) => ['people', 'detail', id] as const,
  reportingLines: (id: string) => ['people', 'detail', id, 'reporting-lines'] as const,
  departments: ['departments'] as const,
  levels: ['levels'] as const,
  orgChart: ['org-chart'] as const,
};

export const directoryQuery = (search: DirectorySearch) =>
  queryOptions({
    queryKey: orgKeys.directory(search),
    queryFn: ({ signal }) =>
      api.get<Page<PersonSummary>>(
        '/people',
        { ...search, page: search.page ?? 1, pageSize: PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: orgKeys.person(id),
    queryFn: ({ signal }) => api.get<PersonDetail>(`/people/${encodeURIComponent(id)}`, undefined, signal),
  });

export const reportingLinesQuery = (id: string) =>
  queryOptions({
    queryKey: orgKeys.reportingLines(id),
    queryFn: ({ signal }) =>
      api.get<{ items: ReportingLineItem[] }>(
        `/people/${encodeURIComponent(id)}/reporting-lines`,
        undefined,
        signal,
      ),
  });

export const departmentsQuery = queryOptions({
  queryKey: orgKeys.departments,
  queryFn: ({ signal }) => api.get<{ items: Department[] }>('/departments', undefined, signal),
  staleTime: 5 * 60_000,
});

export const levelsQuery = queryOptions({
  queryKey: orgKeys.levels,
  queryFn: ({ signal }) => api.get<{ items: Level[] }>('/levels', undefined, signal),
  staleTime: 5 * 60_000,
});

export const orgRootsQuery = queryOptions({
  queryKey: [...orgKeys.orgChart, 'roots'],
  queryFn: ({ signal }) => api.get<{ items: OrgChartNode[] }>('/org-chart/roots', undefined, signal),
});

export const orgPathQuery = (id: string) =>
  queryOptions({
    queryKey: [...orgKeys.orgChart, 'path', id],
    queryFn: ({ signal }) =>
      api.get<{ items: OrgChartNode[] }>(`/org-chart/${encodeURIComponent(id)}/path`, undefined, signal),
  });

export function fetchChildren(id: string, cursor: string | null, signal?: AbortSignal) {
  return api.get<CursorPage<OrgChartNode>>(
    `/org-chart/${encodeURIComponent(id)}/children`,
    { cursor },
    signal,
  );
}
export const orgChildrenKey = (id: string) => [...orgKeys.orgChart, 'children', id] as const;
