import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { myRequestsQuery, tasksQuery } from './api';

/**
 * The "Next" half's 360 panel: only ever the caller's own 360s (subject only) and how many
 * colleagues wait for their feedback. On anyone else's profile it shows nothing — a 360 belongs to
 * its subject alone.
 */
export function Feedback360NextPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.person?.id === personId;
  const mine = useQuery({ ...myRequestsQuery(1), enabled: own });
  const tasks = useQuery({ ...tasksQuery(1), enabled: own });
  if (!own) return null;
  const latest = mine.data?.items[0];
  const waiting =
    tasks.data?.items.filter((task) => task.status === 'pending' && task.group !== 'self').length ?? 0;
  return (
    <Paper withBorder p="md" data-testid="feedback360-next-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('feedback360.panel.title')}
          </Title>
          <AnchorLink to="/growth/360" size="sm">
            {t('feedback360.panel.openAll')}
          </AnchorLink>
        </Group>
        {mine.isPending ? (
          <Skeleton height={40} />
        ) : mine.isError ? (
          <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
        ) : !latest ? (
          <Text size="sm" c="dimmed">
            {t('feedback360.panel.none')}
          </Text>
        ) : latest.reportReady ? (
          <AnchorLink to="/growth/360/$requestId/report" params={{ requestId: latest.id }} size="sm">
            {t('feedback360.panel.ready')}
          </AnchorLink>
        ) : (
          <Text size="sm">
            {t('feedback360.panel.running', {
              status: t(`feedback360.status.${latest.status}`),
              date: formatDate(latest.deadline),
            })}
          </Text>
        )}
        {waiting > 0 ? (
          <AnchorLink to="/growth/360" search={{ tab: 'tasks' }} size="sm">
            {t('feedback360.panel.tasks', { n: waiting })}
          </AnchorLink>
        ) : null}
      </Stack>
    </Paper>
  );
}
