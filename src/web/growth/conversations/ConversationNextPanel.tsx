import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDate, formatDateTime } from '../../app/format';
import { toneBadge } from '../../app/statusColors';
import { AnchorLink, ButtonLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { personSummaryQuery } from './api';

/**
 * The "Next" half's career-conversation panel (cross-part contract 4): the next and last
 * conversation and whether one is overdue — dates only. The person themself and their direct
 * manager see it; anyone else a calm line.
 */
export function ConversationNextPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const query = useQuery(personSummaryQuery(personId));
  const hidden = query.isError && isApiError(query.error) && query.error.status === 404;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={`conversation-next-${personId}`}
      data-testid="conversation-next-panel"
    >
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarEvent size={18} aria-hidden />
          <Title order={3} size="h4" id={`conversation-next-${personId}`}>
            {t('conversations.panel.title')}
          </Title>
        </Group>
        {hidden ? (
          <Text size="sm" c="dimmed">
            {t('conversations.panel.notVisible')}
          </Text>
        ) : (
          <QueryView query={query} skeleton={<Skeleton height={40} />}>
            {(data) => (
              <Stack gap={6}>
                {data.next ? (
                  <Group gap="xs">
                    <AnchorLink
                      to="/growth/conversations/$conversationId"
                      params={{ conversationId: data.next.id }}
                      fw={600}
                    >
                      {t('conversations.panel.next', { date: formatDateTime(data.next.scheduledAt) })}
                    </AnchorLink>
                    {data.next.releaseWarning ? (
                      <Badge
                        {...toneBadge('caution')}
                        leftSection={<IconAlertTriangle size={12} aria-hidden />}
                      >
                        {t('conversations.warning.title')}
                      </Badge>
                    ) : null}
                  </Group>
                ) : null}
                <Text size="sm" c="dimmed">
                  {data.lastHeldAt
                    ? t('conversations.panel.last', { date: formatDate(data.lastHeldAt) })
                    : t('conversations.panel.never')}
                </Text>
                <Group gap="xs">
                  <Badge {...toneBadge(data.overdue ? 'negative' : 'positive')}>
                    {data.overdue
                      ? t('conversations.panel.overdue', { date: formatDate(data.dueBy) })
                      : t('conversations.panel.due', { date: formatDate(data.dueBy) })}
                  </Badge>
                  {data.next ? null : (
                    <ButtonLink to="/growth/conversations" size="xs" variant="light" color="brand">
                      {t('conversations.panel.schedule')}
                    </ButtonLink>
                  )}
                </Group>
              </Stack>
            )}
          </QueryView>
        )}
      </Stack>
    </Paper>
  );
}
