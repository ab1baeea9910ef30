import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  AssignmentFilter,
  CheckInRequest,
  CreateGoalRequest,
  GoalLevel,
  GoalTemplateRequest,
  PerformanceAreaRequest,
  UpdateGoalRequest,
} from '../../../contracts/goals';
import { apiDelete, apiGet, apiPost, apiPut } from '../../api/client';

export const GOALS_PAGE_SIZE = 20;
export const TREE_PAGE_SIZE = 50;

export const goalKeys = {
  all: ['goals'] as const,
  list: (scope: 'mine' | 'team', page: number) => ['goals', 'list', scope, page] as const,
  person: (personId: string) => ['goals', 'person', personId] as const,
  tree: (parentId: string | null) => ['goals', 'tree', parentId ?? 'root'] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
  checkIns: (id: string) => ['goals', 'detail', id, 'check-ins'] as const,
  parentOptions: (level: GoalLevel) => ['goals', 'parent-options', level] as const,
  templates: (page: number) => ['goal-templates', page] as const,
  areas: (page: number) => ['performance-areas', page] as const,
  personAreas: (personId: string) => ['performance-areas', 'person', personId] as const,
};

const goalId = (id: string) => ({ params: { path: { goalId: id } } });

export const goalListQuery = (scope: 'mine' | 'team', page: number) =>
  queryOptions({
    queryKey: goalKeys.list(scope, page),
    queryFn: ({ signal }) =>
      apiGet('/api/goals', { params: { query: { scope, page, pageSize: GOALS_PAGE_SIZE } }, signal }),
    placeholderData: keepPreviousData,
  });

export const personCurrentGoalsQuery = (personId: string) =>
  queryOptions({
    queryKey: goalKeys.person(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/people/{personId}/goals', {
        params: { path: { personId }, query: { current: true, pageSize: 5 } },
        signal,
      }),
  });

/** One level of the goal tree (the company goals, or one goal's children), a page at a time. */
export const treeLevelQuery = (parentId: string | null) =>
  infiniteQueryOptions({
    queryKey: goalKeys.tree(parentId),
    queryFn: ({ pageParam: page, signal }) => {
      const query = { page, pageSize: TREE_PAGE_SIZE };
      return parentId
        ? apiGet('/api/goals/{goalId}/children', { params: { path: { goalId: parentId }, query }, signal })
        : apiGet('/api/goals/tree', { params: { query }, signal });
    },
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.length * TREE_PAGE_SIZE < last.total ? pages.length + 1 : undefined,
  });

export const goalQuery = (id: string) =>
  queryOptions({
    queryKey: goalKeys.detail(id),
    queryFn: ({ signal }) => apiGet('/api/goals/{goalId}', { ...goalId(id), signal }),
  });

export const checkInsQuery = (id: string) =>
  queryOptions({
    queryKey: goalKeys.checkIns(id),
    queryFn: ({ signal }) =>
      apiGet('/api/goals/{goalId}/check-ins', {
        params: { path: { goalId: id }, query: { pageSize: 200 } },
        signal,
      }),
  });

export const parentOptionsQuery = (forLevel: GoalLevel) =>
  queryOptions({
    queryKey: goalKeys.parentOptions(forLevel),
    queryFn: ({ signal }) => apiGet('/api/goals/parent-options', { params: { query: { forLevel } }, signal }),
  });

export const templatesQuery = (page: number) =>
  queryOptions({
    queryKey: goalKeys.templates(page),
    queryFn: ({ signal }) =>
      apiGet('/api/goal-templates', { params: { query: { page, pageSize: 20 } }, signal }),
    placeholderData: keepPreviousData,
  });

export const areasQuery = (page: number) =>
  queryOptions({
    queryKey: goalKeys.areas(page),
    queryFn: ({ signal }) =>
      apiGet('/api/performance-areas', { params: { query: { page, pageSize: 20 } }, signal }),
    placeholderData: keepPreviousData,
  });

/** Job titles matching a search, for the area form's title picker (the first page is enough to pick from). */
export const jobTitlesQuery = (q: string) =>
  queryOptions({
    queryKey: ['job-titles', q] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/job-titles', { params: { query: { q: q || undefined, pageSize: 50 } }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const personAreasQuery = (personId: string) =>
  queryOptions({
    queryKey: goalKeys.personAreas(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/people/{personId}/performance-areas', { params: { path: { personId } }, signal }),
  });

const templateId = (id: string) => ({ path: { templateId: id } });

export const goalWrites = {
  create: (body: CreateGoalRequest) => apiPost('/api/goals', { body }),
  update: (id: string, body: UpdateGoalRequest) => apiPut('/api/goals/{goalId}', { ...goalId(id), body }),
  checkIn: (id: string, body: CheckInRequest) =>
    apiPost('/api/goals/{goalId}/check-ins', { ...goalId(id), body }),
  createTemplate: (body: GoalTemplateRequest) => apiPost('/api/goal-templates', { body }),
  updateTemplate: (id: string, body: GoalTemplateRequest & { version: number }) =>
    apiPut('/api/goal-templates/{templateId}', { params: templateId(id), body }),
  previewAssignment: (
    id: string,
    body: { filter: AssignmentFilter; periodStart?: string; periodEnd?: string },
  ) => apiPost('/api/goal-templates/{templateId}/assignment-preview', { params: templateId(id), body }),
  assign: (
    id: string,
    body: { filter: AssignmentFilter; periodStart: string; periodEnd: string; expectedCount: number },
  ) => apiPost('/api/goal-templates/{templateId}/assignments', { params: templateId(id), body }),
  createArea: (body: PerformanceAreaRequest) => apiPost('/api/performance-areas', { body }),
  updateArea: (id: string, body: PerformanceAreaRequest & { version: number }) =>
    apiPut('/api/performance-areas/{areaId}', { params: { path: { areaId: id } }, body }),
  deleteArea: (id: string, version: number) =>
    apiDelete('/api/performance-areas/{areaId}', { params: { path: { areaId: id }, query: { version } } }),
};

/** The goals list's CSV download (a plain link: the browser sends the session cookie). */
export const goalsCsvHref = (scope: 'mine' | 'team') => `/api/goals.csv?scope=${scope}`;
