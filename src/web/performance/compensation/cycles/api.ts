import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Eligibility } from '../../../../contracts/compensation/cycles';
import { type ApiData, apiGet } from '../../../api/client';

export type CompCyclePage = ApiData<'/api/performance/compensation/cycles', 'get'>;
export type CompCycle = ApiData<'/api/performance/compensation/cycles/{cycleId}', 'get'>;
export type SetupCheck = ApiData<'/api/performance/compensation/cycles/{cycleId}/setup-check', 'get'>;
export type ParticipantPage = ApiData<'/api/performance/compensation/cycles/{cycleId}/participants', 'get'>;
export type Participant = ParticipantPage['items'][number];
export type ReleaseSummary = ApiData<'/api/performance/compensation/cycles/{cycleId}/release', 'get'>;

export const CYCLES_PAGE = 25;
export const PARTICIPANTS_PAGE = 50;

export const compCycleKeys = {
  all: ['comp-cycles'] as const,
  list: ['comp-cycles', 'list'] as const,
  cycle: (cycleId: string) => ['comp-cycles', 'cycle', cycleId] as const,
  check: (cycleId: string) => ['comp-cycles', 'cycle', cycleId, 'check'] as const,
  participants: (cycleId: string) => ['comp-cycles', 'cycle', cycleId, 'participants'] as const,
  release: (cycleId: string) => ['comp-cycles', 'cycle', cycleId, 'release'] as const,
};

const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;

export const compCyclesQuery = infiniteQueryOptions({
  queryKey: compCycleKeys.list,
  queryFn: ({ pageParam, signal }) =>
    apiGet('/api/performance/compensation/cycles', {
      params: { query: { limit: CYCLES_PAGE, cursor: pageParam } },
      signal,
    }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: nextCursor,
});

export const compCycleQuery = (cycleId: string) =>
  queryOptions({
    queryKey: compCycleKeys.cycle(cycleId),
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}', { params: { path: { cycleId } }, signal }),
  });

/** What a launch would find wrong today; asked again after every saved change. */
export const setupCheckQuery = (cycleId: string, enabled: boolean) =>
  queryOptions({
    queryKey: compCycleKeys.check(cycleId),
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}/setup-check', {
        params: { path: { cycleId } },
        signal,
      }),
    enabled,
  });

export const participantsQuery = (cycleId: string, eligibility: Eligibility | null) =>
  infiniteQueryOptions({
    queryKey: [...compCycleKeys.participants(cycleId), eligibility],
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}/participants', {
        params: {
          path: { cycleId },
          query: { eligibility: eligibility ?? undefined, limit: PARTICIPANTS_PAGE, cursor: pageParam },
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });

/** What the cycle's release writes (or wrote): pay changes, promotions, bonuses, and the dates. */
export const releaseSummaryQuery = (cycleId: string, enabled = true) =>
  queryOptions({
    queryKey: compCycleKeys.release(cycleId),
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}/release', {
        params: { path: { cycleId } },
        signal,
      }),
    enabled,
  });

/** The payroll export's address (a plain link: the browser downloads it with the session cookie). */
export const payrollHref = (cycleId: string, format: 'csv' | 'xlsx') =>
  `/api/performance/compensation/cycles/${encodeURIComponent(cycleId)}/payroll.${format}`;
