import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseView } from '../../../contracts/calibration';
import { formatDateTime } from '../../app/format';
import { useMe } from '../../app/session';
import { toneText } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { calibrationWrites, isNotFound, releaseQuery } from './api';

/**
 * The employee's side once their review is released: the final rating, the manager's addendum, and
 * the acknowledgment with an optional comment. Renders nothing for anyone but the review's subject.
 */
export function AcknowledgePanel({ reviewId }: { reviewId: string }) {
  const me = useMe();
  const view = useQuery(releaseQuery(reviewId));
  // Viewers who may read the review but not its outcome (an approver, say) simply get no panel.
  if (view.isError && isNotFound(view.error)) return null;
  return (
    <QueryView query={view} skeleton={<TableSkeleton rows={2} />}>
      {(data) => (data.subject.id === me.person?.id ? <AcknowledgeCard data={data} /> : null)}
    </QueryView>
  );
}

function AcknowledgeCard({ data }: { data: ReleaseView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const acknowledge = useMutation({
    mutationFn: () => calibrationWrites.acknowledge(data.reviewId, { comment: comment.trim() || undefined }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reviews'] }),
  });
  const headingId = `acknowledge-${data.reviewId}`;
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
            <Text size="sm" c={toneText('positive')}>
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
