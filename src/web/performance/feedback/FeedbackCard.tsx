import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHeart, IconLock, IconUsers, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FeedbackItem, FeedbackVisibility } from '../../../contracts/feedback';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { PersonAvatar } from '../../components/PersonAvatar';

const visibilityIcon: Record<FeedbackVisibility, typeof IconLock> = {
  recipient_only: IconLock,
  recipient_and_manager: IconUsers,
  public: IconWorld,
};

/** One attributed item: who wrote it to whom, what kind, who can read it, and the words. */
export function FeedbackCard({ item, compact = false }: { item: FeedbackItem; compact?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const VisibilityIcon = visibilityIcon[item.visibility];
  // Who can read it, from the reader's side: "You, your managers and HR" for the recipient,
  // "Sofia Almeida, their managers and HR" for anyone else (HR included).
  const reader =
    me.person?.id === item.recipient.id ? 'recipient' : me.person?.id === item.writer.id ? 'writer' : 'other';
  const seenBy = t(`feedback.card.seenBy.${item.visibility}.${reader}`, {
    writer: item.writer.displayName,
    recipient: item.recipient.displayName,
  });
  return (
    <Paper withBorder p={compact ? 'sm' : 'md'} component="article" data-testid="feedback-card">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <PersonAvatar name={item.writer.displayName} size={compact ? 28 : 36} />
            <Text fw={600} size="sm">
              {t('feedback.card.fromTo', {
                writer: item.writer.displayName,
                recipient: item.recipient.displayName,
              })}
            </Text>
          </Group>
          <Group gap={6}>
            <Badge
              variant="light"
              // Identity, not status: praise has a colour of its own beside the Now track's indigo.
              color={item.kind === 'praise' ? 'pink' : 'indigo'}
              leftSection={item.kind === 'praise' ? <IconHeart size={12} aria-hidden /> : undefined}
            >
              {t(`feedback.kind.${item.kind}`)}
            </Badge>
            <Badge
              variant="outline"
              color="gray"
              leftSection={<VisibilityIcon size={12} aria-hidden />}
              data-testid="feedback-seen-by"
            >
              <span className="visually-hidden">{t('feedback.visibility.label')}: </span>
              {seenBy}
            </Badge>
          </Group>
        </Group>
        {item.requestQuestion ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('feedback.card.answers', { question: item.requestQuestion })}
          </Text>
        ) : null}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={compact ? 3 : undefined}>
          {item.body}
        </Text>
        <Text size="xs" c="dimmed">
          <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
        </Text>
      </Stack>
    </Paper>
  );
}
