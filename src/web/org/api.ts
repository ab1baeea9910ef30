import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type ApiData, apiGet } from '../api/client';
import type { DirectorySearch } from '../app/search';

export type Department = ApiData<'/api/departments', 'get'>['items'][number];
export type Level = ApiData<'/api/levels', 'get'>['items'][number];
export type ReportingLineItem = ApiData<'/api/people/{personId}/reporting-lines', 'get'>['items'][number];

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
      apiGet('/api/people', {
        params: { query: { ...search, page: search.page ?? 1, pageSize: PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: orgKeys.person(id),
    queryFn: ({ signal }) => apiGet('/api/people/{personId}', { params: { path: { personId: id } }, signal }),
  });

export const reportingLinesQuery = (id: string) =>
  queryOptions({
    queryKey: orgKeys.reportingLines(id),
    queryFn: ({ signal }) =>
      apiGet('/api/people/{personId}/reporting-lines', { params: { path: { personId: id } }, signal }),
  });

export const departmentsQuery = queryOptions({
  queryKey: orgKeys.departments,
  queryFn: ({ signal }) => apiGet('/api/departments', { signal }),
  staleTime: 5 * 60_000,
});

export const levelsQuery = queryOptions({
  queryKey: orgKeys.levels,
  queryFn: ({ signal }) => apiGet('/api/levels', { signal }),
  staleTime: 5 * 60_000,
});

export const orgRootsQuery = queryOptions({
  queryKey: [...orgKeys.orgChart, 'roots'],
  queryFn: ({ signal }) => apiGet('/api/org-chart/roots', { signal }),
});

export const orgPathQuery = (id: string) =>
  queryOptions({
    queryKey: [...orgKeys.orgChart, 'path', id],
    queryFn: ({ signal }) =>
      apiGet('/api/org-chart/{personId}/path', { params: { path: { personId: id } }, signal }),
  });

export function fetchChildren(id: string, cursor: string | null, signal?: AbortSignal) {
  return apiGet('/api/org-chart/{personId}/children', {
    params: { path: { personId: id }, query: { cursor: cursor ?? undefined } },
    signal,
  });
}
export const orgChildrenKey = (id: string) => [...orgKeys.orgChart, 'children', id] as const;
