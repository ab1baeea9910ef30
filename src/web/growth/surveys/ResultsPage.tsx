import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowsShuffle, IconEyeOff, IconHourglass } from '@tabler/icons-react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import i18n from 'i18next';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SurveyDriver,
  type SurveyHeatmap,
  type SurveyResults,
  type TenureBand,
  tenureBands,
} from '../../../contracts/surveys';
import { formatDate, formatNumber } from '../../app/format';
import { toneAlert, toneText } from '../../app/statusColors';
import { DownloadMenu } from '../../components/DownloadMenu';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { MetricCard } from '../../insights/charts/MetricCard';
import {
  breakdownQuery,
  commentsQuery,
  heatmapQuery,
  type ReportFilter,
  resultsQuery,
  SURVEY_PAGE_SIZE,
  surveyExportHref,
} from './api';
import type { TrendPoint } from './EnpsTrend';
import { Heatmap } from './Heatmap';
import {
  breakdownMetric,
  comparisonRefused,
  driverMetric,
  enpsTone,
  formatDelta,
  formatEnps,
  orderSegments,
  share,
} from './surveyView';

const EnpsTrend = lazy(() => import('./EnpsTrend'));
const locale = () => (i18n.language === 'de' ? 'de-DE' : 'en-GB');
/** How many rounds back the eNPS trend reaches. */
const TREND_ROUNDS = 8;

/** `/growth/surveys/results/$roundId`: a round's results, for HR (organisation) or a manager (subtree). */
export function ResultsPage() {
  const { t } = useTranslation();
  const { roundId } = useParams({ from: '/app/growth/surveys/results/$roundId' });
  const results = useQuery(resultsQuery(roundId));
  const back = (
    <AnchorLink to="/growth/surveys" search={{ tab: 'results' }} size="sm">
      ← {t('surveys.results.back')}
    </AnchorLink>
  );
  return (
    <QueryView
      query={results}
      frame={(body) => (
        <Page title={t('surveys.title')} above={back}>
          {body}
        </Page>
      )}
    >
      {(data) => <Results results={data} back={back} />}
    </QueryView>
  );
}

