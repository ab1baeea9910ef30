import { Alert, List, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ErasureRequestBody, erasureRequestBody } from '../../../contracts/erasure';
import { apiPost } from '../../api/client';
import { toneAlert, toneColor } from '../../app/statusColors';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
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
  const form = useContractForm({
    schema: erasureRequestBody,
    initialValues: { reference: '', reason: '' } as ErasureRequestBody,
    submit: (body) =>
      apiPost('/api/people/{personId}/erasure-requests', { params: { path: { personId: person.id } }, body }),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('erasure.request.done') });
      void queryClient.invalidateQueries({ queryKey: erasureKeys.all });
      onClose();
    },
    opened,
  });
  const blockers = plan.data?.blockers ?? [];

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('erasure.request.title', { name })}
      size="xl"
      form={form}
      submitLabel={t('erasure.request.confirm')}
      submitProps={{
        color: toneColor.negative,
        disabled: !plan.data || blockers.length > 0,
        'data-testid': 'erasure-confirm',
      }}
    >
      <Text size="sm">{t('erasure.request.lead')}</Text>
      <QueryView query={plan}>
        {(data) => (
          <>
            {blockers.length > 0 ? (
              <Alert
                {...toneAlert('negative')}
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
              lines={data.lines}
              retainUntil={data.retainUntil}
              performance={data.performance}
            />
          </>
        )}
      </QueryView>
      <TextInput
        label={t('erasure.request.reference')}
        description={t('erasure.request.referenceHint')}
        required
        maxLength={200}
        data-testid="erasure-reference"
        {...form.form.getInputProps('reference')}
      />
      <Textarea
        label={t('erasure.request.reason')}
        description={t('erasure.request.reasonHint')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        data-testid="erasure-reason"
        {...form.form.getInputProps('reason')}
      />
    </FormModal>
  );
}
