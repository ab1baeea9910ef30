import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type {
  AssignmentFilter,
  CheckIn,
  CheckInRequest,
  CreateGoalRequest,
  GoalDetail,
  GoalLevel,
  GoalSummary,
  GoalTemplate,
  GoalTemplateRequest,
  PerformanceArea,
  PerformanceAreaRequest,
  UpdateGoalRequest,
} from '../../../contracts/goals';
import type { JobTitle } from '../../../contracts/org';
import { api } from '../../api/client';

export const GOALS_PAGE_SIZE = 20;
export const TREE_PAGE_SIZE = 50;

export const goalKeys = {
  all: ['goals'] as const,
  list: (scope: 'mine' | 'team', page: number) => ['goals', 'list', scope, page] as const,
  person: (personId: string) => ['goals', 'person', personId] as const,
  tree: (parentId: string | null, page: number) => ['goals', 'tree', parentId ?? 'root', page] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
  checkIns: (id: string) => ['goals', 'detail', id, 'check-ins'] as const,
  parentOptions: (level: GoalLevel) => ['goals', 'parent-options', level] as const,
  templates: (page: number) => ['goal-templates', page] as const,
  areas: (page: number) => ['performance-areas', page] as const,
  personAreas: (personId: string) => ['performance-areas', 'person', personId] as const,
};

const goalPath = (id: string) => `/goals/${encodeURIComponent(id)}`;

export const goalListQuery = (scope: 'mine' | 'team', page: number) =>
  queryOptions({
    queryKey: goalKeys.list(scope, page),
    queryFn: ({ signal }) =>
      api.get<Page<GoalSummary>>('/goals', { scope, page, pageSize: GOALS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const personCurrentGoalsQuery = (personId: string) =>
  queryOptions({
    queryKey: goalKeys.person(personId),
    queryFn: ({ signal }) =>
      api.get<Page<GoalSummary>>(
        `/people/${encodeURIComponent(personId)}/goals`,
        { current: true, pageSize: 5 },
        signal,
      ),
  });

export const treeLevelQuery = (parentId: string | null, page: number) =>
  queryOptions({
    queryKey: goalKeys.tree(parentId, page),
    queryFn: ({ signal }) =>
      api.get<Page<GoalSummary>>(
        parentId ? `${goalPath(parentId)}/children` : '/goals/tree',
        { page, pageSize: TREE_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const goalQuery = (id: string) =>
  queryOptions({
    queryKey: goalKeys.detail(id),
    queryFn: ({ signal }) => api.get<GoalDetail>(goalPath(id), undefined, signal),
  });

export const checkInsQuery = (id: string) =>
  queryOptions({
    queryKey: goalKeys.checkIns(id),
    queryFn: ({ signal }) => api.get<Page<CheckIn>>(`${goalPath(id)}/check-ins`, { pageSize: 200 }, signal),
  });

export const parentOptionsQuery = (forLevel: GoalLevel) =>
  queryOptions({
    queryKey: goalKeys.parentOptions(forLevel),
    queryFn: ({ signal }) => api.get<Page<GoalSummary>>('/goals/parent-options', { forLevel }, signal),
  });

export const templatesQuery = (page: number) =>
  queryOptions({
    queryKey: goalKeys.templates(page),
    queryFn: ({ signal }) => api.get<Page<GoalTemplate>>('/goal-templates', { page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });

export const areasQuery = (page: number) =>
  queryOptions({
    queryKey: goalKeys.areas(page),
    queryFn: ({ signal }) =>
      api.get<Page<PerformanceArea>>('/performance-areas', { page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });

/** Job titles matching a search, for the area form's title picker (the first page is enough to pick from). */
export const jobTitlesQuery = (q: string) =>
  queryOptions({
    queryKey: ['job-titles', q] as const,
    queryFn: ({ signal }) =>
      api.get<Page<JobTitle>>('/job-titles', { q: q || undefined, pageSize: 50 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const personAreasQuery = (personId: string) =>
  queryOptions({
    queryKey: goalKeys.personAreas(personId),
    queryFn: ({ signal }) =>
      api.get<{ items: PerformanceArea[] }>(
        `/people/${encodeURIComponent(personId)}/performance-areas`,
        undefined,
        signal,
      ),
  });

export const goalWrites = {
  create: (body: CreateGoalRequest) => api.post<GoalDetail>('/goals', body),
  update: (id: string, body: UpdateGoalRequest) => api.put<GoalDetail>(goalPath(id), body),
  checkIn: (id: string, body: CheckInRequest) => api.post<GoalDetail>(`${goalPath(id)}/check-ins`, body),
  createTemplate: (body: GoalTemplateRequest) => api.post<GoalTemplate>('/goal-templates', body),
  updateTemplate: (id: string, body: GoalTemplateRequest & { version: number }) =>
    api.put<GoalTemplate>(`/goal-templates/${encodeURIComponent(id)}`, body),
  previewAssignment: (
    id: string,
    body: { filter: AssignmentFilter; periodStart?: string; periodEnd?: string },
  ) => api.post<{ count: number }>(`/goal-templates/${encodeURIComponent(id)}/assignment-preview`, body),
  assign: (
    id: string,
    body: { filter: AssignmentFilter; periodStart: string; periodEnd: string; expectedCount: number },
  ) =>
    api.post<{ created: number; batchId: string }>(
      `/goal-templates/${encodeURIComponent(id)}/assignments`,
      body,
    ),
  createArea: (body: PerformanceAreaRequest) => api.post<{ id: string }>('/performance-areas', body),
  updateArea: (id: string, body: PerformanceAreaRequest & { version: number }) =>
    api.put<void>(`/performance-areas/${encodeURIComponent(id)}`, body),
  deleteArea: (id: string, version: number) =>
    api.delete<void>(`/performance-areas/${encodeURIComponent(id)}?version=${version}`),
};