function Results({ results, back }: { results: SurveyResults; back: React.ReactNode }) {
  const { t } = useTranslation();
  const { round } = results;
  const closed = round.status === 'closed';
  // Everything withheld (a small subtree): one explanation rather than a page of empty charts.
  const nothingShown =
    results.enps.state !== 'shown' && results.drivers.every((driver) => driver.score.state !== 'shown');
  const heatmap = useQuery({ ...heatmapQuery(round.id), enabled: closed && !nothingShown });
  const view = useBreakdownView();
  // The metric card words its notes with the survey's own group size.
  const minGroup = results.anonymity.threshold;
  return (
    <Page
      title={t('surveys.results.title', { name: round.surveyName, n: round.roundNumber })}
      above={back}
      actions={
        // Whoever reads these results may download the two tables as the screen shows them; the
        // server writes the same withheld cells, in words.
        heatmap.data ? (
          <DownloadMenu
            label={t('surveys.results.download.label')}
            testId="survey-download"
            items={[
              {
                label: t('surveys.results.download.heatmapCsv'),
                href: surveyExportHref(round.id, 'heatmap.csv'),
                format: 'csv',
                testId: 'survey-download-heatmap',
              },
              {
                label: t('surveys.results.download.breakdownCsv'),
                href: surveyExportHref(round.id, 'breakdown.csv', { groupBy: view.groupBy, ...view.filter }),
                format: 'csv',
                testId: 'survey-download-breakdown',
              },
            ]}
          />
        ) : undefined
      }
      description={
        <Text c="dimmed" maw={720}>
          {t('surveys.detail.period', { from: formatDate(round.opensOn), to: formatDate(round.closesOn) })} ·{' '}
          {results.scope === 'organization'
            ? t('surveys.results.scopeOrganization')
            : t('surveys.results.scopeSubtree')}
        </Text>
      }
    >
      <Text size="sm" data-testid="survey-rules-note">
        {t('surveys.results.rules', results.anonymity)}
      </Text>
      {!closed ? (
        <Alert
          {...toneAlert('info')}
          icon={<IconHourglass size={18} aria-hidden />}
          data-testid="survey-round-open"
        >
          {t('surveys.results.openNote', { date: formatDate(round.closesOn) })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Participation results={results} />
        {closed ? <EnpsCard results={results} /> : null}
      </SimpleGrid>
      {closed && nothingShown ? (
        <EmptyPanel
          icon={<IconEyeOff />}
          title={t('surveys.results.notEnoughTitle')}
          description={t('surveys.results.notEnough')}
          testId="survey-not-enough"
        />
      ) : null}
      {closed && !nothingShown ? (
        <>
          <TrendSection results={results} />
          <MetricCard
            metric={driverMetric(
              results.drivers,
              minGroup,
              (driver) => t(`surveys.drivers.${driver}`),
              t('surveys.results.score'),
            )}
            title={t('surveys.results.drivers')}
            explanation={t('surveys.results.driversExplain')}
            asOf={round.closesOn}
            rowHeader={t('surveys.results.driverCol')}
            testId="survey-drivers"
          />
          <QueryView query={heatmap} skeleton={<Skeleton height={240} />}>
            {(data) => <Heatmap heatmap={data} />}
          </QueryView>
          {heatmap.data ? (
            <Breakdown roundId={round.id} heatmap={heatmap.data} minGroup={minGroup} view={view} />
          ) : null}
          <Comments roundId={round.id} />
        </>
      ) : null}
    </Page>
  );
}

function Participation({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const p = results.participation;
  return (
    <Paper withBorder p="md" data-testid="survey-participation">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('surveys.results.participation')}
        </Title>
        {p ? (
          <>
            <Text size="xl" fw={700}>
              {new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(p.rate)}
            </Text>
            <Progress value={p.rate * 100} aria-hidden />
            <Text size="sm">
              {t('surveys.results.participationText', {
                responded: formatNumber(p.responded),
                invited: formatNumber(p.invited),
                rate: new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(
                  p.rate,
                ),
              })}
            </Text>
          </>
        ) : (
          <Withheld text={t('surveys.results.participationHidden')} />
        )}
      </Stack>
    </Paper>
  );
}

function Withheld({ text }: { text: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconEyeOff size={16} aria-hidden style={{ flex: 'none', marginTop: 3 }} />
      <Text size="sm" c="gray.7">
        {text}
      </Text>
    </Group>
  );
}

function EnpsCard({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const { enps, enpsTrend } = results;
  return (
    <Paper withBorder p="md" data-testid="survey-enps">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('surveys.results.enps')}
        </Title>
        {enps.state === 'shown' ? (
          <>
            <Group gap="sm" align="baseline">
              <Text size="xl" fw={700} c={toneText(enpsTone(enps.score))} data-testid="survey-enps-score">
                {formatEnps(enps.score)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('surveys.results.answers', { count: enps.n })}
              </Text>
            </Group>
            <List size="sm" spacing={2}>
              {(['promoters', 'passives', 'detractors'] as const).map((key) => (
                <List.Item key={key}>
                  {t(`surveys.results.${key}`)}: {formatNumber(enps[key])} ({share(enps[key], enps.n)} %)
                </List.Item>
              ))}
            </List>
            <Text size="sm" data-testid="survey-enps-change">
              {enpsTrend.state === 'shown'
                ? t('surveys.results.change', { delta: formatDelta(enpsTrend.delta, 'enps', locale()) })
                : results.previousRoundId
                  ? t('surveys.results.noChange')
                  : t('surveys.results.firstRound')}
            </Text>
          </>
        ) : (
          <Withheld text={t(`surveys.results.withheld.${enps.state}`)} />
        )}
        <Text size="xs" c="dimmed">
          {t('surveys.results.enpsExplain')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The eNPS of this round and the ones before it (following `previousRoundId`), as a line. */
function TrendSection({ results }: { results: SurveyResults }) {
  const queryClient = useQueryClient();
  // Follows `previousRoundId` through the rounds already loaded; each arrival renders again and
  // reaches one round further back.
  const ids = [results.round.id];
  let previous = results.previousRoundId;
  while (previous && ids.length < TREND_ROUNDS) {
    ids.push(previous);
    previous = queryClient.getQueryData(resultsQuery(previous).queryKey)?.previousRoundId ?? null;
  }
  const rounds = useQueries({ queries: ids.map((id) => resultsQuery(id)) });
  if (rounds.some((r) => r.isPending)) return <Skeleton height={200} />;
  const points: TrendPoint[] = rounds.flatMap((r) => {
    const data = r.data;
    if (data?.round.status !== 'closed') return [];
    return [
      {
        roundId: data.round.id,
        roundNumber: data.round.roundNumber,
        closesOn: data.round.closesOn,
        score: data.enps.state === 'shown' ? data.enps.score : null,
        n: data.enps.state === 'shown' ? data.enps.n : null,
        state: data.enps.state,
      },
    ];
  });
  if (results.enps.state === 'no_data' && points.length <= 1) return null;
  return (
    <Suspense fallback={<Skeleton height={200} />}>
      <EnpsTrend points={points} />
    </Suspense>
  );
}

/** The breakdown the page shows (grouping and filter), kept by the page so its download matches it. */
function useBreakdownView() {
  const [groupBy, setGroupBy] = useState<'tenure' | 'department'>('tenure');
  const [department, setDepartment] = useState<string | null>(null);
  const [tenure, setTenure] = useState<TenureBand | null>(null);
  const filter: ReportFilter =
    groupBy === 'tenure' ? (department ? { department } : {}) : tenure ? { tenure } : {};
  return { groupBy, setGroupBy, department, setDepartment, tenure, setTenure, filter };
}

function Breakdown({
  roundId,
  heatmap,
  minGroup,
  view,
}: {
  roundId: string;
  heatmap: SurveyHeatmap;
  minGroup: number;
  view: ReturnType<typeof useBreakdownView>;
}) {
  const { t } = useTranslation();
  const { groupBy, setGroupBy, department, setDepartment, tenure, setTenure, filter } = view;
  const breakdown = useQuery(breakdownQuery(roundId, groupBy, filter));
  const departments = heatmap.rows.filter((row) => row.key !== null);
  const segmentLabel = (key: string | null, label: string | null) =>
    groupBy === 'tenure'
      ? key
        ? t(`surveys.tenure.${key as TenureBand}`)
        : t('surveys.results.noTenure')
      : (label ?? t('surveys.results.noDepartment'));
  return (
    <Stack gap="sm" data-testid="survey-breakdown">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('surveys.results.breakdown')}
          </Title>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="survey-groupby-label">
                {t('surveys.results.groupBy')}
              </Text>
              <SegmentedControl
                aria-labelledby="survey-groupby-label"
                value={groupBy}
                onChange={(value) => setGroupBy(value as 'tenure' | 'department')}
                data={[
                  { value: 'tenure', label: t('surveys.results.byTenure') },
                  { value: 'department', label: t('surveys.results.byDepartment') },
                ]}
              />
            </Stack>
            {groupBy === 'tenure' ? (
              <Select
                label={t('surveys.results.filterDepartment')}
                placeholder={t('surveys.results.all')}
                clearable
                value={department}
                onChange={setDepartment}
                data={departments.map((row) => ({ value: row.key!, label: row.label ?? row.key! }))}
                data-testid="survey-filter-department"
              />
            ) : (
              <Select
                label={t('surveys.results.filterTenure')}
                placeholder={t('surveys.results.all')}
                clearable
                value={tenure}
                onChange={(value) => setTenure(value as TenureBand | null)}
                data={tenureBands.map((value) => ({ value, label: t(`surveys.tenure.${value}`) }))}
              />
            )}
          </Group>
        </Stack>
      </Paper>
      <QueryView query={breakdown} skeleton={<Skeleton height={240} />}>
        {(data) =>
          comparisonRefused(data.segments) ? (
            <Alert
              {...toneAlert('caution')}
              icon={<IconEyeOff size={18} aria-hidden />}
              data-testid="survey-breakdown-refused"
            >
              {t('surveys.results.refusedCompare')}
            </Alert>
          ) : (
            <MetricCard
              metric={breakdownMetric(
                {
                  drivers: data.drivers,
                  threshold: minGroup,
                  segments: orderSegments(data.segments, groupBy, tenureBands).map((s) => ({
                    ...s,
                    label: segmentLabel(s.key, s.label),
                    count:
                      s.count.state === 'shown' ? { state: 'shown', n: s.count.n } : { state: s.count.state },
                  })),
                  total: {
                    ...data.total,
                    label: t('surveys.results.overall'),
                    count:
                      data.total.count.state === 'shown'
                        ? { state: 'shown', n: data.total.count.n }
                        : { state: data.total.count.state },
                  },
                },
                {
                  driver: (driver: SurveyDriver) => t(`surveys.drivers.${driver}`),
                  count: t('surveys.results.count'),
                },
              )}
              title={`${t('surveys.results.breakdown')}: ${groupBy === 'tenure' ? t('surveys.results.byTenure') : t('surveys.results.byDepartment')}`}
              explanation={t('surveys.results.driversExplain')}
              asOf={data.round.closesOn}
              rowHeader={t('surveys.results.segmentHeader')}
              testId="survey-breakdown-card"
            />
          )
        }
      </QueryView>
    </Stack>
  );
}

function Comments({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  // The server shuffles each view afresh; the order of this view (its seed) is kept for its pages.
  const [seed, setSeed] = useState<number | undefined>(undefined);
  const comments = useQuery({
    ...commentsQuery(roundId, {}, page, seed),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const goTo = (next: number) => {
    if (seed === undefined && comments.data) setSeed(comments.data.seed);
    setPage(next);
  };
  const shuffle = () => {
    const unchanged = page === 1 && seed === undefined;
    queryClient.removeQueries({ queryKey: ['surveys', 'comments', roundId] });
    setSeed(undefined);
    setPage(1);
    if (unchanged) void comments.refetch();
  };
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="survey-comments-title"
      data-testid="survey-comments"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4" id="survey-comments-title">
              {t('surveys.results.comments')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('surveys.results.commentsHelp')}
            </Text>
          </Stack>
          {comments.data?.state === 'shown' && comments.data.total > 1 ? (
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconArrowsShuffle size={16} aria-hidden />}
              onClick={shuffle}
            >
              {t('surveys.results.shuffle')}
            </Button>
          ) : null}
        </Group>
        <QueryView query={comments} skeleton={<TableSkeleton rows={3} />}>
          {(data) => {
            if (data.state !== 'shown' || data.total === 0)
              return (
                <Withheld
                  text={t(
                    `surveys.results.commentsHidden.${data.state === 'shown' ? 'no_data' : data.state}`,
                  )}
                />
              );
            return (
              <Stack gap="xs">
                <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {data.items.map((item, index) => (
                    // Shuffled by the server and without identity by design: the position is the only key.
                    // biome-ignore lint/suspicious/noArrayIndexKey: comments have no identity
                    <li key={index}>
                      <Paper p="sm" bg="var(--mantine-color-gray-0)" radius="md">
                        {item.prompt ? (
                          <Text size="xs" c="gray.7" mb={4}>
                            {item.prompt}
                          </Text>
                        ) : null}
                        <Text size="sm">“{item.verbatimText}”</Text>
                      </Paper>
                    </li>
                  ))}
                </Stack>
                <Pager page={page} pageSize={SURVEY_PAGE_SIZE} total={data.total} onChange={goTo} />
              </Stack>
            );
          }}
        </QueryView>
      </Stack>
    </Paper>
  );
}
