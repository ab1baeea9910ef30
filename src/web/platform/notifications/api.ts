import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationSettings } from '../../../contracts/notifications';
import { apiGet, apiPost, apiPut } from '../../api/client';

const root = ['notifications'] as const;

/** The bell's badge: polled every minute and on returning to the window, so new items show up. */
export const unreadCountQuery = queryOptions({
  queryKey: [...root, 'unread-count'],
  queryFn: ({ signal }) => apiGet('/api/notifications/unread-count', { signal }),
  refetchInterval: 60_000,
  // One small query: ask on every return to the tab, however recently it was asked.
  refetchOnWindowFocus: 'always',
});

/** The few newest, for the bell's popover. */
export const latestNotificationsQuery = queryOptions({
  queryKey: [...root, 'list', 'latest'],
  queryFn: ({ signal }) => apiGet('/api/notifications', { params: { query: { limit: 5 } }, signal }),
  staleTime: 0,
});

/** The inbox page: cursor pages of 20, all or only unread. */
export const inboxQuery = (unreadOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: [...root, 'list', 'inbox', unreadOnly ? 'unread' : 'all'],
    queryFn: ({ signal, pageParam }) =>
      apiGet('/api/notifications', {
        params: { query: { limit: 20, unread: unreadOnly ? 'true' : undefined, cursor: pageParam } },
        signal,
      }),
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
    mutationFn: (id: string) =>
      apiPost('/api/notifications/{notificationId}/read', { params: { path: { notificationId: id } } }),
    onSettled: refresh,
  });
}

export function useMarkAllRead() {
  const refresh = useRefreshInbox();
  return useMutation({
    mutationFn: () => apiPost('/api/notifications/read-all'),
    onSettled: refresh,
  });
}

export const notificationSettingsQuery = queryOptions({
  queryKey: ['notification-settings'],
  queryFn: ({ signal }) => apiGet('/api/notifications/settings', { signal }),
});

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: NotificationSettings) => apiPut('/api/notifications/settings', { body: settings }),
    onSuccess: (saved) => queryClient.setQueryData(notificationSettingsQuery.queryKey, saved),
  });
}
