import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { type ApiData, apiGet } from '../../api/client';

export type PersonPay = ApiData<'/api/performance/compensation/me/pay', 'get'>;
export type PayRecord = PersonPay['items'][number];
export type BandPlacement = NonNullable<PersonPay['placement']>;
export type BandPage = ApiData<'/api/performance/compensation/bands', 'get'>;
export type CompBand = BandPage['items'][number];

/** History records per page on a profile and on "My pay". */
export const PAY_HISTORY_PAGE = 10;
export const BANDS_PAGE = 50;

export const payKeys = {
  all: ['pay'] as const,
  person: (personId: string) => ['pay', 'person', personId] as const,
  own: ['pay', 'own'] as const,
  bands: ['pay', 'bands'] as const,
};

const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;

/**
 * A person's pay: the first page brings the current record and its placement, later pages only
 * older history (each answer repeats the current part, which the screen reads from the first).
 */
export const personPayQuery = (personId: string) =>
  infiniteQueryOptions({
    queryKey: payKeys.person(personId),
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/performance/compensation/people/{personId}/pay', {
        params: { path: { personId }, query: { limit: PAY_HISTORY_PAGE, cursor: pageParam } },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  });

export const myPayQuery = infiniteQueryOptions({
  queryKey: payKeys.own,
  queryFn: ({ pageParam, signal }) =>
    apiGet('/api/performance/compensation/me/pay', {
      params: { query: { limit: PAY_HISTORY_PAGE, cursor: pageParam } },
      signal,
    }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: nextCursor,
});

export interface BandFilters {
  jobFamily: string;
  levelId: string | null;
  view: 'current' | 'history';
}

export const bandsQuery = (filters: BandFilters) =>
  infiniteQueryOptions({
    queryKey: [...payKeys.bands, filters],
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/performance/compensation/bands', {
        params: {
          query: {
            view: filters.view,
            jobFamily: filters.jobFamily.trim() || undefined,
            levelId: filters.levelId ?? undefined,
            limit: BANDS_PAGE,
            cursor: pageParam,
          },
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
