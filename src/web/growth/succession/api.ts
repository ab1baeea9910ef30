import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '../../../contracts/auth';
import type { ReplaceSlateRequest, SuccessionPlan } from '../../../contracts/succession';
import { apiGet, apiPut } from '../../api/client';
import { hasRole } from '../../app/session';

export const successionKeys = {
  all: ['succession'] as const,
  list: (page: number) => ['succession', 'positions', page] as const,
  plan: (id: string) => ['succession', 'plan', id] as const,
  bench: () => ['succession', 'bench'] as const,
};

export const positionsQuery = (page: number, pageSize = 25) =>
  queryOptions({
    queryKey: [...successionKeys.list(page), pageSize],
    queryFn: ({ signal }) =>
      apiGet('/api/growth/succession/positions', { params: { query: { page, pageSize } }, signal }),
  });

export const planQuery = (positionId: string) =>
  queryOptions({
    queryKey: successionKeys.plan(positionId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/succession/positions/{positionId}', { params: { path: { positionId } }, signal }),
    retry: false,
  });

export const benchQuery = () =>
  queryOptions({
    queryKey: successionKeys.bench(),
    queryFn: ({ signal }) => apiGet('/api/growth/succession/bench', { signal }),
    retry: false,
  });

export const saveSlate = (positionId: string, body: ReplaceSlateRequest) =>
  apiPut('/api/growth/succession/positions/{positionId}/slate', { params: { path: { positionId } }, body });

/** The slate of a plan as the request that would write it back unchanged. */
export const slateRequest = (plan: SuccessionPlan): ReplaceSlateRequest['successors'] =>
  plan.successors.map((s) => ({
    personId: s.person.id,
    readiness: s.readiness,
    interim: s.interim,
    successorNote: s.successorNote,
  }));

/**
 * Whether the caller works on any succession plan: HR admins always; anyone else when the list
 * answers with at least one position they were designated for (the server decides, per plan).
 */
export function useSuccessionAccess(me: Me): boolean {
  const hr = hasRole(me, 'hr_admin');
  const list = useQuery({ ...positionsQuery(1, 1), enabled: !hr && me.person !== null, staleTime: 60_000 });
  return hr || (list.data?.total ?? 0) > 0;
}
