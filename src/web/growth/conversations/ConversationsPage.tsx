import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent, IconCalendarPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../contracts/conversations';
import { formatDateTime } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { conversationTone, toneBadge } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { myConversationsQuery } from './api';
import { HrConversationsPanel } from './HrConversationsPanel';
import { ReportsCadence } from './ReportsCadence';
import { ScheduleModal } from './ScheduleModal';

/** `/growth/conversations`: my conversations; for managers, their reports' rhythm; for HR, coverage and rules. */
export function ConversationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [scheduling, setScheduling] = useState<{ withPersonId?: string } | null>(null);
  const query = useQuery(myConversationsQuery());
  return (
    <Page
      title={t('conversations.title')}
      description={t('conversations.lead')}
      actions={
        me.person ? (
          <Button
            color="brand"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => setScheduling({})}
            data-testid="conversation-start"
          >
            {t('conversations.start')}
          </Button>
        ) : null
      }
    >
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={3} />}
        empty={
          <EmptyPanel
            testId="conversations-empty"
            icon={<IconCalendarEvent size={28} />}
            color="brand"
            title={t('conversations.empty.title')}
            description={t('conversations.empty.description')}
            actions={
              me.person ? (
                <Button variant="light" color="brand" onClick={() => setScheduling({})}>
                  {t('conversations.start')}
                </Button>
              ) : null
            }
          />
        }
      >
        {(data) => <ConversationLists items={data.items} />}
      </QueryView>
      {me.isManager ? (
        <ReportsCadence onSchedule={(withPersonId) => setScheduling({ withPersonId })} />
      ) : null}
      {hasRole(me, 'hr_admin') ? <HrConversationsPanel /> : null}
      <ScheduleModal
        opened={scheduling !== null}
        withPersonId={scheduling?.withPersonId}
        onClose={() => setScheduling(null)}
      />
    </Page>
  );
}

/** Upcoming conversations first, then the held and cancelled ones; a heading only over a non-empty group. */
function ConversationLists({ items }: { items: ConversationSummary[] }) {
  const { t } = useTranslation();
  const groups = [
    { key: 'upcoming', list: items.filter((c) => c.status === 'scheduled') },
    { key: 'past', list: items.filter((c) => c.status !== 'scheduled') },
  ] as const;
  return (
    <Stack gap="lg">
      {groups.map(({ key, list }) =>
        list.length === 0 ? null : (
          <Stack key={key} gap="sm" component="section" aria-labelledby={`conversations-${key}`}>
            <Title order={2} size="h4" id={`conversations-${key}`} c="brand.9">
              {t(`conversations.${key}`)}
            </Title>
            {list.map((item) => (
              <ConversationRow key={item.id} item={item} />
            ))}
          </Stack>
        ),
      )}
    </Stack>
  );
}

function ConversationRow({ item }: { item: ConversationSummary }) {
  const { t } = useTranslation();
  const other = item.viewerRole === 'employee' ? item.manager : item.employee;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="conversation-row"
      style={{ borderLeft: '4px solid var(--mantine-color-brand-6)' }}
    >
      <Group justify="space-between" gap="sm">
        <Stack gap={2}>
          <AnchorLink
            to="/growth/conversations/$conversationId"
            params={{ conversationId: item.id }}
            fw={600}
          >
            {t('conversations.with', { name: other.displayName })}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {formatDateTime(item.scheduledAt)} · {t('conversations.minutes', { count: item.durationMinutes })}
            {item.location ? ` · ${item.location}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          {item.releaseWarning ? (
            <Badge {...toneBadge('caution')} leftSection={<IconAlertTriangle size={12} aria-hidden />}>
              {t('conversations.warning.title')}
            </Badge>
          ) : null}
          <Badge {...toneBadge(conversationTone[item.status])}>
            {t(`conversations.statuses.${item.status}`)}
          </Badge>
        </Group>
      </Group>
    </Paper>
  );
}
