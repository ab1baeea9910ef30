import {
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconCalendarStats, IconChartBar, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AnalyticsPage as AnalyticsAnswer,
  AnalyticsHalf,
  AnalyticsMetricResult,
  AnalyticsScope,
} from '../../../contracts/analytics';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { toneText } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { useIsPhone } from '../../components/useIsPhone';
import { MetricCard } from '../charts/MetricCard';
import { analyticsAccess, effectiveScope, emptyKey, rowHeaderKey, toMetricData } from './analyticsView';
import { analyticsKeys, analyticsQuery, metricCsvHref, refreshAnalytics } from './api';
import { halfLook } from './halfLook';
import type { InsightsSearch } from './search';

/**
 * One half of HR analytics (issue 14 items 1–5): "Now" (performance and pay) or "Next"
 * (development). Each metric is a card with a chart, a table and a CSV; the scope (organisation or
 * own subtree) and, on Now, the review cycle are in the address, so a view can be shared.
 */
export function AnalyticsPage({ half }: { half: AnalyticsHalf }) {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ strict: false }) as InsightsSearch;
  const access = analyticsAccess(me);
  // The layout shows the viewer without any scope a message instead of this page.
  const scope = effectiveScope(search.scope, access) ?? 'subtree';
  const cycleId = half === 'now' ? search.cycle : undefined;
  const query = useQuery(analyticsQuery(half, scope, cycleId));
  const { color, icon: HalfIcon } = halfLook[half];

  return (
    <Page
      title={t(`analytics.halves.${half}.title`)}
      leading={
        <ThemeIcon color={color} variant="filled" size={38} radius="md">
          <HalfIcon size={22} aria-hidden />
        </ThemeIcon>
      }
      description={
        <Text maw={760} c={`${color}.9`}>
          {t(`analytics.halves.${half}.purpose`)}
        </Text>
      }
    >
      <Stack gap="lg" data-testid={`insights-${half}`}>
        <Controls half={half} scope={scope} scopes={access.scopes} data={query.data} />
        <QueryView
          query={query}
          skeleton={<CardsSkeleton />}
          isEmpty={(data) => data.asOf === null}
          empty={(data) => <NotComputed half={half} scope={scope} canRefresh={data.canRefresh} />}
        >
          {(data) => <Metrics data={data} scope={scope} />}
        </QueryView>
      </Stack>
    </Page>
  );
}

function CardsSkeleton() {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} aria-busy="true">
      <span className="visually-hidden">{t('common.loading')}</span>
      {[0, 1, 2, 3].map((key) => (
        <Skeleton key={key} height={320} radius="md" />
      ))}
    </SimpleGrid>
  );
}

/** Scope, cycle and the refresh button, with when the figures were computed. */
function Controls({
  half,
  scope,
  scopes,
  data,
}: {
  half: AnalyticsHalf;
  scope: AnalyticsScope;
  scopes: AnalyticsScope[];
  data: AnalyticsAnswer | undefined;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const ids = { scope: useId() };
  const setSearch = (next: Partial<InsightsSearch>) =>
    void navigate({
      to: '.',
      search: (previous: InsightsSearch) => ({ ...previous, ...next }),
      replace: true,
    } as never);
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      {scopes.length > 1 ? (
        <Stack gap={4} w={phone ? '100%' : undefined}>
          <Text size="sm" fw={500} id={ids.scope}>
            {t('analytics.scope.label')}
          </Text>
          <SegmentedControl
            aria-labelledby={ids.scope}
            value={scope}
            onChange={(value) => setSearch({ scope: value as AnalyticsScope })}
            fullWidth={phone}
            data={scopes.map((value) => ({ value, label: t(`analytics.scope.${value}`) }))}
            data-testid="insights-scope"
          />
        </Stack>
      ) : (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {t('analytics.scope.label')}: {t(`analytics.scope.${scope}`)}
          </Text>
          {scope === 'subtree' ? (
            <Text size="xs" c="dimmed">
              {t('analytics.scope.subtreeOnly')}
            </Text>
          ) : null}
        </Stack>
      )}
      {half === 'now' && data && data.cycles.length > 0 ? (
        <Select
          label={t('analytics.cycle.label')}
          leftSection={<IconCalendarStats size={16} aria-hidden />}
          value={data.cycleId}
          onChange={(value) => value && setSearch({ cycle: value })}
          allowDeselect={false}
          w={phone ? '100%' : 460}
          data={data.cycles.map((cycle) => ({
            value: cycle.id,
            label: t('analytics.cycle.option', { name: cycle.name, date: formatDate(cycle.launchedOn) }),
          }))}
          data-testid="insights-cycle"
        />
      ) : null}
      {data?.canRefresh ? <RefreshButton refreshing={data.refreshing} /> : null}
    </Group>
  );
}

