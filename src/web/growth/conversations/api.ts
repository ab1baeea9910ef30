import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client';

export const conversationKeys = { all: ['conversations'] as const };
const key = (...parts: unknown[]) => [...conversationKeys.all, ...parts];

export const myConversationsQuery = () =>
  queryOptions({
    queryKey: key('mine'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/conversations', { params: { query: { pageSize: 100 } }, signal }),
  });

export const conversationQuery = (id: string) =>
  queryOptions({
    queryKey: key('detail', id),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/conversations/{conversationId}', {
        params: { path: { conversationId: id } },
        signal,
      }),
  });

export const partnersQuery = () =>
  queryOptions({
    queryKey: key('partners'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/conversations/partners', { params: { query: { pageSize: 100 } }, signal }),
  });

export const reportsQuery = () =>
  queryOptions({
    queryKey: key('reports'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/conversations/reports', { params: { query: { pageSize: 100 } }, signal }),
  });

export const coverageQuery = () =>
  queryOptions({
    queryKey: key('coverage'),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/conversations/coverage', { params: { query: { pageSize: 100 } }, signal }),
  });

export const settingsQuery = () =>
  queryOptions({
    queryKey: key('settings'),
    queryFn: ({ signal }) => apiGet('/api/growth/conversations/settings', { signal }),
  });

export const questionsQuery = (includeRetired: boolean) =>
  queryOptions({
    queryKey: key('questions', includeRetired),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/conversations/questions', {
        params: { query: { pageSize: 100, includeRetired: includeRetired ? 'true' : 'false' } },
        signal,
      }),
  });

export const personSummaryQuery = (personId: string) =>
  queryOptions({
    queryKey: key('person', personId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/conversations/people/{personId}', { params: { path: { personId } }, signal }),
    retry: false,
  });
