import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ErasureRequestBody, erasureRequestBody } from '../../../contracts/erasure';
import { apiPost, isApiError } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableSkeleton } from '../../components/TableSkeleton';
import { erasureKeys, erasurePlanQuery } from './api';
import { ErasurePlanTable } from './ErasurePlanTable';

interface ErasureRequestModalProps {
  person: { id: string; displayName: string };
  opened: boolean;
  onClose: () => void;
}

/**
 * The first HR admin's request to erase a person's data: the dry run is shown first (what would be
 * deleted, anonymised and kept, and why), with what stops it now; the request needs a reference and
 * a reason, and a second HR admin's approval before anything runs.
 */
export function ErasureRequestModal({ person, opened, onClose }: ErasureRequestModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const name = person.displayName;
  const plan = useQuery(erasurePlanQuery(person.id));
  const form = useForm<ErasureRequestBody>({
    initialValues: { reference: '', reason: '' },
    validate: zodValidate(erasureRequestBody),
  });
  const submit = useMutation({
    mutationFn: (body: ErasureRequestBody) =>
      apiPost('/api/people/{personId}/erasure-requests', { params: { path: { personId: person.id } }, body }),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('erasure.request.done') });
      void queryClient.invalidateQueries({ queryKey: erasureKeys.all });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(form, error),
  });
  const fieldErrorsShown = isApiError(submit.error) && Object.keys(submit.error.fields).length > 0;
  const blockers = plan.data?.blockers ?? [];

  return (
    <Modal opened={opened} onClose={onClose} title={t('erasure.request.title', { name })} size="xl">
      <form onSubmit={form.onSubmit((values) => submit.mutate(values))} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('erasure.request.lead')}</Text>
          {plan.isPending ? (
            <TableSkeleton />
          ) : plan.isError ? (
            <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
          ) : (
            <>
              {blockers.length > 0 ? (
                <Alert
                  color="orange"
                  icon={<IconAlertTriangle aria-hidden />}
                  title={t('erasure.request.blocked')}
                  data-testid="erasure-blockers"
                >
                  <List size="sm">
                    {blockers.map((blocker) => (
                      <List.Item key={blocker.code}>{blocker.message}</List.Item>
                    ))}
                  </List>
                </Alert>
              ) : null}
              <ErasurePlanTable
                lines={plan.data.lines}
                retainUntil={plan.data.retainUntil}
                performance={plan.data.performance}
              />
            </>
          )}
          <TextInput
            label={t('erasure.request.reference')}
            description={t('erasure.request.referenceHint')}
            required
            maxLength={200}
            data-testid="erasure-reference"
            {...form.getInputProps('reference')}
          />
          <Textarea
            label={t('erasure.request.reason')}
            description={t('erasure.request.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="erasure-reason"
            {...form.getInputProps('reason')}
          />
          {submit.isError && !fieldErrorsShown ? <ErrorAlert error={submit.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              loading={submit.isPending}
              disabled={!plan.data || blockers.length > 0}
              data-testid="erasure-confirm"
            >
              {t('erasure.request.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