function RefreshButton({ refreshing }: { refreshing: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = useMutation({
    mutationFn: refreshAnalytics,
    onSuccess: async () => {
      showToast({ tone: 'info', message: t('analytics.refresh.queued') });
      await queryClient.invalidateQueries({ queryKey: analyticsKeys.all });
    },
  });
  const busy = refreshing || refresh.isPending;
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        leftSection={<IconRefresh size={16} aria-hidden />}
        onClick={() => refresh.mutate()}
        loading={refresh.isPending}
        disabled={busy}
        data-testid="insights-refresh"
      >
        {refreshing ? t('analytics.refresh.running') : t('analytics.refresh.button')}
      </Button>
      {refresh.isError ? <ErrorAlert error={refresh.error} /> : null}
      <Text size="xs" c="dimmed" aria-live="polite">
        {refreshing ? t('analytics.refresh.runningHint') : t('analytics.refresh.hint')}
      </Text>
    </Stack>
  );
}

function NotComputed({
  half,
  scope,
  canRefresh,
}: {
  half: AnalyticsHalf;
  scope: AnalyticsScope;
  canRefresh: boolean;
}) {
  const { t } = useTranslation();
  return (
    <EmptyPanel
      icon={<IconChartBar size={28} />}
      color={halfLook[half].color}
      title={t('analytics.empty.notComputed.title')}
      description={canRefresh ? t('analytics.empty.notComputed.hr') : t('analytics.empty.notComputed.others')}
      testId={`insights-${half}-${scope}-not-computed`}
    />
  );
}

function Metrics({ data, scope }: { data: AnalyticsAnswer; scope: AnalyticsScope }) {
  const { t } = useTranslation();
  const min = data.metrics[0]?.minGroupSize ?? 5;
  return (
    <Stack gap="md">
      {data.half === 'now' && data.cycles.length === 0 ? (
        <EmptyPanel
          icon={<IconCalendarStats size={28} />}
          color={halfLook.now.color}
          title={t('analytics.empty.noCycle.title')}
          description={t('analytics.empty.noCycle.description')}
          testId="insights-no-cycle"
        />
      ) : null}
      <Text size="sm" c={toneText('neutral')}>
        {t('analytics.privacy', { min })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {data.metrics.map((metric) => (
          <AnalyticsMetric key={metric.id} metric={metric} data={data} scope={scope} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function AnalyticsMetric({
  metric,
  data,
  scope,
}: {
  metric: AnalyticsMetricResult;
  data: AnalyticsAnswer;
  scope: AnalyticsScope;
}) {
  const { t } = useTranslation();
  const lookup = (key: string, fallback: string) => t(key as 'analytics.title', { defaultValue: fallback });
  const title = lookup(`analytics.metric.${metric.id}`, metric.title);
  const point = metric.pointInTime;
  return (
    <MetricCard
      metric={toMetricData(metric, lookup)}
      title={title}
      explanation={lookup(`analytics.explanation.${metric.id}`, metric.formula.text)}
      formula={metric.formula.definition}
      pointInTime={
        point
          ? t(`analytics.pointInTime.${point.basis}`, {
              date: formatDate(point.date),
              from: formatDate(point.from),
            })
          : null
      }
      asOf={data.asOf}
      csvHref={metricCsvHref(data.half, metric.id, scope, data.cycleId)}
      rowHeader={t(`analytics.rowHeader.${rowHeaderKey(metric.id)}`)}
      empty={
        <Text size="sm" c="dimmed" data-testid={`metric-${metric.id}-empty`}>
          {t(`analytics.empty.metric.${emptyKey(metric.id)}`)}
        </Text>
      }
      testId={`metric-${metric.id}`}
    />
  );
}
