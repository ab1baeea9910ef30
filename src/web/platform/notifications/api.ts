import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  MarkAllReadResult,
  NotificationItem,
  NotificationPage,
  NotificationSettings,
  UnreadCount,
} from '../../../contracts/notifications';
import { api } from '../../api/client';

const root = ['notifications'] as const;

/** The bell's badge: polled every minute and on returning to the window, so new items show up. */
export const unreadCountQuery = queryOptions({
  queryKey: [...root, 'unread-count'],
  queryFn: ({ signal }) => api.get<UnreadCount>('/notifications/unread-count', undefined, signal),
  refetchInterval: 60_000,
  // One small query: ask on every return to the tab, however recently it was asked.
  refetchOnWindowFocus: 'always',
});

/** The few newest, for the bell's popover. */
export const latestNotificationsQuery = queryOptions({
  queryKey: [...root, 'list', 'latest'],
  queryFn: ({ signal }) => api.get<NotificationPage>('/notifications', { limit: 5 }, signal),
  staleTime: 0,
});

/** The inbox page: cursor pages of 20, all or only unread. */
export const inboxQuery = (unreadOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: [...root, 'list', 'inbox', unreadOnly ? 'unread' : 'all'],
    queryFn: ({ signal, pageParam }) =>
      api.get<NotificationPage>(
        '/notifications',
        { limit: 20, unread: unreadOnly ? 'true' : undefined, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** After any change, every list and the badge are refreshed together so they never disagree. */
function useRefreshInbox() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: root });
}

export function useMarkRead() {
  const refresh = useRefreshInbox();
  return useMutation({
    mutationFn: (id: string) => api.post<NotificationItem>(`/notifications/${id}/read`),
    onSettled: refresh,
  });
}

export function useMarkAllRead() {
  const refresh = useRefreshInbox();
  return useMutation({
    mutationFn: () => api.post<MarkAllReadResult>('/notifications/read-all'),
    onSettled: refresh,
  });
}

export const notificationSettingsQuery = queryOptions({
  queryKey: ['notification-settings'],
  queryFn: ({ signal }) => api.get<NotificationSettings>('/notifications/settings', undefined, signal),
});

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: NotificationSettings) =>
      api.put<NotificationSettings>('/notifications/settings', settings),
    onSuccess: (saved) => queryClient.setQueryData(notificationSettingsQuery.queryKey, saved),
  });
}
