import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '../../../contracts/auth';
import { apiGet } from '../../api/client';
import { hasRole } from '../../app/session';

export const talentKeys = {
  all: ['talent'] as const,
  access: () => ['talent', 'access'] as const,
  list: (page: number) => ['talent', 'sessions', page] as const,
  session: (id: string) => ['talent', 'session', id] as const,
  board: (id: string) => ['talent', 'board', id] as const,
  distribution: (id: string) => ['talent', 'distribution', id] as const,
  card: (sessionId: string, personId: string) => ['talent', 'card', sessionId, personId] as const,
  history: (personId: string) => ['talent', 'history', personId] as const,
};

export const TALENT_PAGE_SIZE = 20;

export const talentSessionsQuery = (page: number) =>
  queryOptions({
    queryKey: talentKeys.list(page),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/talent/sessions', {
        params: { query: { page, pageSize: TALENT_PAGE_SIZE } },
        signal,
      }),
  });

export const talentSessionQuery = (sessionId: string) =>
  queryOptions({
    queryKey: talentKeys.session(sessionId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/talent/sessions/{sessionId}', { params: { path: { sessionId } }, signal }),
    retry: false,
  });

export const talentBoardQuery = (sessionId: string) =>
  queryOptions({
    queryKey: talentKeys.board(sessionId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/talent/sessions/{sessionId}/board', { params: { path: { sessionId } }, signal }),
    retry: false,
  });

export const talentDistributionQuery = (sessionId: string) =>
  queryOptions({
    queryKey: talentKeys.distribution(sessionId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/talent/sessions/{sessionId}/distribution', {
        params: { path: { sessionId } },
        signal,
      }),
    retry: false,
  });

export const talentCardQuery = (sessionId: string, personId: string) =>
  queryOptions({
    queryKey: talentKeys.card(sessionId, personId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/talent/sessions/{sessionId}/people/{personId}', {
        params: { path: { sessionId, personId } },
        signal,
      }),
    retry: false,
  });

export const talentHistoryQuery = (personId: string) =>
  queryOptions({
    queryKey: talentKeys.history(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/talent/people/{personId}/history', { params: { path: { personId } }, signal }),
    retry: false,
  });

export const departmentsQuery = () =>
  queryOptions({
    queryKey: ['talent', 'departments'] as const,
    queryFn: ({ signal }) => apiGet('/api/departments', { signal }),
    staleTime: 300_000,
  });

/**
 * Whether the caller sees "Talent reviews": HR admins, and people designated for at least one
 * review (the server answers; it decides per review who reads what).
 */
export function useTalentAccess(me: Me): boolean {
  const hr = hasRole(me, 'hr_admin');
  const access = useQuery({
    queryKey: talentKeys.access(),
    queryFn: ({ signal }) => apiGet('/api/growth/talent/access', { signal }),
    enabled: !hr && me.person !== null,
    staleTime: 60_000,
  });
  return hr || access.data?.visible === true;
}

/** Box 1..9 → its place on the grid: rows from high potential (top) to low, columns low → high performance. */
export const gridOrder = [7, 8, 9, 4, 5, 6, 1, 2, 3] as const;
