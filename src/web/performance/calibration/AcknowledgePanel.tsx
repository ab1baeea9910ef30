import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useMe } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableSkeleton } from '../../components/TableSkeleton';
import { calibrationWrites, isNotFound, releaseQuery } from './api';

/**
 * The employee's side once their review is released: the final rating, the manager's addendum, and
 * the acknowledgment with an optional comment. Renders nothing for anyone but the review's subject.
 */
export function AcknowledgePanel({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const view = useQuery(releaseQuery(reviewId));
  const [comment, setComment] = useState('');
  const acknowledge = useMutation({
    mutationFn: () => calibrationWrites.acknowledge(reviewId, { comment: comment.trim() || undefined }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reviews'] }),
  });
  if (view.isPending) return <TableSkeleton rows={2} />;
  // Viewers who may read the review but not its outcome (an approver, say) simply get no panel.
  if (view.isError)
    return isNotFound(view.error) ? null : (
      <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />
    );
  const data = view.data;
  if (data.subject.id !== me.person?.id) return null;
  const headingId = `acknowledge-${reviewId}`;
  if (data.finalRating === null)
    return (
      <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
        <Stack gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {t('calibration.acknowledge.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('calibration.acknowledge.notYet')}
          </Text>
        </Stack>
      </Paper>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="acknowledge-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('calibration.acknowledge.title')}
        </Title>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('calibration.acknowledge.finalRating')}
          </Text>
          <Text size="xl" fw={700} data-testid="released-rating">
            {data.finalRating} · {data.finalRatingLabel}
          </Text>
        </Stack>
        {data.addendum ? (
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('calibration.acknowledge.addendum')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {data.addendum}
            </Text>
          </Stack>
        ) : null}
        {data.acknowledgedAt ? (
          <Stack gap={4} data-testid="review-acknowledged">
            <Text size="sm" c="green.8">
              <IconCircleCheck
                size={16}
                aria-hidden
                style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
              />
              {t('calibration.acknowledge.done', { date: formatDateTime(data.acknowledgedAt) })}
            </Text>
            {data.acknowledgmentComment ? (
              <>
                <Text size="xs" c="dimmed">
                  {t('calibration.acknowledge.yourComment')}
                </Text>
                <Text size="sm">{data.acknowledgmentComment}</Text>
              </>
            ) : null}
          </Stack>
        ) : data.abilities.acknowledge ? (
          <Stack gap="xs">
            <Textarea
              label={t('calibration.acknowledge.comment')}
              description={t('calibration.acknowledge.commentHint')}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
              data-testid="review-acknowledge-comment"
            />
            <Text size="xs" c="dimmed">
              {t('calibration.acknowledge.help')}
            </Text>
            {acknowledge.isError ? <ErrorAlert error={acknowledge.error} /> : null}
            <Button
              onClick={() => acknowledge.mutate()}
              loading={acknowledge.isPending}
              data-testid="review-acknowledge"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('calibration.acknowledge.button')}
            </Button>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
