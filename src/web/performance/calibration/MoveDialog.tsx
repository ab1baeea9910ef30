import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridCard } from '../../../contracts/calibration';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { calibrationKeys, calibrationWrites } from './api';

export interface PendingMove {
  card: GridCard;
  /** Preset by a drop or an arrow key; null lets the facilitator pick. */
  toRating: number | null;
}

/** Confirms a move: the new rating and the written rationale the server requires. */
export function MoveDialog({
  sessionId,
  labels,
  pending,
  onClose,
}: {
  sessionId: string;
  labels: string[];
  pending: PendingMove | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [toRating, setToRating] = useState<string | null>(null);
  const [rationale, setRationale] = useState('');
  const [rationaleError, setRationaleError] = useState<string | null>(null);
  const card = pending?.card;

  useEffect(() => {
    setToRating(pending?.toRating ? String(pending.toRating) : null);
    setRationale('');
    setRationaleError(null);
  }, [pending]);

  const move = useMutation({
    mutationFn: () =>
      calibrationWrites.move(sessionId, {
        reviewId: card!.reviewId,
        toRating: Number(toRating),
        rationale,
        version: card!.version,
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: calibrationKeys.session(sessionId) });
      notifications.show({
        color: 'green',
        message: t('calibration.move.done', {
          name: result.card.person.displayName,
          label: labels[result.card.calibratedRating - 1],
        }),
      });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'rationale_required')) setRationaleError(t('calibration.move.rationaleRequired'));
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: calibrationKeys.session(sessionId) });
    },
  });

  const submit = () => {
    if (!rationale.trim()) {
      setRationaleError(t('calibration.move.rationaleRequired'));
      return;
    }
    move.mutate();
  };

  const options = labels
    .map((label, index) => ({ value: String(index + 1), label: `${index + 1} · ${label}` }))
    .filter((option) => Number(option.value) !== card?.calibratedRating);

  return (
    <Modal
      opened={pending !== null}
      onClose={onClose}
      title={card ? t('calibration.move.title', { name: card.person.displayName }) : ''}
    >
      {card ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <Text size="sm">
              {t('calibration.move.from', {
                label: `${card.calibratedRating} · ${labels[card.calibratedRating - 1] ?? ''}`,
              })}
            </Text>
            <Select
              label={t('calibration.move.to')}
              data={options}
              value={toRating}
              onChange={setToRating}
              required
              allowDeselect={false}
              data-testid="calibration-move-rating"
            />
            <Textarea
              label={t('calibration.move.rationale')}
              description={t('calibration.move.rationaleHint')}
              value={rationale}
              onChange={(event) => {
                setRationale(event.currentTarget.value);
                if (event.currentTarget.value.trim()) setRationaleError(null);
              }}
              error={rationaleError}
              required
              autosize
              minRows={3}
              maxLength={4000}
              data-autofocus
              data-testid="calibration-rationale"
            />
            {isApiError(move.error, 'version_conflict') ? (
              <Alert color="orange" variant="light" role="alert">
                {t('calibration.move.conflict')}
              </Alert>
            ) : move.isError && !isApiError(move.error, 'rationale_required') ? (
              <ErrorAlert error={move.error} />
            ) : null}
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={move.isPending}
                disabled={!toRating}
                data-testid="calibration-move"
              >
                {t('calibration.move.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
