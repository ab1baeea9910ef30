import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../../contracts/reviews';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { apiFieldErrors } from '../../i18n/issues';
import { PersonPicker } from '../../org/PersonPicker';
import { reviewWrites } from './api';

/** The reviewer asks a named colleague for attributed input on the person's results. */
export function PeerRequestPanel({
  review,
  onDone,
}: {
  review: ReviewDetail;
  onDone: (review: ReviewDetail) => void;
}) {
  const { t } = useTranslation();
  const [writerId, setWriterId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const request = useMutation({
    mutationFn: () => reviewWrites.requestPeer(review.id, writerId ?? '', note),
    onSuccess: (next) => {
      setWriterId(null);
      setNote('');
      showToast({ tone: 'positive', message: t('reviews.peerRequest.sent') });
      onDone(next);
    },
  });
  const fields = isApiError(request.error, 'validation_failed') ? apiFieldErrors(request.error) : {};
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('reviews.peerRequest.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reviews.peerRequest.hint')}
        </Text>
        <PersonPicker
          label={t('reviews.peerRequest.writer')}
          value={writerId}
          onChange={(person) => setWriterId(person?.id ?? null)}
          excludeId={review.subject.id}
          error={fields.writerId}
          testId="peer-request-writer"
        />
        <Textarea
          label={t('reviews.peerRequest.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {request.isError && !isApiError(request.error, 'validation_failed') ? (
          <ErrorAlert error={request.error} />
        ) : null}
        <Button
          onClick={() => request.mutate()}
          loading={request.isPending}
          disabled={!writerId}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('reviews.peerRequest.send')}
        </Button>
      </Stack>
    </Paper>
  );
}
