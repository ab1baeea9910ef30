import { Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { erasureDecisionBody } from '../../../contracts/erasure';
import { apiPost } from '../../api/client';
import { toneColor } from '../../app/statusColors';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { type ErasureRequest, erasureKeys } from './api';
import { ErasurePlanTable } from './ErasurePlanTable';

/**
 * The second HR admin's decision on a request: approving runs the erasure at once (the plan is
 * shown again right here), rejecting erases nothing. Either may carry a note.
 */
export function DecideErasureModal({
  request,
  decision,
  onClose,
}: {
  request: ErasureRequest;
  decision: 'approve' | 'reject';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const name = request.personDisplayName;
  const form = useContractForm({
    schema: erasureDecisionBody,
    initialValues: { note: '' },
    toRequest: (values) => (values.note.trim() ? values : {}),
    submit: (body) =>
      apiPost(`/api/erasure-requests/{requestId}/${decision}` as const, {
        params: { path: { requestId: request.id } },
        body,
      }),
    onSuccess: () => {
      showToast({
        tone: 'positive',
        message: t(decision === 'approve' ? 'erasure.decide.approved' : 'erasure.decide.rejected'),
      });
      void queryClient.invalidateQueries({ queryKey: erasureKeys.all });
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      size={decision === 'approve' ? 'xl' : 'md'}
      title={t(decision === 'approve' ? 'erasure.decide.approveTitle' : 'erasure.decide.rejectTitle', {
        name,
      })}
      form={form}
      submitLabel={t(
        decision === 'approve' ? 'erasure.decide.confirmApprove' : 'erasure.decide.confirmReject',
      )}
      submitProps={{ color: toneColor.negative, 'data-testid': 'erasure-decide' }}
    >
      {decision === 'approve' ? (
        <>
          <Text size="sm">{t('erasure.decide.approveLead')}</Text>
          <ErasurePlanTable lines={request.plan} retainUntil={request.retainUntil} />
        </>
      ) : null}
      <Textarea
        label={t('erasure.decide.note')}
        autosize
        minRows={2}
        maxLength={2000}
        data-testid="erasure-note"
        {...form.form.getInputProps('note')}
      />
    </FormModal>
  );
}
