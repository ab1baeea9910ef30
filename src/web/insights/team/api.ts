import { infiniteQueryOptions } from '@tanstack/react-query';
import type { TeamScope } from '../../../contracts/teamView';
import { apiGet } from '../../api/client';

export const teamViewKeys = {
  all: ['teamView'] as const,
  scope: (scope: TeamScope) => ['teamView', scope] as const,
};

/** The caller's team, 50 people a page, in a stable order (the server's cursor). */
export const teamViewQuery = (scope: TeamScope) =>
  infiniteQueryOptions({
    queryKey: teamViewKeys.scope(scope),
    queryFn: ({ pageParam, signal }) =>
      apiGet('/api/insights/team', {
        params: { query: { scope, pageSize: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
