import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type {
  AddUpdateRequest,
  BusinessObjective,
  CreateActionRequest,
  CreateGoalRequest,
  CreatePlanRequest,
  PersonPlanProgress,
  PlanCoverageRow,
  PlanDetail,
  PlanSummary,
  ReviewSeed,
  ReviewSeedSource,
  SeedPlanRequest,
  UpdateActionRequest,
  UpdateGoalRequest,
  UpdatePlanRequest,
} from '../../../contracts/plans';
import { api } from '../../api/client';

export const PLANS_PAGE_SIZE = 10;

/** A learning catalogue item as the action picker needs it (the learning part owns the catalogue). */
export interface CatalogueItem {
  id: string;
  title: string;
  kind: string;
}

export const planKeys = {
  all: ['plans'] as const,
  mine: (page: number) => ['plans', 'mine', page] as const,
  shared: (page: number) => ['plans', 'shared', page] as const,
  coverage: (page: number) => ['plans', 'coverage', page] as const,
  detail: (planId: string) => ['plans', 'detail', planId] as const,
  progress: (personId: string) => ['plans', 'progress', personId] as const,
};

export const myPlansQuery = (page: number) =>
  queryOptions({
    queryKey: planKeys.mine(page),
    queryFn: ({ signal }) =>
      api.get<Page<PlanSummary>>('/growth/plans', { page, pageSize: PLANS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const sharedPlansQuery = (page: number) =>
  queryOptions({
    queryKey: planKeys.shared(page),
    queryFn: ({ signal }) =>
      api.get<Page<PlanSummary>>('/growth/plans/shared', { page, pageSize: PLANS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const coverageQuery = (page: number) =>
  queryOptions({
    queryKey: planKeys.coverage(page),
    queryFn: ({ signal }) =>
      api.get<Page<PlanCoverageRow>>('/growth/plans/coverage', { page, pageSize: 25 }, signal),
    placeholderData: keepPreviousData,
  });

export const planQuery = (planId: string) =>
  queryOptions({
    queryKey: planKeys.detail(planId),
    queryFn: ({ signal }) =>
      api.get<PlanDetail>(`/growth/plans/${encodeURIComponent(planId)}`, undefined, signal),
  });

export const personProgressQuery = (personId: string) =>
  queryOptions({
    queryKey: planKeys.progress(personId),
    queryFn: ({ signal }) =>
      api.get<{ items: PersonPlanProgress[] }>(
        `/growth/plans/people/${encodeURIComponent(personId)}/progress`,
        undefined,
        signal,
      ),
  });

export const objectivesQuery = (search: string) =>
  queryOptions({
    queryKey: ['plans', 'objectives', search] as const,
    queryFn: ({ signal }) =>
      api.get<Page<BusinessObjective>>(
        '/growth/plans/objectives',
        { search: search || undefined, pageSize: 20 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const catalogueQuery = (search: string, kind: 'course' | 'certification') =>
  queryOptions({
    queryKey: ['plans', 'catalogue', kind, search] as const,
    queryFn: ({ signal }) =>
      api.get<Page<CatalogueItem>>(
        '/growth/learning/items',
        { search: search || undefined, kind, pageSize: 20 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const reviewSeedsQuery = queryOptions({
  queryKey: ['plans', 'review-seeds'] as const,
  queryFn: ({ signal }) =>
    api.get<Page<ReviewSeedSource>>('/growth/plans/review-seeds', { pageSize: 50 }, signal),
});

export const reviewSeedQuery = (reviewId: string) =>
  queryOptions({
    queryKey: ['plans', 'review-seeds', reviewId] as const,
    queryFn: ({ signal }) =>
      api.get<ReviewSeed>(`/growth/plans/review-seeds/${encodeURIComponent(reviewId)}`, undefined, signal),
  });

const base = (planId: string) => `/growth/plans/${encodeURIComponent(planId)}`;

export const planApi = {
  create: (body: CreatePlanRequest) => api.post<PlanDetail>('/growth/plans', body),
  seed: (body: SeedPlanRequest) => api.post<PlanDetail>('/growth/plans/from-review', body),
  update: (planId: string, body: UpdatePlanRequest) => api.patch<PlanDetail>(base(planId), body),
  share: (planId: string, version: number) =>
    api.post<PlanDetail & { suggestedForOneOnOne: number }>(`${base(planId)}/share`, { version }),
  revoke: (planId: string, version: number) => api.post<PlanDetail>(`${base(planId)}/revoke`, { version }),
  addGoal: (planId: string, body: CreateGoalRequest) => api.post<PlanDetail>(`${base(planId)}/goals`, body),
  updateGoal: (planId: string, goalId: string, body: UpdateGoalRequest) =>
    api.patch<PlanDetail>(`${base(planId)}/goals/${goalId}`, body),
  removeGoal: (planId: string, goalId: string) => api.delete<PlanDetail>(`${base(planId)}/goals/${goalId}`),
  addAction: (planId: string, goalId: string, body: CreateActionRequest) =>
    api.post<PlanDetail>(`${base(planId)}/goals/${goalId}/actions`, body),
  updateAction: (planId: string, actionId: string, body: UpdateActionRequest) =>
    api.patch<PlanDetail>(`${base(planId)}/actions/${actionId}`, body),
  removeAction: (planId: string, actionId: string) =>
    api.delete<PlanDetail>(`${base(planId)}/actions/${actionId}`),
  addUpdate: (planId: string, body: AddUpdateRequest) =>
    api.post<PlanDetail>(`${base(planId)}/updates`, body),
};

/** Every plan mutation answers with the whole plan: store it, and let lists refetch. */
export function storePlan(queryClient: QueryClient, plan: PlanDetail) {
  queryClient.setQueryData(planKeys.detail(plan.id), plan);
  void queryClient.invalidateQueries({ queryKey: ['plans', 'mine'] });
  void queryClient.invalidateQueries({ queryKey: ['plans', 'progress'] });
}
