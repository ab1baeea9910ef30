import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDate } from '../../app/format';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { personTaskQuery } from './api';
import { ReviewStateBadge } from './ReviewBits';

/**
 * The person's review in the running cycle, as the viewer may see it, for the profile's "Now" half.
 * Renders nothing for viewers who may not see the person's reviews (the server answers 404).
 */
export function ReviewTaskNowPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const task = useQuery(personTaskQuery(personId));
  if (task.isError && isApiError(task.error, 'not_found')) return null;
  return (
    <Paper withBorder p="md" data-testid="review-now-panel">
      <Stack gap="sm">
        <Group gap={6}>
          <IconClipboardCheck size={18} aria-hidden />
          <Title order={3} size="h4">
            {t('reviews.now.title')}
          </Title>
        </Group>
        <QueryView
          query={task}
          skeleton={<Skeleton h={18} />}
          isEmpty={(data) => !data.review}
          empty={
            <Text size="sm" c="dimmed">
              {t('reviews.now.none')}
            </Text>
          }
        >
          {({ review, due }) =>
            // The empty state has taken "no review"; the check tells the types so.
            review ? (
              <Stack gap={4}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={600}>
                    {review.cycle.name}
                  </Text>
                  <ReviewStateBadge state={review.state} />
                </Group>
                {due ? (
                  <Text size="sm" c="dimmed">
                    {t('reviews.now.due', { date: formatDate(due) })}
                  </Text>
                ) : null}
                <AnchorLink to="/performance/reviews/$reviewId" params={{ reviewId: review.id }} size="sm">
                  {t('reviews.now.open')}
                </AnchorLink>
              </Stack>
            ) : null
          }
        </QueryView>
      </Stack>
    </Paper>
  );
}
