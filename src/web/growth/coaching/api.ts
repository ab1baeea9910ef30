import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client';

export const coachingKeys = { all: ['coaching'] as const };
const key = (...parts: string[]) => [...coachingKeys.all, ...parts];

export const poolQuery = (filters: { specialty?: string; language?: string }) =>
  queryOptions({
    queryKey: key('pool', filters.specialty ?? '', filters.language ?? ''),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/coaches', {
        params: {
          query: {
            pageSize: 50,
            ...(filters.specialty ? { specialty: filters.specialty } : {}),
            ...(filters.language ? { language: filters.language } : {}),
          },
        },
        signal,
      }),
  });
export const programmesQuery = () =>
  queryOptions({
    queryKey: key('programmes'),
    queryFn: ({ signal }) => apiGet('/api/growth/coaching/programmes', { signal }),
  });
export const myEngagementsQuery = () =>
  queryOptions({
    queryKey: key('mine'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/engagements', { params: { query: { pageSize: 20 } }, signal }),
  });
export const coacheesQuery = () =>
  queryOptions({
    queryKey: key('coachees'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/coachees', { params: { query: { pageSize: 50 } }, signal }),
  });
export const engagementQuery = (engagementId: string) =>
  queryOptions({
    queryKey: key('engagement', engagementId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/engagements/{engagementId}', {
        params: { path: { engagementId } },
        signal,
      }),
  });
export const notesQuery = (engagementId: string) =>
  queryOptions({
    queryKey: key('notes', engagementId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/engagements/{engagementId}/notes', {
        params: { path: { engagementId }, query: { pageSize: 100 } },
        signal,
      }),
  });
export const invitationsQuery = () =>
  queryOptions({
    queryKey: key('invitations'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/invitations/received', { params: { query: { pageSize: 20 } }, signal }),
  });
export const aspirationChoicesQuery = () =>
  queryOptions({
    queryKey: key('aspirations'),
    queryFn: ({ signal }) => apiGet('/api/growth/coaching/aspiration-choices', { signal }),
  });
export const summariesQuery = (personId: string) =>
  queryOptions({
    queryKey: key('summaries', personId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/people/{personId}/summaries', { params: { path: { personId } }, signal }),
    retry: false,
  });
export const logisticsQuery = () =>
  queryOptions({
    queryKey: key('logistics'),
    queryFn: ({ signal }) => apiGet('/api/growth/coaching/hr/logistics', { signal }),
  });
export const hrCoachesQuery = () =>
  queryOptions({
    queryKey: key('hrCoaches'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/hr/coaches', { params: { query: { pageSize: 100 } }, signal }),
  });
export const coach360Query = () =>
  queryOptions({
    queryKey: key('360'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/360/coachees', { params: { query: { pageSize: 20 } }, signal }),
  });
export const sentInvitationsQuery = () =>
  queryOptions({
    queryKey: key('invitationsSent'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/coaching/invitations/sent', { params: { query: { pageSize: 100 } }, signal }),
  });
