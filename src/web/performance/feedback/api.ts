import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type { FeedbackItem, FeedbackRequest } from '../../../contracts/feedback';
import { api } from '../../api/client';

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
      api.get<Page<FeedbackItem>>(`/feedback/${list}`, { page, pageSize: FEEDBACK_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const requestsQuery = (direction: 'incoming' | 'outgoing', page: number) =>
  queryOptions({
    queryKey: feedbackKeys.requests(direction, page),
    queryFn: ({ signal }) =>
      api.get<Page<FeedbackRequest>>(
        '/feedback/requests',
        { direction, page, pageSize: FEEDBACK_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const feedbackAboutQuery = (personId: string, pageSize = 3) =>
  queryOptions({
    queryKey: [...feedbackKeys.about(personId), pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<FeedbackItem>>(`/people/${encodeURIComponent(personId)}/feedback`, { pageSize }, signal),
  });
