import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { toneBadge, toneText } from '../../app/statusColors';
import { QueryView } from '../../components/QueryView';
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
            <Badge {...toneBadge(status.data.overdue ? 'negative' : 'positive')}>
              {status.data.overdue ? t('admin.backups.late') : t('admin.backups.ok')}
            </Badge>
          ) : null}
        </Group>
        <QueryView
          query={status}
          skeleton={<Skeleton height={40} />}
          isEmpty={(data) => !data.scheduled}
          empty={
            <Text size="sm" c="dimmed">
              {t('admin.backups.off')}
            </Text>
          }
        >
          {(data) => (
            <>
              <Text size="sm">
                {data.last
                  ? data.last.ageHours < 1
                    ? t('admin.backups.lastMinutes', {
                        at: formatDateTime(data.last.at),
                        minutes: Math.round(data.last.ageHours * 60),
                      })
                    : t('admin.backups.last', {
                        at: formatDateTime(data.last.at),
                        hours: data.last.ageHours,
                      })
                  : t('admin.backups.none')}{' '}
                {t('admin.backups.schedule', { hours: data.everyHours, keep: data.keep })}
              </Text>
              {data.overdue && data.last ? (
                <Text size="sm" c={toneText('negative')}>
                  {t('admin.backups.overdue')}
                </Text>
              ) : null}
              {data.lastFailure ? (
                <Text size="sm" c={toneText('negative')} style={{ wordBreak: 'break-word' }}>
                  {t('admin.backups.failed', {
                    at: formatDateTime(data.lastFailure.at),
                    error: data.lastFailure.error ?? '—',
                  })}
                </Text>
              ) : null}
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
