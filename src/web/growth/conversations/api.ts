import { queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type {
  CareerQuestion,
  ConversationDetail,
  ConversationPartner,
  ConversationSettings,
  ConversationSummary,
  CoveragePage,
  PersonConversationSummary,
  ReportCadencePage,
} from '../../../contracts/conversations';
import { api } from '../../api/client';

export const conversationKeys = { all: ['conversations'] as const };
const key = (...parts: unknown[]) => [...conversationKeys.all, ...parts];

export const myConversationsQuery = () =>
  queryOptions({
    queryKey: key('mine'),
    queryFn: ({ signal }) =>
      api.get<Page<ConversationSummary>>('/growth/conversations', { pageSize: 100 }, signal),
  });

export const conversationQuery = (id: string) =>
  queryOptions({
    queryKey: key('detail', id),
    queryFn: ({ signal }) =>
      api.get<ConversationDetail>(`/growth/conversations/${encodeURIComponent(id)}`, undefined, signal),
  });

export const partnersQuery = () =>
  queryOptions({
    queryKey: key('partners'),
    queryFn: ({ signal }) =>
      api.get<Page<ConversationPartner>>('/growth/conversations/partners', { pageSize: 100 }, signal),
  });

export const reportsQuery = () =>
  queryOptions({
    queryKey: key('reports'),
    queryFn: ({ signal }) =>
      api.get<ReportCadencePage>('/growth/conversations/reports', { pageSize: 100 }, signal),
  });

export const coverageQuery = () =>
  queryOptions({
    queryKey: key('coverage'),
    queryFn: ({ signal }) =>
      api.get<CoveragePage>('/growth/conversations/coverage', { pageSize: 100 }, signal),
  });

export const settingsQuery = () =>
  queryOptions({
    queryKey: key('settings'),
    queryFn: ({ signal }) =>
      api.get<ConversationSettings>('/growth/conversations/settings', undefined, signal),
  });

export const questionsQuery = (includeRetired: boolean) =>
  queryOptions({
    queryKey: key('questions', includeRetired),
    queryFn: ({ signal }) =>
      api.get<Page<CareerQuestion>>(
        '/growth/conversations/questions',
        { pageSize: 100, includeRetired },
        signal,
      ),
  });

export const personSummaryQuery = (personId: string) =>
  queryOptions({
    queryKey: key('person', personId),
    queryFn: ({ signal }) =>
      api.get<PersonConversationSummary>(
        `/growth/conversations/people/${encodeURIComponent(personId)}`,
        undefined,
        signal,
      ),
    retry: false,
  });
