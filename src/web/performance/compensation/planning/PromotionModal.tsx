import { Alert, Button, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isCompensationError } from '../../../../contracts/compensation/errors';
import { minorToDecimal, parseMoney } from '../../../../contracts/compensation/money';
import { toneAlert, toneColor } from '../../../app/statusColors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { money } from '../format';
import { bandsQuery, guidelineQuery, planningKeys, type SaveProposalBody, saveProposal } from './api';
import { replaceRow } from './gridCache';
import type { JustifyRequest } from './PlanningRow';

interface PromotionValues {
  bandId: string;
  newBase: string;
  justification: string;
}

const minorOrNull = (text: string, currency: string) => {
  try {
    return parseMoney(text, currency);
  } catch (error) {
    if (isCompensationError(error)) return null;
    throw error;
  }
};

/**
 * A promotion for one person: the band (and with it the level) they move into, the new base with
 * the server's guideline beside it (at least the band minimum and the organisation's least
 * increase), and a justification. Saved with the rest of the row's proposal as typed.
 */
export function PromotionModal({
  request,
  cycleId,
  onClose,
}: {
  request: JustifyRequest | null;
  cycleId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const opened = request !== null;
  const row = request?.row;
  const currency = row?.currency ?? '';
  const bands = useQuery(bandsQuery(cycleId, opened));
  const replace = (saved: Parameters<typeof replaceRow>[1]) => {
    queryClient.setQueryData(planningKeys.proposals(cycleId), (data: Parameters<typeof replaceRow>[0]) =>
      replaceRow(data, saved),
    );
    void queryClient.invalidateQueries({ queryKey: planningKeys.budgets(cycleId) });
    onClose();
  };
  const form = useContractForm<PromotionValues, SaveProposalBody, Awaited<ReturnType<typeof saveProposal>>>({
    initialValues: {
      bandId: row?.promotion?.bandId ?? '',
      newBase: row?.promotion && currency ? minorToDecimal(row.promotion.newBaseMinor, currency) : '',
      justification: request?.body.justification ?? '',
    },
    validate: (values) => ({
      ...(values.bandId ? {} : { bandId: t('compensation.planning.promotion.bandRequired') }),
      ...((minorOrNull(values.newBase, currency) ?? 0) >= 1
        ? {}
        : { newBase: t('compensation.planning.invalid.newBase', { currency }) }),
    }),
    toRequest: (values) => {
      const band = bands.data?.items.find((item) => item.id === values.bandId);
      const justification = values.justification.trim();
      return {
        ...(request?.body ?? { version: 0 }),
        promotion: {
          levelId: band?.levelId ?? '',
          bandId: values.bandId,
          newBaseMinor: minorOrNull(values.newBase, currency) ?? 0,
        },
        justification: justification === '' ? null : justification,
      };
    },
    submit: (body) => saveProposal(row?.participantId ?? '', body),
    onSuccess: replace,
    opened,
  });
  const bandId = form.form.values.bandId || null;
  const guideline = useQuery(guidelineQuery(row?.participantId ?? '', opened ? bandId : null));
  const remove = useMutation({
    mutationFn: () =>
      saveProposal(row?.participantId ?? '', { ...(request?.body ?? { version: 0 }), promotion: null }),
    onSuccess: replace,
  });
  const promotion = guideline.data?.promotion ?? null;
  const name = row ? `${row.givenName} ${row.familyName}` : '';
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('compensation.planning.promotion.title', { name })}
      form={form}
      submitLabel={t('compensation.planning.promotion.submit')}
      testId="promotion-form"
      footer={
        row?.promotion ? (
          <Button
            variant="subtle"
            color={toneColor.negative}
            loading={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {t('compensation.planning.promotion.remove')}
          </Button>
        ) : undefined
      }
    >
      <Stack gap="sm">
        <Select
          label={t('compensation.planning.promotion.band')}
          required
          searchable
          data-autofocus
          nothingFoundMessage={t('compensation.planning.promotion.noBands')}
          data={(bands.data?.items ?? []).map((band) => ({
            value: band.id,
            label: t('compensation.planning.promotion.bandOption', {
              family: band.jobFamily,
              level: band.levelName,
              zone: band.payZone ? ` · ${band.payZone}` : '',
              min: money(band.minMinor, band.currency),
              max: money(band.maxMinor, band.currency),
            }),
          }))}
          {...form.form.getInputProps('bandId')}
        />
        {bands.error ? <ErrorAlert error={bands.error} /> : null}
        {promotion ? (
          <Alert {...toneAlert('info')} data-testid="promotion-guideline">
            <Text size="sm">
              {t(`compensation.planning.promotion.guideline.${promotion.binding}`, {
                minimum: money(promotion.minimumMinor, promotion.currency),
                bandMin: money(promotion.bandMinMinor, promotion.currency),
                increased: money(promotion.increasedMinor, promotion.currency),
              })}
            </Text>
          </Alert>
        ) : null}
        {guideline.error ? <ErrorAlert error={guideline.error} /> : null}
        <TextInput
          label={t('compensation.planning.promotion.newBase', { currency })}
          required
          inputMode="decimal"
          {...form.form.getInputProps('newBase')}
        />
        <Textarea
          label={t('compensation.planning.promotion.justification')}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.form.getInputProps('justification')}
        />
        {remove.error ? <ErrorAlert error={remove.error} /> : null}
      </Stack>
    </FormModal>
  );
}
