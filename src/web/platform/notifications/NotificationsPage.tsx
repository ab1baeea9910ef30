import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { errorMessage } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { inboxQuery, unreadCountQuery, useMarkAllRead } from './api';
import { DigestSetting } from './DigestSetting';
import { NotificationRow } from './NotificationRow';
import { useNow } from './relativeTime';

type Filter = 'all' | 'unread';

/** The full inbox: everything addressed to the signed-in person, newest first, 20 at a time. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const inbox = useInfiniteQuery(inboxQuery(filter === 'unread'));
  const count = useQuery(unreadCountQuery);
  const unread = count.data?.unread ?? 0;
  const markAll = useMarkAllRead();
  const now = useNow();
  // Accounts without a person record have no inbox, so nothing to summarise.
  const hasInbox = Boolean(useMe().person);
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];

  const markAllRead = () =>
    markAll.mutate(undefined, {
      onSuccess: () => showToast({ tone: 'positive', message: t('notifications.markedAllRead') }),
      onError: (error) => showToast({ tone: 'negative', message: errorMessage(error, t) }),
    });

  return (
    <Page
      title={t('notifications.title')}
      description={t('notifications.lead')}
      actions={
        <Button
          variant="light"
          leftSection={<IconChecks size={18} aria-hidden />}
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={markAllRead}
          data-testid="notifications-mark-all"
        >
          {t('notifications.markAllRead')}
        </Button>
      }
    >
      <Group gap="sm">
        <Text size="sm" fw={600} id="notifications-filter-label">
          {t('notifications.filter.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="notifications-filter-label"
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          data={[
            { value: 'all', label: t('notifications.filter.all') },
            { value: 'unread', label: t('notifications.filter.unread') },
          ]}
        />
      </Group>
      <QueryView
        query={inbox}
        skeleton={<TableSkeleton rows={5} />}
        isEmpty={() => items.length === 0}
        empty={
          filter === 'unread' ? (
            <EmptyPanel
              testId="notifications-all-read"
              icon={<IconChecks size={28} />}
              title={t('notifications.allRead.title')}
              description={t('notifications.allRead.description')}
            />
          ) : (
            <EmptyPanel
              testId="notifications-empty"
              icon={<IconBell size={28} />}
              title={t('notifications.empty.title')}
              description={t('notifications.empty.description')}
            />
          )
        }
      >
        {() => (
          <Stack gap="sm">
            <Paper p="xs" withBorder>
              <Stack
                component="ul"
                gap={4}
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
                aria-label={t('notifications.listLabel')}
                data-testid="notifications-list"
              >
                {items.map((item) => (
                  <li key={item.id}>
                    <NotificationRow item={item} now={now} />
                  </li>
                ))}
              </Stack>
            </Paper>
            {inbox.hasNextPage ? (
              <Button
                variant="default"
                onClick={() => void inbox.fetchNextPage()}
                loading={inbox.isFetchingNextPage}
                style={{ alignSelf: 'center' }}
                data-testid="notifications-load-more"
              >
                {t('notifications.loadMore')}
              </Button>
            ) : items.length > 20 ? (
              <Text size="sm" c="dimmed" ta="center">
                {t('notifications.endOfList')}
              </Text>
            ) : null}
          </Stack>
        )}
      </QueryView>
      {hasInbox ? <DigestSetting /> : null}
    </Page>
  );
}
