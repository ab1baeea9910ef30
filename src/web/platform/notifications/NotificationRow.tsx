import { ActionIcon, Anchor, Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationItem } from '../../../contracts/notifications';
import { formatDateTime } from '../../app/format';
import { useMarkRead } from './api';
import { kindIcon } from './kindIcon';
import { relativeTime } from './relativeTime';

interface NotificationRowProps {
  item: NotificationItem;
  now: number;
  /** Called after the item's link was followed (the popover closes itself). */
  onOpen?: () => void;
  /** Smaller text for the popover. */
  compact?: boolean;
}

/**
 * One notification: unread ones carry a dot, bold title and a spoken "Unread"; the title opens the
 * item (and marks it read); a check button marks it read without leaving.
 */
export function NotificationRow({ item, now, onOpen, compact = false }: NotificationRowProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const markRead = useMarkRead();
  const unread = item.readAt === null;
  const Icon = kindIcon(item.kind);
  const when = relativeTime(item.createdAt, now) ?? t('notifications.justNow');

  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser handle new-tab clicks; a plain click stays inside the app.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0 || !item.link) return;
    event.preventDefault();
    if (unread) markRead.mutate(item.id);
    onOpen?.();
    router.history.push(item.link);
  };

  const title = (
    <Text
      component="span"
      size={compact ? 'sm' : 'md'}
      fw={unread ? 700 : 500}
      c={unread ? undefined : 'dimmed'}
    >
      {unread ? <span className="visually-hidden">{`${t('notifications.unread')}: `}</span> : null}
      {item.title}
    </Text>
  );

  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      py={compact ? 6 : 'sm'}
      px={compact ? 'xs' : 'md'}
      data-testid="notification-row"
      data-id={item.id}
      data-unread={unread ? 'true' : 'false'}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: unread ? 'var(--mantine-color-brand-light)' : undefined,
      }}
    >
      <ThemeIcon
        variant={unread ? 'filled' : 'light'}
        color={unread ? 'brand' : 'gray'}
        radius="xl"
        size={compact ? 30 : 36}
        aria-hidden
        style={{ flex: 'none' }}
      >
        <Icon size={compact ? 16 : 18} stroke={1.7} />
      </ThemeIcon>
      <Stack gap={2} miw={0} style={{ flex: 1 }}>
        {item.link ? (
          <Anchor href={item.link} onClick={open} underline="hover" c="var(--mantine-color-text)">
            {title}
          </Anchor>
        ) : (
          title
        )}
        {item.body && item.body !== item.title ? (
          <Text size={compact ? 'xs' : 'sm'} c="dimmed" lineClamp={compact ? 2 : 3}>
            {item.body}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
            {when}
          </time>
        </Text>
      </Stack>
      {unread ? (
        <Tooltip label={t('notifications.markRead', { title: item.title })} withinPortal>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={compact ? 'md' : 'lg'}
            aria-label={t('notifications.markRead', { title: item.title })}
            loading={markRead.isPending}
            onClick={() => markRead.mutate(item.id)}
            data-testid="notification-mark-read"
          >
            <IconCheck size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}
