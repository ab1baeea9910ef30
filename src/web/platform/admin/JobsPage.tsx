import { Button, Code, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { AdminBack } from '../../components/AdminBack';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
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
      notifications.show({ color: 'green', message: t('admin.jobs.retried') });
      void queryClient.invalidateQueries({ queryKey: ['platform', 'failed-jobs'] });
    },
  });
  const label = (name: string) => (isLabelled(name) ? t(`admin.jobs.names.${name}`) : name);

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
          <Stack gap="sm">
            <Paper p={0} style={{ overflow: 'hidden' }}>
              <Table data-testid="jobs-table" aria-label={t('admin.sections.jobs.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.jobs.job')}</Table.Th>
                    <Table.Th scope="col" visibleFrom="sm">
                      {t('admin.jobs.error')}
                    </Table.Th>
                    <Table.Th scope="col" visibleFrom="md">
                      {t('admin.jobs.attempts')}
                    </Table.Th>
                    <Table.Th scope="col" visibleFrom="md">
                      {t('admin.jobs.failedAt')}
                    </Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('admin.jobs.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((job) => (
                    <Table.Tr key={job.id} data-testid="jobs-row">
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <Text size="sm" fw={500}>
                            {label(job.name)}
                          </Text>
                          <Code>{job.name}</Code>
                          <Text size="xs" c="dimmed" hiddenFrom="sm" style={{ wordBreak: 'break-word' }}>
                            {job.lastError ?? '—'}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm" style={{ wordBreak: 'break-word' }}>
                          {job.lastError ?? '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="md">{job.attempts}</Table.Td>
                      <Table.Td visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
                        {job.failedAt ? formatDateTime(job.failedAt) : '—'}
                      </Table.Td>
                      <Table.Td>
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
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })}
            />
          </Stack>
        )}
      </QueryView>
    </Page>
  );
}
