import { Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconChartBar,
  IconChecklist,
  IconListCheck,
  IconMessageQuestion,
  IconPlus,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyRound } from '../../../contracts/surveys';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { toneBadge } from '../../app/statusColors';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { ActionPlans } from './ActionPlans';
import { mySurveysQuery, reportableRoundsQuery, SURVEY_PAGE_SIZE, surveysQuery } from './api';
import type { SurveyTab } from './routes';
import { SurveyModal } from './SurveyModal';

const route = getRouteApi('/app/growth/surveys');

/** `/growth/surveys`: surveys to answer; results (HR, managers); set-up (HR); team action plans. */
export function SurveysPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isHr = hasRole(me, 'hr_admin');
  const isManager = me.navigation.includes('team');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tabs: [SurveyTab, ReactNode][] = [
    ['mine', <IconMessageQuestion key="i" size={16} aria-hidden />],
    ...(isHr || isManager
      ? [['results', <IconChartBar key="i" size={16} aria-hidden />] as [SurveyTab, ReactNode]]
      : []),
    ...(isHr ? [['manage', <IconListCheck key="i" size={16} aria-hidden />] as [SurveyTab, ReactNode]] : []),
    ...(isHr || isManager
      ? [['actions', <IconChecklist key="i" size={16} aria-hidden />] as [SurveyTab, ReactNode]]
      : []),
  ];
  const wanted = search.tab ?? 'mine';
  const tab = tabs.some(([value]) => value === wanted) ? wanted : 'mine';
  return (
    <Page title={t('surveys.title')} description={t('surveys.lead')}>
      {tabs.length > 1 ? (
        <Tabs
          value={tab}
          onChange={(value) =>
            void navigate({ search: { tab: (value as SurveyTab) ?? undefined }, replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List aria-label={t('surveys.tabs.label')}>
            {tabs.map(([value, icon]) => (
              <Tabs.Tab key={value} value={value} leftSection={icon} data-testid={`surveys-tab-${value}`}>
                {t(`surveys.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="mine" pt="md">
            <MySurveys />
          </Tabs.Panel>
          <Tabs.Panel value="results" pt="md">
            <ResultsList isHr={isHr} />
          </Tabs.Panel>
          <Tabs.Panel value="manage" pt="md">
            <ManageList />
          </Tabs.Panel>
          <Tabs.Panel value="actions" pt="md">
            <ActionPlans />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <MySurveys />
      )}
    </Page>
  );
}

function MySurveys() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const mine = useQuery(mySurveysQuery(page));
  return (
    <QueryView
      query={mine}
      skeleton={<TableSkeleton rows={2} />}
      isEmpty={(data) => data.total === 0}
      empty={
        <EmptyPanel
          icon={<IconMessageQuestion />}
          title={t('surveys.mine.emptyTitle')}
          description={t('surveys.mine.empty')}
          testId="surveys-mine-empty"
        />
      }
    >
      {(data) => (
        <Stack gap="sm">
          {data.items.map((item) => (
            <Paper key={item.roundId} withBorder p="md" data-testid="surveys-mine-item">
              <Group justify="space-between" gap="sm">
                <Stack gap={2}>
                  <Title order={2} size="h4">
                    {item.surveyName}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('surveys.mine.closes', { date: formatDate(item.closesOn) })} ·{' '}
                    {t('surveys.mine.questions', { count: item.questionCount })}
                  </Text>
                </Stack>
                <ButtonLink
                  to="/growth/surveys/rounds/$roundId"
                  params={{ roundId: item.roundId }}
                  aria-label={t('surveys.mine.answerLabel', { name: item.surveyName })}
                >
                  {t('surveys.mine.answer')}
                </ButtonLink>
              </Group>
            </Paper>
          ))}
          <Pager page={page} pageSize={SURVEY_PAGE_SIZE} total={data.total} onChange={setPage} />
        </Stack>
      )}
    </QueryView>
  );
}

export function RoundStatus({ round }: { round: Pick<SurveyRound, 'status'> }) {
  const { t } = useTranslation();
  return round.status === 'open' ? (
    <Badge {...toneBadge('info')}>{t('surveys.detail.statusOpen')}</Badge>
  ) : (
    <Badge {...toneBadge('neutral')}>{t('surveys.detail.statusClosed')}</Badge>
  );
}

function ResultsList({ isHr }: { isHr: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const rounds = useQuery(reportableRoundsQuery(page));
  const columns: DataColumn<SurveyRound>[] = [
    { key: 'survey', header: t('surveys.results.survey'), primary: true, cell: (r) => r.surveyName },
    { key: 'round', header: t('surveys.results.round'), cell: (r) => r.roundNumber, align: 'right' },
    {
      key: 'period',
      header: t('surveys.results.period'),
      nowrap: true,
      cell: (r) => t('surveys.detail.period', { from: formatDate(r.opensOn), to: formatDate(r.closesOn) }),
    },
    { key: 'status', header: t('surveys.results.status'), cell: (r) => <RoundStatus round={r} /> },
    {
      key: 'open',
      header: t('surveys.results.view'),
      action: true,
      cell: (r) => (
        <ButtonLink
          to="/growth/surveys/results/$roundId"
          params={{ roundId: r.id }}
          size="compact-sm"
          variant="default"
          aria-label={t('surveys.results.viewLabel', { name: r.surveyName, n: r.roundNumber })}
        >
          {t('surveys.results.view')}
        </ButtonLink>
      ),
    },
  ];
  return (
    <QueryView
      query={rounds}
      skeleton={<TableSkeleton rows={3} />}
      isEmpty={(data) => data.total === 0}
      empty={
        <EmptyPanel
          icon={<IconChartBar />}
          title={t('surveys.results.emptyTitle')}
          description={isHr ? t('surveys.results.emptyHr') : t('surveys.results.emptyManager')}
        />
      }
    >
      {(data) => (
        <DataTable
          columns={columns}
          rows={data.items}
          rowKey={(r) => r.id}
          label={t('surveys.results.label')}
          pagination={{ page, pageSize: SURVEY_PAGE_SIZE, total: data.total, onChange: setPage }}
          framed
          testId="surveys-results-table"
        />
      )}
    </QueryView>
  );
}

function ManageList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const surveys = useQuery(surveysQuery(page));
  type Row = NonNullable<typeof surveys.data>['items'][number];
  const newButton = (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setCreating(true)}
      data-testid="surveys-new"
    >
      {t('surveys.manage.new')}
    </Button>
  );
  const columns: DataColumn<Row>[] = [
    { key: 'name', header: t('surveys.manage.name'), primary: true, cell: (s) => s.name },
    {
      key: 'schedule',
      header: t('surveys.manage.schedule'),
      cell: (s) => (
        <Group gap={6}>
          {t(`surveys.schedules.${s.schedule}`)}
          {s.ended ? <Badge {...toneBadge('neutral')}>{t('surveys.manage.ended')}</Badge> : null}
        </Group>
      ),
    },
    { key: 'rounds', header: t('surveys.manage.rounds'), align: 'right', cell: (s) => s.roundCount },
    {
      key: 'next',
      header: t('surveys.manage.nextRound'),
      nowrap: true,
      cell: (s) => (s.nextRoundOn ? formatDate(s.nextRoundOn) : t('surveys.manage.none')),
    },
    {
      key: 'open',
      header: t('surveys.manage.open'),
      action: true,
      cell: (s) => (
        <ButtonLink
          to="/growth/surveys/manage/$surveyId"
          params={{ surveyId: s.id }}
          size="compact-sm"
          variant="default"
          aria-label={t('surveys.manage.openLabel', { name: s.name })}
        >
          {t('surveys.manage.open')}
        </ButtonLink>
      ),
    },
  ];
  return (
    <Stack gap="md">
      <SurveyModal opened={creating} onClose={() => setCreating(false)} />
      <Group justify="flex-end">{newButton}</Group>
      <QueryView
        query={surveys}
        skeleton={<TableSkeleton rows={3} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconListCheck />}
            title={t('surveys.manage.emptyTitle')}
            description={t('surveys.manage.empty')}
          />
        }
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(s) => s.id}
            label={t('surveys.manage.label')}
            pagination={{ page, pageSize: SURVEY_PAGE_SIZE, total: data.total, onChange: setPage }}
            framed
            testId="surveys-manage-table"
          />
        )}
      </QueryView>
    </Stack>
  );
}
