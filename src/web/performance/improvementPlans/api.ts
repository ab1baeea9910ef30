import { infiniteQueryOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  acknowledgePipRequest,
  CreatePipRequest,
  closePipRequest,
  extendPipRequest,
  PipDetail,
  PipState,
  pipResponseRequest,
  recordPipCheckInRequest,
  UpdatePipRequest,
} from '../../../contracts/improvementPlans';
import { type ApiData, apiGet, apiPost, apiPut } from '../../api/client';

export type PipPage = ApiData<'/api/improvement-plans', 'get'>;
export type PipListItem = PipPage['items'][number];
export type PipFairnessResult = ApiData<'/api/improvement-plans/{planId}/fairness', 'get'>;
export type PipRevisionItem = ApiData<'/api/improvement-plans/{planId}/revisions', 'get'>['items'][number];
export type PipResponseItem = ApiData<'/api/improvement-plans/{planId}/responses', 'get'>['items'][number];

export const PIP_LIST_PAGE = 25;
export const PIP_HISTORY_PAGE = 10;

export const pipKeys = {
  all: ['improvement-plans'] as const,
  list: (state: PipState | null) => ['improvement-plans', 'list', state ?? 'all'] as const,
  /** Under `list`, so every change (`storePlan`) refreshes it too. */
  ofPerson: (personId: string) => ['improvement-plans', 'list', 'person', personId] as const,
  openByEmployee: ['improvement-plans', 'list', 'open-by-employee'] as const,
  plan: (id: string) => ['improvement-plans', 'plan', id] as const,
  fairness: (id: string) => ['improvement-plans', 'plan', id, 'fairness'] as const,
  revisions: (id: string) => ['improvement-plans', 'plan', id, 'revisions'] as const,
  responses: (id: string) => ['improvement-plans', 'plan', id, 'responses'] as const,
};

const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;
const planPath = (planId: string) => ({ path: { planId } });

/** The plans the caller may read, newest first, in cursor pages ("show more"). */
export const pipListQuery = (state: PipState | null) =>
  infiniteQueryOptions({
    queryKey: pipKeys.list(state),
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/improvement-plans', {
        params: { query: { limit: PIP_LIST_PAGE, cursor: pageParam, ...(state ? { state } : {}) } },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  });

/** How many of one person's plans the "Now" panel asks for: a person has one open plan at a time, rarely more. */
const PERSON_PLANS = 10;

/**
 * One person's plans that are under way (published and not closed), newest first: for their own
 * "Now" panel. The list's reach applies, so it answers only what the caller may read.
 */
export const personOpenPipsQuery = (personId: string) =>
  queryOptions({
    queryKey: pipKeys.ofPerson(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/improvement-plans', {
        params: { query: { employeeId: personId, limit: PERSON_PLANS } },
        signal,
      }),
    select: (page) => page.items.filter((plan) => plan.state !== 'draft' && plan.state !== 'closed'),
  });

/**
 * The plans under way that the caller may read, as employee id → plan id: for the team view's flag
 * beside a report's name. The list's reach decides what comes back (a manager their chain's, HR
 * all), so the team view learns nothing the plans list would not show. Every page is read: a chain's
 * plans are few, and a flag missing past the first page would say "no plan" when there is one.
 */
export const openPipsByEmployeeQuery = () =>
  queryOptions({
    queryKey: pipKeys.openByEmployee,
    queryFn: async ({ signal }) => {
      const open: Record<string, string> = {};
      let cursor: string | undefined;
      do {
        const page = await apiGet('/api/improvement-plans', {
          params: { query: { limit: 100, cursor } },
          signal,
        });
        for (const plan of page.items) {
          // Newest first: an employee's newest open plan is the one flagged.
          if (plan.state !== 'draft' && plan.state !== 'closed' && !(plan.employee.id in open))
            open[plan.employee.id] = plan.id;
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return open;
    },
  });

export const pipQuery = (planId: string) =>
  queryOptions({
    queryKey: pipKeys.plan(planId),
    queryFn: ({ signal }) => apiGet('/api/improvement-plans/{planId}', { params: planPath(planId), signal }),
  });

export const pipFairnessQuery = (planId: string) =>
  queryOptions({
    queryKey: pipKeys.fairness(planId),
    queryFn: ({ signal }) =>
      apiGet('/api/improvement-plans/{planId}/fairness', { params: planPath(planId), signal }),
  });

export const pipRevisionsQuery = (planId: string) =>
  infiniteQueryOptions({
    queryKey: pipKeys.revisions(planId),
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/improvement-plans/{planId}/revisions', {
        params: { path: { planId }, query: { limit: PIP_HISTORY_PAGE, cursor: pageParam } },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  });

export const pipResponsesQuery = (planId: string) =>
  infiniteQueryOptions({
    queryKey: pipKeys.responses(planId),
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/improvement-plans/{planId}/responses', {
        params: { path: { planId }, query: { limit: PIP_HISTORY_PAGE, cursor: pageParam } },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  });

/** Every change answers with the plan as the caller now reads it. */
export const pipWrites = {
  create: (body: CreatePipRequest) => apiPost('/api/improvement-plans', { body }),
  update: (planId: string, body: UpdatePipRequest) =>
    apiPut('/api/improvement-plans/{planId}', { params: planPath(planId), body }),
  publish: (planId: string, version: number) =>
    apiPost('/api/improvement-plans/{planId}/publish', { params: planPath(planId), body: { version } }),
  extend: (planId: string, body: z.input<typeof extendPipRequest>) =>
    apiPost('/api/improvement-plans/{planId}/extend', { params: planPath(planId), body }),
  close: (planId: string, body: z.input<typeof closePipRequest>) =>
    apiPost('/api/improvement-plans/{planId}/close', { params: planPath(planId), body }),
  acknowledge: (planId: string, body: z.input<typeof acknowledgePipRequest>) =>
    apiPost('/api/improvement-plans/{planId}/acknowledge', { params: planPath(planId), body }),
  respond: (planId: string, body: z.input<typeof pipResponseRequest>) =>
    apiPost('/api/improvement-plans/{planId}/responses', { params: planPath(planId), body }),
  recordCheckIn: (planId: string, checkInId: string, body: z.input<typeof recordPipCheckInRequest>) =>
    apiPost('/api/improvement-plans/{planId}/check-ins/{checkInId}', {
      params: { path: { planId, checkInId } },
      body,
    }),
};

/** After a change: the plan as answered, and everything derived from it read again. */
export function storePlan(queryClient: QueryClient, plan: PipDetail) {
  queryClient.setQueryData(pipKeys.plan(plan.id), plan);
  void queryClient.invalidateQueries({ queryKey: pipKeys.fairness(plan.id) });
  void queryClient.invalidateQueries({ queryKey: pipKeys.revisions(plan.id) });
  void queryClient.invalidateQueries({ queryKey: pipKeys.responses(plan.id) });
  void queryClient.invalidateQueries({ queryKey: ['improvement-plans', 'list'] });
}

/** Where a plan's PDF is downloaded (a plain link: the session cookie goes with it). */
export const pipPdfHref = (planId: string) => `/api/improvement-plans/${planId}/pdf`;
