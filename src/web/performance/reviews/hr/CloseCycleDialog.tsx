import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail } from '../../../../contracts/reviews';
import { isApiError } from '../../../api/client';
import { toneAlert, toneColor } from '../../../app/statusColors';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { showToast } from '../../../components/showToast';
import { apiFieldError } from '../../../i18n/issues';
import { reviewWrites } from '../api';

/**
 * Confirms closing an active cycle. When reviews are still before release (as the dashboard counts
 * them, or as the server answers if that count was stale) HR must write why before closing anyway:
 * the reason goes to the audit trail. A version conflict offers to reload rather than guess.
 */
export function CloseCycleDialog({
  cycle,
  openReviews,
  opened,
  onClose,
}: {
  cycle: CycleDetail;
  /** Reviews not yet released, from the dashboard. */
  openReviews: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const close = useMutation({
    mutationFn: (force: boolean) =>
      reviewWrites.closeCycle(cycle.id, { version: cycle.version, force, reason: force ? reason : '' }),
    onSuccess: () => {
      onClose();
      showToast({ tone: 'positive', message: t('reviews.dashboard.closed') });
      void queryClient.invalidateQueries({ queryKey: ['review-cycles'] });
    },
  });
  const refusedAsOpen = isApiError(close.error, 'cycle_has_open_reviews');
  const forcing = openReviews > 0 || refusedAsOpen;
  const conflict = isApiError(close.error, 'version_conflict');

  const confirm = () => {
    if (forcing && !reason.trim()) {
      setReasonError(t('reviews.dashboard.closeReasonRequired'));
      return;
    }
    setReasonError(null);
    close.mutate(forcing);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('reviews.dashboard.closeTitle')} centered>
      <Stack data-testid="cycle-close-dialog">
        <Text size="sm">{t('reviews.dashboard.closeBody')}</Text>
        {forcing ? (
          <>
            <Alert {...toneAlert('caution')}>
              {refusedAsOpen
                ? errorMessage(close.error, t)
                : t('reviews.dashboard.closeOpenReviews', { count: openReviews })}
            </Alert>
            <Textarea
              label={t('reviews.dashboard.closeReason')}
              description={t('reviews.dashboard.closeReasonHint')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonError(null);
              }}
              error={
                reasonError ??
                (isApiError(close.error, 'validation_failed')
                  ? (apiFieldError(close.error, 'reason') ?? null)
                  : null)
              }
              data-testid="cycle-close-reason"
            />
          </>
        ) : (
          <Text size="sm" fw={600}>
            {t('reviews.dashboard.closeAllReleased')}
          </Text>
        )}
        {conflict ? (
          <Alert {...toneAlert('negative')} title={t('reviews.wizard.conflictTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{close.error?.message}</Text>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  close.reset();
                  void queryClient.invalidateQueries({ queryKey: ['review-cycles'] });
                }}
              >
                {t('reviews.wizard.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : close.isError && !refusedAsOpen ? (
          <ErrorAlert error={close.error} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('reviews.dashboard.cancel')}
          </Button>
          <Button
            color={toneColor.negative}
            loading={close.isPending}
            onClick={confirm}
            data-testid="cycle-close-confirm"
          >
            {forcing ? t('reviews.dashboard.closeAnyway') : t('reviews.dashboard.closeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
