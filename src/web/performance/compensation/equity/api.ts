import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type ApiData, apiGet } from '../../../api/client';
import { compCycleKeys } from '../cycles/api';

export type EquityReport = ApiData<'/api/performance/compensation/cycles/{cycleId}/equity', 'get'>;
export type EquityGroup = EquityReport['total'];
export type EquityBucket = EquityReport['distribution']['buckets'][number];
export type BelowMinimumPerson = NonNullable<EquityReport['belowMinimum']>['items'][number];

export const BELOW_MINIMUM_PAGE = 25;

/** A cycle's pay-equity check with one page of the people below their band minimum. */
export const equityQuery = (cycleId: string, page: number) =>
  queryOptions({
    queryKey: [...compCycleKeys.cycle(cycleId), 'equity', page],
    queryFn: ({ signal }) =>
      apiGet('/api/performance/compensation/cycles/{cycleId}/equity', {
        params: { path: { cycleId }, query: { page, pageSize: BELOW_MINIMUM_PAGE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
