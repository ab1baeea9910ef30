import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import type {
  AddUpdateRequest,
  CreateActionRequest,
  CreateGoalRequest,
  CreatePlanRequest,
  PlanDetail,
  SeedPlanRequest,
  UpdateActionRequest,
  UpdateGoalRequest,
  UpdatePlanRequest,
} from '../../../contracts/plans';
import { type ApiData, apiDelete, apiGet, apiPatch, apiPost } from '../../api/client';

export const PLANS_PAGE_SIZE = 10;

/** A learning catalogue item as the action picker needs it (the learning part owns the catalogue). */
export type CatalogueItem = Pick<
  ApiData<'/api/growth/learning/items', 'get'>['items'][number],
  'id' | 'title' | 'kind'
>;

export const planKeys = {
  all: ['plans'] as const,
  mine: (page: number) => ['plans', 'mine', page] as const,
  shared: (page: number) => ['plans', 'shared', page] as const,
  coverage: (page: number) => ['plans', 'coverage', page] as const,
  detail: (planId: string) => ['plans', 'detail', planId] as const,
  progress: (personId: string) => ['plans', 'progress', personId] as const,
};

const pageOf = (page: number, pageSize = PLANS_PAGE_SIZE) => ({ query: { page, pageSize } });

export const myPlansQuery = (page: number) =>
  queryOptions({
    queryKey: planKeys.mine(page),
    queryFn: ({ signal }) => apiGet('/api/growth/plans', { params: pageOf(page), signal }),
    placeholderData: keepPreviousData,
  });

export const sharedPlansQuery = (page: number) =>
  queryOptions({
    queryKey: planKeys.shared(page),
    queryFn: ({ signal }) => apiGet('/api/growth/plans/shared', { params: pageOf(page), signal }),
    placeholderData: keepPreviousData,
  });

export const coverageQuery = (page: number) =>
  queryOptions({
    queryKey: planKeys.coverage(page),
    queryFn: ({ signal }) => apiGet('/api/growth/plans/coverage', { params: pageOf(page, 25), signal }),
    placeholderData: keepPreviousData,
  });

export const planQuery = (planId: string) =>
  queryOptions({
    queryKey: planKeys.detail(planId),
    queryFn: ({ signal }) => apiGet('/api/growth/plans/{planId}', { params: plan(planId), signal }),
  });

export const personProgressQuery = (personId: string) =>
  queryOptions({
    queryKey: planKeys.progress(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/plans/people/{personId}/progress', { params: { path: { personId } }, signal }),
  });

export const objectivesQuery = (search: string) =>
  queryOptions({
    queryKey: ['plans', 'objectives', search] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/growth/plans/objectives', {
        params: { query: { search: search || undefined, pageSize: 20 } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const catalogueQuery = (search: string, kind: 'course' | 'certification') =>
  queryOptions({
    queryKey: ['plans', 'catalogue', kind, search] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/growth/learning/items', {
        params: { query: { search: search || undefined, kind, pageSize: 20 } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const reviewSeedsQuery = queryOptions({
  queryKey: ['plans', 'review-seeds'] as const,
  queryFn: ({ signal }) =>
    apiGet('/api/growth/plans/review-seeds', { params: { query: { pageSize: 50 } }, signal }),
});

export const reviewSeedQuery = (reviewId: string) =>
  queryOptions({
    queryKey: ['plans', 'review-seeds', reviewId] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/growth/plans/review-seeds/{reviewId}', { params: { path: { reviewId } }, signal }),
  });

const plan = (planId: string) => ({ path: { planId } });
const goal = (planId: string, goalId: string) => ({ path: { planId, goalId } });
const action = (planId: string, actionId: string) => ({ path: { planId, actionId } });

export const planApi = {
  create: (body: CreatePlanRequest) => apiPost('/api/growth/plans', { body }),
  seed: (body: SeedPlanRequest) => apiPost('/api/growth/plans/from-review', { body }),
  update: (planId: string, body: UpdatePlanRequest) =>
    apiPatch('/api/growth/plans/{planId}', { params: plan(planId), body }),
  share: (planId: string, version: number) =>
    apiPost('/api/growth/plans/{planId}/share', { params: plan(planId), body: { version } }),
  revoke: (planId: string, version: number) =>
    apiPost('/api/growth/plans/{planId}/revoke', { params: plan(planId), body: { version } }),
  addGoal: (planId: string, body: CreateGoalRequest) =>
    apiPost('/api/growth/plans/{planId}/goals', { params: plan(planId), body }),
  updateGoal: (planId: string, goalId: string, body: UpdateGoalRequest) =>
    apiPatch('/api/growth/plans/{planId}/goals/{goalId}', { params: goal(planId, goalId), body }),
  removeGoal: (planId: string, goalId: string) =>
    apiDelete('/api/growth/plans/{planId}/goals/{goalId}', { params: goal(planId, goalId) }),
  addAction: (planId: string, goalId: string, body: CreateActionRequest) =>
    apiPost('/api/growth/plans/{planId}/goals/{goalId}/actions', { params: goal(planId, goalId), body }),
  updateAction: (planId: string, actionId: string, body: UpdateActionRequest) =>
    apiPatch('/api/growth/plans/{planId}/actions/{actionId}', { params: action(planId, actionId), body }),
  removeAction: (planId: string, actionId: string) =>
    apiDelete('/api/growth/plans/{planId}/actions/{actionId}', { params: action(planId, actionId) }),
  addUpdate: (planId: string, body: AddUpdateRequest) =>
    apiPost('/api/growth/plans/{planId}/updates', { params: plan(planId), body }),
};

/** Every plan mutation answers with the whole plan: store it, and let lists refetch. */
export function storePlan(queryClient: QueryClient, plan: PlanDetail) {
  queryClient.setQueryData(planKeys.detail(plan.id), plan);
  void queryClient.invalidateQueries({ queryKey: ['plans', 'mine'] });
  void queryClient.invalidateQueries({ queryKey: ['plans', 'progress'] });
}
