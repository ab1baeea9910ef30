import { Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { saveProposalRequest } from '../../../../contracts/compensation/proposals';
import { FormModal } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { planningKeys, saveProposal } from './api';
import { replaceRow } from './gridCache';
import type { JustifyRequest } from './PlanningRow';

/** The justification field alone, held to the proposal contract's own rule (trimmed, ≤ 4,000). */
const justificationForm = z.object({
  justification: saveProposalRequest.shape.justification.unwrap().unwrap().min(1),
});

/**
 * Asks why a proposal goes outside its guideline range, and saves the row's proposal as typed with
 * that reason — approvers read it beside the flag.
 */
export function JustificationModal({
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
  const form = useContractForm({
    schema: justificationForm,
    initialValues: { justification: request?.body.justification ?? '' },
    submit: ({ justification }: { justification: string }) =>
      saveProposal(request?.row.participantId ?? '', { ...(request?.body ?? { version: 0 }), justification }),
    onSuccess: (saved) => {
      queryClient.setQueryData(planningKeys.proposals(cycleId), (data: Parameters<typeof replaceRow>[0]) =>
        replaceRow(data, saved),
      );
      void queryClient.invalidateQueries({ queryKey: planningKeys.budgets(cycleId) });
      onClose();
    },
    opened: request !== null,
  });
  const name = request ? `${request.row.givenName} ${request.row.familyName}` : '';
  return (
    <FormModal
      opened={request !== null}
      onClose={onClose}
      title={t('compensation.planning.justification.title', { name })}
      form={form}
      submitLabel={t('compensation.planning.justification.submit')}
      testId="justification-form"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('compensation.planning.justification.lead')}
        </Text>
        <Textarea
          label={t('compensation.planning.justification.label')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-autofocus
          {...form.form.getInputProps('justification')}
        />
      </Stack>
    </FormModal>
  );
}
