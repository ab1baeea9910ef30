import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client';

export const FEEDBACK_PAGE_SIZE = 10;
export type FeedbackList = 'received' | 'given' | 'praise';

export const feedbackKeys = {
  all: ['feedback'] as const,
  list: (list: FeedbackList, page: number) => ['feedback', list, page] as const,
  requests: (direction: 'incoming' | 'outgoing', page: number) =>
    ['feedback', 'requests', direction, page] as const,
  about: (personId: string) => ['feedback', 'about', personId] as const,
};

export const feedbackListQuery = (list: FeedbackList, page: number) =>
  queryOptions({
    queryKey: feedbackKeys.list(list, page),
    queryFn: ({ signal }) =>
      apiGet(`/api/feedback/${list}` as const, {
        params: { query: { page, pageSize: FEEDBACK_PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const requestsQuery = (direction: 'incoming' | 'outgoing', page: number) =>
  queryOptions({
    queryKey: feedbackKeys.requests(direction, page),
    queryFn: ({ signal }) =>
      apiGet('/api/feedback/requests', {
        params: { query: { direction, page, pageSize: FEEDBACK_PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const feedbackAboutQuery = (personId: string, pageSize = 3) =>
  queryOptions({
    queryKey: [...feedbackKeys.about(personId), pageSize],
    queryFn: ({ signal }) =>
      apiGet('/api/people/{personId}/feedback', {
        params: { path: { personId }, query: { pageSize } },
        signal,
      }),
  });
