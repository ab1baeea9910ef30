import { Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sendBackProposalRequest } from '../../../../contracts/compensation/proposals';
import { FormModal } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { showToast } from '../../../components/showToast';
import type { Proposal } from '../planning/api';
import { sendBackProposal } from './api';
import { conflictBanner } from './ConflictNotice';
import { nameOf } from './QueueCells';

/** Sends a submitted proposal back to its planner with a required reason they will read. */
export function SendBackModal({
  row,
  onClose,
  onDone,
}: {
  row: Proposal | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const name = row ? nameOf(row) : '';
  const form = useContractForm({
    schema: sendBackProposalRequest,
    initialValues: { reason: '' },
    toRequest: (values: { reason: string }) => ({ version: row?.version ?? 0, reason: values.reason }),
    submit: (body) => sendBackProposal(row?.participantId ?? '', body),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('compensation.approvals.done.sentBack', { name }) });
      onDone();
      onClose();
    },
    opened: row !== null,
  });
  return (
    <FormModal
      opened={row !== null}
      onClose={onClose}
      title={t('compensation.approvals.sendBack.title', { name })}
      form={form}
      submitLabel={t('compensation.approvals.sendBack.submit')}
      testId="approval-send-back-form"
      banner={conflictBanner(form.lastError, { onDone, onClose })}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('compensation.approvals.sendBack.lead')}
        </Text>
        <Textarea
          label={t('compensation.approvals.sendBack.reason')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-autofocus
          data-testid="send-back-reason"
          {...form.form.getInputProps('reason')}
        />
      </Stack>
    </FormModal>
  );
}
