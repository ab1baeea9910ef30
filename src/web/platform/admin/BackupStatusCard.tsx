import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { backupStatusQuery } from '../api';

/** Where the scheduled backups stand: shown with the failed jobs, since both say "is the installation looked after". */
export function BackupStatusCard() {
  const { t } = useTranslation();
  const status = useQuery(backupStatusQuery);
  return (
    <Paper p="md" data-testid="backup-status" aria-labelledby="backup-status-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="backup-status-title">
            {t('admin.backups.title')}
          </Title>
          {status.data?.scheduled ? (
            <Badge color={status.data.overdue ? 'red' : 'green'} variant="light">
              {status.data.overdue ? t('admin.backups.late') : t('admin.backups.ok')}
            </Badge>
          ) : null}
        </Group>
        {status.isPending ? (
          <Skeleton height={40} />
        ) : status.isError ? (
          <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
        ) : !status.data.scheduled ? (
          <Text size="sm" c="dimmed">
            {t('admin.backups.off')}
          </Text>
        ) : (
          <>
            <Text size="sm">
              {status.data.last
                ? status.data.last.ageHours < 1
                  ? t('admin.backups.lastMinutes', {
                      at: formatDateTime(status.data.last.at),
                      minutes: Math.round(status.data.last.ageHours * 60),
                    })
                  : t('admin.backups.last', {
                      at: formatDateTime(status.data.last.at),
                      hours: status.data.last.ageHours,
                    })
                : t('admin.backups.none')}{' '}
              {t('admin.backups.schedule', { hours: status.data.everyHours, keep: status.data.keep })}
            </Text>
            {status.data.overdue && status.data.last ? (
              <Text size="sm" c="red">
                {t('admin.backups.overdue')}
              </Text>
            ) : null}
            {status.data.lastFailure ? (
              <Text size="sm" c="red" style={{ wordBreak: 'break-word' }}>
                {t('admin.backups.failed', {
                  at: formatDateTime(status.data.lastFailure.at),
                  error: status.data.lastFailure.error ?? '—',
                })}
              </Text>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
