import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type { ErasurePlan, ErasureRequest } from '../../../contracts/erasure';
import { api } from '../../api/client';

export type { ErasurePlan, ErasureRequest };

export const erasureKeys = { all: ['erasure'] as const };

/** The dry run for a person: fetched fresh each time the form opens. */
export const erasurePlanQuery = (personId: string) =>
  queryOptions({
    queryKey: [...erasureKeys.all, 'plan', personId],
    queryFn: ({ signal }) => api.get<ErasurePlan>(`/people/${personId}/erasure-plan`, undefined, signal),
    staleTime: 0,
    gcTime: 0,
  });

export const erasureRequestsQuery = (page: number) =>
  queryOptions({
    queryKey: [...erasureKeys.all, 'requests', page],
    queryFn: ({ signal }) => api.get<Page<ErasureRequest>>('/erasure-requests', { page }, signal),
    placeholderData: keepPreviousData,
  });
