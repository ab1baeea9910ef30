import { Alert, Select, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  type GridCard,
  type MoveRequest,
  moveRequest,
  type moveResponse,
} from '../../../contracts/calibration';
import { isApiError } from '../../api/client';
import { toneAlert } from '../../app/statusColors';
import { FormErrorBanner, FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { calibrationKeys, calibrationWrites } from './api';

export interface PendingMove {
  card: GridCard;
  /** Preset by a drop or an arrow key; null lets the facilitator pick. */
  toRating: number | null;
}

interface MoveValues {
  toRating: string | null;
  rationale: string;
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
  const card = pending?.card;
  const form = useContractForm<MoveValues, MoveRequest & { rationale: string }, z.infer<typeof moveResponse>>(
    {
      schema: moveRequest,
      initialValues: { toRating: pending?.toRating ? String(pending.toRating) : null, rationale: '' },
      toRequest: (values) => ({
        reviewId: card?.reviewId ?? '',
        toRating: Number(values.toRating),
        rationale: values.rationale,
        version: card?.version ?? 0,
      }),
      // The contract leaves the rationale to the command; the dialog asks for it before sending.
      validate: (values) =>
        values.rationale.trim() ? {} : { rationale: t('calibration.move.rationaleRequired') },
      submit: (body) => calibrationWrites.move(sessionId, body),
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: calibrationKeys.session(sessionId) });
        showToast({
          tone: 'positive',
          message: t('calibration.move.done', {
            name: result.card.person.displayName,
            label: labels[result.card.calibratedRating - 1],
          }),
        });
        onClose();
      },
      onError: (error) => {
        if (isApiError(error, 'rationale_required'))
          form.form.setFieldError('rationale', t('calibration.move.rationaleRequired'));
        if (isApiError(error, 'version_conflict'))
          void queryClient.invalidateQueries({ queryKey: calibrationKeys.session(sessionId) });
      },
      opened: pending !== null,
    },
  );
  const values = form.form.getValues();
  const input = form.form.getInputProps;
  const options = labels
    .map((label, index) => ({ value: String(index + 1), label: `${index + 1} · ${label}` }))
    .filter((option) => Number(option.value) !== card?.calibratedRating);
  const banner = isApiError(form.lastError, 'version_conflict') ? (
    <Alert {...toneAlert('negative')} role="alert">
      {t('calibration.move.conflict')}
    </Alert>
  ) : isApiError(form.lastError, 'rationale_required') ? null : (
    <FormErrorBanner form={form} />
  );

  return (
    <FormModal
      opened={pending !== null}
      onClose={onClose}
      title={card ? t('calibration.move.title', { name: card.person.displayName }) : ''}
      form={form}
      banner={banner}
      submitLabel={t('calibration.move.submit')}
      submitProps={{ disabled: !values.toRating, 'data-testid': 'calibration-move' }}
    >
      {card ? (
        <>
          <Text size="sm">
            {t('calibration.move.from', {
              label: `${card.calibratedRating} · ${labels[card.calibratedRating - 1] ?? ''}`,
            })}
          </Text>
          <Select
            label={t('calibration.move.to')}
            data={options}
            required
            allowDeselect={false}
            data-testid="calibration-move-rating"
            {...input('toRating')}
          />
          <Textarea
            label={t('calibration.move.rationale')}
            description={t('calibration.move.rationaleHint')}
            required
            autosize
            minRows={3}
            maxLength={4000}
            data-autofocus
            data-testid="calibration-rationale"
            {...input('rationale')}
          />
        </>
      ) : null}
    </FormModal>
  );
}
