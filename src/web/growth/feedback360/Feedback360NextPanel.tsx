import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Request360Summary } from '../../../contracts/feedback360';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
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
        <QueryView
          query={mine}
          skeleton={<Skeleton height={40} />}
          empty={
            <Text size="sm" c="dimmed">
              {t('feedback360.panel.none')}
            </Text>
          }
        >
          {(data) => (data.items[0] ? <LatestRequest request={data.items[0]} /> : null)}
        </QueryView>
        {waiting > 0 ? (
          <AnchorLink to="/growth/360" search={{ tab: 'tasks' }} size="sm">
            {t('feedback360.panel.tasks', { n: waiting })}
          </AnchorLink>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The newest of one's own 360s: a link to its report once that is ready, else where it stands. */
function LatestRequest({ request }: { request: Request360Summary }) {
  const { t } = useTranslation();
  if (request.reportReady)
    return (
      <AnchorLink to="/growth/360/$requestId/report" params={{ requestId: request.id }} size="sm">
        {t('feedback360.panel.ready')}
      </AnchorLink>
    );
  return (
    <Text size="sm">
      {t('feedback360.panel.running', {
        status: t(`feedback360.status.${request.status}`),
        date: formatDate(request.deadline),
      })}
    </Text>
  );
}
