import { Button, Code, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { AdminBack } from '../../components/AdminBack';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { type FailedJob, failedJobsQuery } from '../api';
import { BackupStatusCard } from './BackupStatusCard';

const route = getRouteApi('/app/admin/jobs');

/** The product's recurring jobs have a label; any other job shows its name. */
const labelledJobs = [
  'notification-emails',
  'notification-digest',
  'review-reminders',
  'certification-reminders',
  'development-plan-nudges',
  'feedback360-schedule',
  'erasure-retention',
  'job-queue-prune',
] as const;
const isLabelled = (name: string): name is (typeof labelledJobs)[number] =>
  (labelledJobs as readonly string[]).includes(name);

/** Background jobs of the organisation that failed after their last attempt, each with a retry. */
export function JobsPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const failed = useQuery(failedJobsQuery(page));
  const retry = useMutation({
    mutationFn: (job: FailedJob) =>
      apiPost('/api/admin/jobs/{jobId}/retry', { params: { path: { jobId: job.id } } }),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('admin.jobs.retried') });
      void queryClient.invalidateQueries({ queryKey: ['platform', 'failed-jobs'] });
    },
  });
  const label = (name: string) => (isLabelled(name) ? t(`admin.jobs.names.${name}`) : name);
  const columns: DataColumn<FailedJob>[] = [
    {
      key: 'job',
      header: t('admin.jobs.job'),
      primary: true,
      cell: (job) => (
        <Stack gap={2} align="flex-start">
          <Text size="sm" fw={500}>
            {label(job.name)}
          </Text>
          <Code>{job.name}</Code>
        </Stack>
      ),
    },
    {
      key: 'error',
      header: t('admin.jobs.error'),
      cell: (job) => (
        <Text size="sm" style={{ wordBreak: 'break-word' }}>
          {job.lastError ?? '—'}
        </Text>
      ),
    },
    { key: 'attempts', header: t('admin.jobs.attempts'), align: 'right', cell: (job) => job.attempts },
    {
      key: 'failedAt',
      header: t('admin.jobs.failedAt'),
      nowrap: true,
      cell: (job) => (job.failedAt ? formatDateTime(job.failedAt) : '—'),
    },
    {
      key: 'retry',
      header: t('admin.jobs.actions'),
      action: true,
      cell: (job) => (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={retry.isPending && retry.variables?.id === job.id}
          onClick={() => retry.mutate(job)}
          aria-label={t('admin.jobs.retryNamed', { name: label(job.name) })}
        >
          {t('admin.jobs.retry')}
        </Button>
      ),
    },
  ];

  return (
    <Page title={t('admin.sections.jobs.title')} description={t('admin.jobs.lead')} above={<AdminBack />}>
      <BackupStatusCard />
      {retry.isError ? <ErrorAlert error={retry.error} /> : null}
      <QueryView
        query={failed}
        empty={
          <EmptyPanel
            testId="jobs-empty"
            icon={<IconCircleCheck size={28} />}
            title={t('admin.jobs.empty.title')}
            description={t('admin.jobs.empty.description')}
          />
        }
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(job) => job.id}
            label={t('admin.sections.jobs.title')}
            pagination={{
              page: data.page,
              pageSize: data.pageSize,
              total: data.total,
              onChange: (p) => void navigate({ search: { page: p > 1 ? p : undefined } }),
            }}
            framed
            testId="jobs-table"
            rowTestId="jobs-row"
          />
        )}
      </QueryView>
    </Page>
  );
}
