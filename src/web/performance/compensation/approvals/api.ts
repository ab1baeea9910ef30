import { infiniteQueryOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import type { ProposalState } from '../../../../contracts/compensation/proposalStates';
import { type ApiBody, type ApiData, apiGet, apiPost } from '../../../api/client';
import { GRID_PAGE, type ProposalPage, planningKeys } from '../planning/api';

export type ApproveResult = ApiData<
  '/api/performance/compensation/cycles/{cycleId}/proposals/approve',
  'post'
>;
export type AdjustBody = ApiBody<'/api/performance/compensation/proposals/{participantId}/adjust', 'post'>;
export type ProposalHistory = ApiData<
  '/api/performance/compensation/proposals/{participantId}/history',
  'get'
>;
export type ProposalEvent = ProposalHistory['items'][number];

/** What the queue lists: the proposals waiting for the caller, or everything in their reach (read-only). */
export type QueueScope = 'mine' | 'all';
/** The reach list's state filter ('none': nobody has proposed yet). */
export type StateFilter = ProposalState | 'none' | 'any';

/** Under the planning keys, so an approval also refreshes the grid and the budget strip of the cycle. */
export const approvalKeys = {
  all: (cycleId: string) => [...planningKeys.all, cycleId, 'approvals'] as const,
  queue: (cycleId: string, scope: QueueScope, state: StateFilter) =>
    [...planningKeys.all, cycleId, 'approvals', scope, state] as const,
  history: (participantId: string) => [...planningKeys.all, 'history', participantId] as const,
};

export const queueQuery = (cycleId: string, scope: QueueScope, state: StateFilter) =>
  infiniteQueryOptions({
    queryKey: approvalKeys.queue(cycleId, scope, state),
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}/proposals', {
        params: {
          path: { cycleId },
          query: {
            limit: GRID_PAGE,
            cursor: pageParam,
            awaiting: scope === 'mine' ? 'mine' : undefined,
            state: scope === 'all' && state !== 'any' ? state : undefined,
          },
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: ProposalPage) => page.nextCursor ?? undefined,
  });

export const historyQuery = (participantId: string | null) =>
  queryOptions({
    queryKey: approvalKeys.history(participantId ?? ''),
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/proposals/{participantId}/history', {
        params: { path: { participantId: participantId ?? '' } },
        signal,
      }),
    enabled: participantId !== null,
  });

export const approveProposals = (cycleId: string, items: { participantId: string; version: number }[]) =>
  apiPost('/api/performance/compensation/cycles/{cycleId}/proposals/approve', {
    params: { path: { cycleId } },
    body: { items },
  });

export const adjustProposal = (participantId: string, body: AdjustBody) =>
  apiPost('/api/performance/compensation/proposals/{participantId}/adjust', {
    params: { path: { participantId } },
    body,
  });

export const sendBackProposal = (participantId: string, body: { version: number; reason: string }) =>
  apiPost('/api/performance/compensation/proposals/{participantId}/send-back', {
    params: { path: { participantId } },
    body,
  });

/** After any decision: the queue, the reach list, the counts, the grid and the budgets of the cycle. */
export function refreshCycle(queryClient: QueryClient, cycleId: string) {
  void queryClient.invalidateQueries({ queryKey: [...planningKeys.all, cycleId] });
  void queryClient.invalidateQueries({ queryKey: [...planningKeys.all, 'history'] });
}
