import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../../contracts/reviews';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldError, apiFieldErrors } from '../../i18n/issues';
import { PersonPicker } from '../../org/PersonPicker';
import { reviewWrites } from './api';

/** HR reopens a submitted form; a written reason is required (it is kept and audited). */
export function ReopenButton({ formId, onDone }: { formId: string; onDone: (review: ReviewDetail) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const reopen = useMutation({
    mutationFn: () => reviewWrites.reopen(formId, reason),
    onSuccess: (review) => {
      setOpen(false);
      setReason('');
      onDone(review);
    },
  });
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => setOpen(true)}
        data-testid={`review-reopen-${formId}`}
      >
        {t('reviews.hr.reopen')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('reviews.hr.reopenTitle')} centered>
        <Stack>
          <Text size="sm">{t('reviews.hr.reopenHint')}</Text>
          <Textarea
            label={t('reviews.hr.reason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={
              isApiError(reopen.error, 'validation_failed')
                ? apiFieldError(reopen.error, 'reason')
                : undefined
            }
            data-testid="review-reopen-reason"
          />
          {reopen.isError && !isApiError(reopen.error, 'validation_failed') ? (
            <ErrorAlert error={reopen.error} />
          ) : null}
          <Group justify="flex-end">
            <Button loading={reopen.isPending} disabled={!reason.trim()} onClick={() => reopen.mutate()}>
              {t('reviews.hr.confirmReopen')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** HR hands the review to another reviewer, with a reason. */
export function ReassignButton({
  review,
  onDone,
}: {
  review: ReviewDetail;
  onDone: (review: ReviewDetail) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reviewerId, setReviewerId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const reassign = useMutation({
    mutationFn: () => reviewWrites.reassign(review.id, reviewerId ?? '', reason),
    onSuccess: (next) => {
      setOpen(false);
      onDone(next);
    },
  });
  const fields = isApiError(reassign.error, 'validation_failed') ? apiFieldErrors(reassign.error) : {};
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)} data-testid="review-reassign">
        {t('reviews.hr.reassign')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('reviews.hr.reassign')} centered>
        <Stack>
          <Text size="sm">{t('reviews.hr.reassignHint')}</Text>
          <PersonPicker
            label={t('reviews.hr.newReviewer')}
            value={reviewerId}
            onChange={(person) => setReviewerId(person?.id ?? null)}
            excludeId={review.subject.id}
            error={fields.reviewerId}
          />
          <Textarea
            label={t('reviews.hr.reason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fields.reason}
          />
          {reassign.isError && !isApiError(reassign.error, 'validation_failed') ? (
            <ErrorAlert error={reassign.error} />
          ) : null}
          <Group justify="flex-end">
            <Button
              loading={reassign.isPending}
              disabled={!reviewerId || !reason.trim()}
              onClick={() => reassign.mutate()}
            >
              {t('reviews.hr.confirmReassign')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
