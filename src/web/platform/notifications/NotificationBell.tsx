import { ActionIcon, Button, Divider, Group, Indicator, Popover, Stack, Text, Title } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { ButtonLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { latestNotificationsQuery, unreadCountQuery, useMarkAllRead } from './api';
import { NotificationRow } from './NotificationRow';
import { useNow } from './relativeTime';

/**
 * The header bell: the unread count in its spoken name and a badge, and a popover with the newest
 * few, "Mark all as read" and a way to the full inbox.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();
  const count = useQuery(unreadCountQuery);
  const unread = count.data?.unread ?? 0;

  // When the polled count changes, the lists are out of date: refresh them the next time they show.
  const previous = useRef(unread);
  useEffect(() => {
    if (previous.current !== unread) {
      previous.current = unread;
      void queryClient.invalidateQueries({ queryKey: ['notifications', 'list'] });
    }
  }, [unread, queryClient]);

  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      // As wide as a desktop popover, never wider than the window less a margin (a phone): no script needed.
      width="min(380px, calc(100vw - 16px))"
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
    >
      <Indicator
        label={unread > 99 ? '99+' : formatNumber(unread)}
        disabled={unread === 0}
        size={18}
        offset={6}
        color={toneColor.negative}
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            radius="xl"
            aria-label={label}
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
          >
            <IconBell size={22} stroke={1.7} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p="xs" aria-label={t('notifications.popoverTitle')}>
        {opened ? <BellContent unread={unread} onClose={() => setOpened(false)} /> : null}
      </Popover.Dropdown>
    </Popover>
  );
}

function BellContent({ unread, onClose }: { unread: number; onClose: () => void }) {
  const { t } = useTranslation();
  const latest = useQuery(latestNotificationsQuery);
  const markAll = useMarkAllRead();
  const now = useNow();
  return (
    <Stack gap="xs" data-testid="notification-popover">
      <Group justify="space-between" px="xs" pt={4} wrap="nowrap">
        <Title order={2} size="h5">
          {t('notifications.popoverTitle')}
        </Title>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Divider />
      <QueryView
        query={latest}
        skeleton={
          <Text size="sm" c="dimmed" px="xs" py="sm" aria-live="polite">
            {t('common.loading')}
          </Text>
        }
        empty={
          <Text size="sm" c="dimmed" px="xs" py="sm">
            {t('notifications.popoverEmpty')}
          </Text>
        }
      >
        {(data) => (
          <Stack
            gap={4}
            component="ul"
            aria-label={t('notifications.listLabel')}
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {data.items.map((item) => (
              <li key={item.id}>
                <NotificationRow item={item} now={now} onOpen={onClose} compact />
              </li>
            ))}
          </Stack>
        )}
      </QueryView>
      <Divider />
      <ButtonLink
        to="/notifications"
        variant="light"
        fullWidth
        onClick={onClose}
        data-testid="notification-see-all"
      >
        {t('notifications.seeAll')}
      </ButtonLink>
    </Stack>
  );
}
