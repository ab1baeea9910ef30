import { queryOptions } from '@tanstack/react-query';
import type { AnalyticsHalf, AnalyticsScope } from '../../../contracts/analytics';
import { apiGet, apiPost } from '../../api/client';
import { csvHref } from '../charts/metricView';
import { refreshPollMs } from './analyticsView';

export const analyticsKeys = {
  all: ['analytics'] as const,
  half: (half: AnalyticsHalf, scope: AnalyticsScope, cycleId: string | undefined) =>
    ['analytics', half, scope, cycleId ?? 'latest'] as const,
};

/** One half's charts; polled every few seconds while a refresh of the figures runs. */
export const analyticsQuery = (half: AnalyticsHalf, scope: AnalyticsScope, cycleId: string | undefined) =>
  queryOptions({
    queryKey: analyticsKeys.half(half, scope, cycleId),
    queryFn: ({ signal }) =>
      apiGet('/api/insights/analytics/{half}', {
        params: { path: { half }, query: { scope, ...(cycleId ? { cycleId } : {}) } },
        signal,
      }),
    refetchInterval: (query) => refreshPollMs(query.state.data?.refreshing),
  });

export const refreshAnalytics = () => apiPost('/api/insights/analytics/refresh');

/** The CSV of one metric with the page's scope and cycle, so the file holds what the card shows. */
export const metricCsvHref = (
  half: AnalyticsHalf,
  metricId: string,
  scope: AnalyticsScope,
  cycleId: string | null | undefined,
) => csvHref(`/api/insights/analytics/${half}`, metricId, { scope, cycleId: cycleId ?? undefined });
