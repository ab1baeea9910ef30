import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleReviewRow, OverdueItem } from '../../../../contracts/reviews';
import { formatDate } from '../../../app/format';
import { toneText } from '../../../app/statusColors';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { DownloadMenu } from '../../../components/DownloadMenu';
import { QueryView } from '../../../components/QueryView';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { cycleReviewsCsvHref, cycleReviewsQuery, overdueQuery, PAGE_SIZE } from '../api';
import { FormStateBadge, OpenReviewLink, ReviewStateBadge } from '../ReviewBits';

const states = [
  'self_review',
  'manager_review',
  'submitted',
  'in_calibration',
  'calibrated',
  'released',
  'acknowledged',
] as const;

export function OverdueTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const overdue = useQuery(overdueQuery(cycleId, page));
  const columns: DataColumn<OverdueItem>[] = [
    {
      key: 'person',
      header: t('reviews.dashboard.person'),
      primary: true,
      cell: (item) => item.person.displayName,
    },
    {
      key: 'task',
      header: t('reviews.dashboard.task'),
      cell: (item) => t(`reviews.dashboard.tasks.${item.task}`),
    },
    { key: 'department', header: t('reviews.dashboard.department'), cell: (item) => item.department ?? '—' },
    {
      key: 'due',
      header: t('reviews.dashboard.due'),
      nowrap: true,
      // Every row here is past its deadline: the date carries the "needs attention now" tone.
      cell: (item) => (
        <Text span size="sm" c={toneText('negative')}>
          {formatDate(item.due)}
        </Text>
      ),
    },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="overdue-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="overdue-title">
          {t('reviews.dashboard.overdue')}
        </Title>
        <QueryView
          query={overdue}
          skeleton={<TableSkeleton rows={3} />}
          isEmpty={(data) => data.total === 0}
          empty={<Text c="dimmed">{t('reviews.dashboard.overdueEmpty')}</Text>}
        >
          {(data) => (
            <DataTable
              columns={columns}
              rows={data.items}
              rowKey={(item) => `${item.reviewId}:${item.task}:${item.person.id}`}
              label={t('reviews.dashboard.overdue')}
              pagination={{ page, pageSize: data.pageSize, total: data.total, onChange: setPage }}
              minWidth={480}
              testId="cycle-overdue"
            />
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}

export function CycleReviewsTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [state, setState] = useState<string | null>(null);
  const list = useQuery(cycleReviewsQuery(cycleId, state, page));
  const done = (value: boolean) =>
    value ? (
      <FormStateBadge state="submitted" />
    ) : (
      <Text size="sm" c="dimmed">
        {t('reviews.tasks.draft')}
      </Text>
    );
  const columns: DataColumn<CycleReviewRow>[] = [
    {
      key: 'person',
      header: t('reviews.dashboard.person'),
      primary: true,
      cell: (row) => row.subject.displayName,
    },
    {
      key: 'reviewer',
      header: t('reviews.dashboard.reviewer'),
      cell: (row) => row.reviewer?.displayName ?? '—',
    },
    { key: 'department', header: t('reviews.dashboard.department'), cell: (row) => row.department ?? '—' },
    {
      key: 'state',
      header: t('reviews.cycles.status'),
      cell: (row) => <ReviewStateBadge state={row.state} />,
    },
    { key: 'self', header: t('reviews.dashboard.selfDone'), cell: (row) => done(row.selfSubmitted) },
    { key: 'manager', header: t('reviews.dashboard.managerDone'), cell: (row) => done(row.managerSubmitted) },
    {
      key: 'open',
      header: t('reviews.dashboard.open'),
      action: true,
      cell: (row) => <OpenReviewLink reviewId={row.id} name={row.subject.displayName} variant="default" />,
    },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cycle-reviews-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="cycle-reviews-title">
            {t('reviews.dashboard.reviews')}
          </Title>
          {/* The dashboard is HR's, as is the download: the state filter carries over. */}
          <DownloadMenu
            label={t('reviews.dashboard.download')}
            items={[
              {
                label: t('reviews.dashboard.download'),
                href: cycleReviewsCsvHref(cycleId, state),
                format: 'csv',
                testId: 'cycle-reviews-csv',
              },
            ]}
          />
        </Group>
        <Select
          label={t('reviews.dashboard.filterState')}
          placeholder={t('reviews.dashboard.allStates')}
          data={states.map((s) => ({ value: s, label: t(`reviews.state.${s}`) }))}
          value={state}
          onChange={(value) => {
            setState(value);
            setPage(1);
          }}
          clearable
          maw={280}
        />
        <QueryView
          query={list}
          skeleton={<TableSkeleton rows={4} />}
          isEmpty={(data) => data.total === 0}
          empty={
            <Text c="dimmed">
              {state ? t('reviews.dashboard.reviewsEmpty') : t('reviews.dashboard.reviewsNone')}
            </Text>
          }
        >
          {(data) => (
            <DataTable
              columns={columns}
              rows={data.items}
              rowKey={(row) => row.id}
              label={t('reviews.dashboard.reviews')}
              pagination={{ page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage }}
              minWidth={640}
              testId="cycle-reviews"
            />
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
