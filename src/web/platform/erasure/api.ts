import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ErasurePlan, ErasureRequest } from '../../../contracts/erasure';
import { apiGet } from '../../api/client';

export type { ErasurePlan, ErasureRequest };

export const erasureKeys = { all: ['erasure'] as const };

/** The dry run for a person: fetched fresh each time the form opens. */
export const erasurePlanQuery = (personId: string) =>
  queryOptions({
    queryKey: [...erasureKeys.all, 'plan', personId],
    queryFn: ({ signal }) =>
      apiGet('/api/people/{personId}/erasure-plan', { params: { path: { personId } }, signal }),
    staleTime: 0,
    gcTime: 0,
  });

export const erasureRequestsQuery = (page: number) =>
  queryOptions({
    queryKey: [...erasureKeys.all, 'requests', page],
    queryFn: ({ signal }) => apiGet('/api/erasure-requests', { params: { query: { page } }, signal }),
    placeholderData: keepPreviousData,
  });
