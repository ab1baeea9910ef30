import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { type ApiBody, type ApiData, apiGet, apiPost, apiPut } from '../../../api/client';

export type PlanningCycle = ApiData<'/api/performance/compensation/planning', 'get'>['items'][number];
export type ProposalPage = ApiData<'/api/performance/compensation/cycles/{cycleId}/proposals', 'get'>;
export type Proposal = ProposalPage['items'][number];
export type SavedProposal = ApiData<'/api/performance/compensation/proposals/{participantId}', 'put'>;
export type SaveProposalBody = ApiBody<'/api/performance/compensation/proposals/{participantId}', 'put'>;
export type BudgetView = ApiData<'/api/performance/compensation/cycles/{cycleId}/budgets', 'get'>;
export type ManagerBudget = BudgetView['managers'][number];
export type PlanningBand = ApiData<
  '/api/performance/compensation/cycles/{cycleId}/bands',
  'get'
>['items'][number];
export type SubmitResult = ApiData<'/api/performance/compensation/cycles/{cycleId}/proposals/submit', 'post'>;

/**
 * Rows per page of the grid: 100 fills a manager's screen several times over; a 500-person subtree
 * is five "Show more" clicks, each one request for its page (no request per row).
 */
export const GRID_PAGE = 100;

export const planningKeys = {
  all: ['comp-planning'] as const,
  cycles: ['comp-planning', 'cycles'] as const,
  proposals: (cycleId: string) => ['comp-planning', cycleId, 'proposals'] as const,
  budgets: (cycleId: string) => ['comp-planning', cycleId, 'budgets'] as const,
  bands: (cycleId: string) => ['comp-planning', cycleId, 'bands'] as const,
  guideline: (participantId: string, bandId: string | null) =>
    ['comp-planning', 'guideline', participantId, bandId] as const,
};

export const planningCyclesQuery = queryOptions({
  queryKey: planningKeys.cycles,
  queryFn: ({ signal }) => apiGet('/api/performance/compensation/planning', { signal }),
});

export const proposalsQuery = (cycleId: string) =>
  infiniteQueryOptions({
    queryKey: planningKeys.proposals(cycleId),
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}/proposals', {
        params: { path: { cycleId }, query: { limit: GRID_PAGE, cursor: pageParam } },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: ProposalPage) => page.nextCursor ?? undefined,
    // Autosaves write each saved row into this cache; a refetch on focus would replace rows being typed in.
    refetchOnWindowFocus: false,
  });

export const budgetsQuery = (cycleId: string) =>
  queryOptions({
    queryKey: planningKeys.budgets(cycleId),
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}/budgets', {
        params: { path: { cycleId } },
        signal,
      }),
  });

/**
 * The bands a promotion may go to (current on the cycle's effective date): one page of 100 covers
 * an organisation's job families × levels; asked only when a promotion dialog opens.
 */
export const bandsQuery = (cycleId: string, enabled: boolean) =>
  queryOptions({
    queryKey: planningKeys.bands(cycleId),
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}/bands', {
        params: { path: { cycleId }, query: { limit: 100 } },
        signal,
      }),
    enabled,
    staleTime: 5 * 60_000,
  });

/** The promotion guideline into a band (least new base), asked when the planner picks the band. */
export const guidelineQuery = (participantId: string, newBandId: string | null) =>
  queryOptions({
    enabled: newBandId !== null,
    queryKey: planningKeys.guideline(participantId, newBandId),
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/proposals/{participantId}/guideline', {
        params: { path: { participantId }, query: { newBandId: newBandId ?? undefined } },
        signal,
      }),
  });

export const saveProposal = (participantId: string, body: SaveProposalBody) =>
  apiPut('/api/performance/compensation/proposals/{participantId}', {
    params: { path: { participantId } },
    body,
  });

export const fetchProposal = (participantId: string) =>
  apiGet('/api/performance/compensation/proposals/{participantId}', { params: { path: { participantId } } });

export const submitProposals = (cycleId: string, items: { participantId: string; version: number }[]) =>
  apiPost('/api/performance/compensation/cycles/{cycleId}/proposals/submit', {
    params: { path: { cycleId } },
    body: { items },
  });

/** The planning grid's download: every row the caller may plan or approve (a plain link). */
export const proposalsExportHref = (cycleId: string, format: 'csv' | 'xlsx') =>
  `/api/performance/compensation/cycles/${encodeURIComponent(cycleId)}/proposals.${format}`;
