import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
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
  const form = useForm({ initialValues: { note: '' } });
  const decide = useMutation({
    mutationFn: (values: { note: string }) =>
      apiPost(`/api/erasure-requests/{requestId}/${decision}` as const, {
        params: { path: { requestId: request.id } },
        body: values.note.trim() ? values : {},
      }),
    onSuccess: () => {
      notifications.show({
        color: 'green',
        message: t(decision === 'approve' ? 'erasure.decide.approved' : 'erasure.decide.rejected'),
      });
      void queryClient.invalidateQueries({ queryKey: erasureKeys.all });
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size={decision === 'approve' ? 'xl' : 'md'}
      title={t(decision === 'approve' ? 'erasure.decide.approveTitle' : 'erasure.decide.rejectTitle', {
        name,
      })}
    >
      <form onSubmit={form.onSubmit((values) => decide.mutate(values))} noValidate>
        <Stack gap="md">
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
            {...form.getInputProps('note')}
          />
          {decide.isError ? <ErrorAlert error={decide.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={decide.isPending} data-testid="erasure-decide">
              {t(decision === 'approve' ? 'erasure.decide.confirmApprove' : 'erasure.decide.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
