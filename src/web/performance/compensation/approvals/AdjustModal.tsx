import { Alert, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { adjustProposalRequest } from '../../../../contracts/compensation/proposals';
import { toneAlert } from '../../../app/statusColors';
import { FormModal } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { showToast } from '../../../components/showToast';
import { money } from '../format';
import type { Proposal } from '../planning/api';
import { trimPercent } from '../planning/rowDraft';
import { type AdjustValues, adjustBodyOf, adjustValuesOf, unreadableAmounts } from './adjustForm';
import { adjustProposal } from './api';
import { conflictBanner } from './ConflictNotice';
import { nameOf } from './QueueCells';

/**
 * An approver's change of a submitted proposal: merit as a percent or as the new base, bonus,
 * market adjustment, the justification (needed outside the guideline) and a required note for the
 * approvers after them. The guideline stands on top; the server's refusals show under their fields.
 */
export function AdjustModal({
  row,
  onClose,
  onDone,
}: {
  row: Proposal | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const currency = row?.currency ?? '';
  const form = useContractForm<AdjustValues, ReturnType<typeof adjustBodyOf>, unknown>({
    schema: adjustProposalRequest,
    initialValues: adjustValuesOf(row),
    toRequest: (values) => adjustBodyOf(values, row),
    validate: (values) =>
      Object.fromEntries(
        unreadableAmounts(values, currency).map((field) => [
          field,
          t('compensation.approvals.adjust.invalid.amount', { currency }),
        ]),
      ),
    overrideContractMessages: true,
    submit: (body) => adjustProposal(row?.participantId ?? '', body),
    onSuccess: () => {
      showToast({
        tone: 'positive',
        message: t('compensation.approvals.done.adjusted', { name: row ? nameOf(row) : '' }),
      });
      onDone();
      onClose();
    },
    opened: row !== null,
  });
  const byPercent = form.form.getValues().meritFrom === 'percent';
  const guideline = row?.guideline ?? null;
  return (
    <FormModal
      opened={row !== null}
      onClose={onClose}
      size="lg"
      title={t('compensation.approvals.adjust.title', { name: row ? nameOf(row) : '' })}
      form={form}
      submitLabel={t('compensation.approvals.adjust.submit')}
      testId="approval-adjust-form"
      banner={conflictBanner(form.lastError, { onDone, onClose })}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('compensation.approvals.adjust.lead')}
        </Text>
        <Alert {...toneAlert('info')} p="xs">
          <Text size="sm">
            {row?.currentBaseMinor !== null && row?.currentBaseMinor !== undefined && currency
              ? t('compensation.approvals.adjust.current', { base: money(row.currentBaseMinor, currency) })
              : null}
          </Text>
          <Text size="sm" data-testid="adjust-guideline">
            {guideline
              ? t('compensation.approvals.adjust.guideline', {
                  min: trimPercent(guideline.minPct),
                  target: trimPercent(guideline.targetPct),
                  max: trimPercent(guideline.maxPct),
                })
              : t('compensation.approvals.adjust.noGuideline')}
          </Text>
        </Alert>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="adjust-merit-by">
            {t('compensation.approvals.adjust.meritBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="adjust-merit-by"
            data={[
              { value: 'percent', label: t('compensation.approvals.adjust.byPercent') },
              { value: 'amount', label: t('compensation.approvals.adjust.byAmount') },
            ]}
            {...form.form.getInputProps('meritFrom')}
          />
        </Stack>
        {byPercent ? (
          <TextInput
            label={t('compensation.approvals.adjust.percent')}
            inputMode="decimal"
            rightSection={<Text size="xs">%</Text>}
            data-autofocus
            data-testid="adjust-percent"
            {...form.form.getInputProps('merit.percent')}
          />
        ) : (
          <TextInput
            label={t('compensation.approvals.adjust.newBase', { currency })}
            inputMode="decimal"
            data-autofocus
            data-testid="adjust-new-base"
            {...form.form.getInputProps('merit.newBaseMinor')}
          />
        )}
        <Group grow align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('compensation.approvals.adjust.bonus', { currency })}
            inputMode="decimal"
            miw={180}
            data-testid="adjust-bonus"
            {...form.form.getInputProps('bonusMinor')}
          />
          <TextInput
            label={t('compensation.approvals.adjust.market', { currency })}
            inputMode="decimal"
            miw={180}
            data-testid="adjust-market"
            {...form.form.getInputProps('marketMinor')}
          />
        </Group>
        {row?.promotion ? (
          <Text size="xs" c="dimmed">
            {t('compensation.approvals.adjust.promotionKept')}
          </Text>
        ) : null}
        <Textarea
          label={t('compensation.approvals.adjust.justification')}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.form.getInputProps('justification')}
        />
        <Textarea
          label={t('compensation.approvals.adjust.note')}
          required
          autosize
          minRows={2}
          maxLength={4000}
          data-testid="adjust-note"
          {...form.form.getInputProps('note')}
        />
      </Stack>
    </FormModal>
  );
}
