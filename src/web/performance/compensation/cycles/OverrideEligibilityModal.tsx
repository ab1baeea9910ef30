import { SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { eligibilities, eligibilityOverrideRequest } from '../../../../contracts/compensation/cycles';
import { apiPost } from '../../../api/client';
import { FormModal } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { showToast } from '../../../components/showToast';
import { compCycleKeys, type Participant } from './api';

/** HR sets one person's eligibility against the rules, with the reason kept beside it (and audited). */
export function OverrideEligibilityModal({
  participant,
  cycleId,
  onClose,
}: {
  participant: Participant | null;
  cycleId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: eligibilityOverrideRequest,
    initialValues: { eligibility: participant?.eligibility ?? 'eligible', reason: '' },
    toRequest: (values) => ({ ...values, version: participant?.version ?? 1 }),
    submit: (body) =>
      apiPost('/api/performance/compensation/cycles/participants/{participantId}/eligibility', {
        params: { path: { participantId: participant?.id ?? '' } },
        body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: compCycleKeys.participants(cycleId) });
      void queryClient.invalidateQueries({ queryKey: compCycleKeys.cycle(cycleId) });
      showToast({ tone: 'positive', message: t('compensation.cycles.override.saved') });
      onClose();
    },
    opened: participant !== null,
  });
  const name = participant ? `${participant.givenName} ${participant.familyName}` : '';
  return (
    <FormModal
      opened={participant !== null}
      onClose={onClose}
      title={t('compensation.cycles.override.title', { name })}
      form={form}
      submitLabel={t('compensation.cycles.override.submit')}
      testId="comp-override"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('compensation.cycles.override.lead')}
        </Text>
        <SegmentedControl
          aria-label={t('compensation.cycles.people.eligibility')}
          data={eligibilities.map((value) => ({
            value,
            label: t(`compensation.cycles.eligibility.${value}`),
          }))}
          {...form.form.getInputProps('eligibility')}
        />
        <Textarea
          label={t('compensation.cycles.override.reason')}
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.form.getInputProps('reason')}
        />
      </Stack>
    </FormModal>
  );
}
