import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type PersonalDataExportRequest, personalDataExportRequest } from '../../../contracts/personalExport';
import { downloadFile, isApiError } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from './saveFile';

interface ExportOnRequestModalProps {
  person: { id: string; displayName: string };
  opened: boolean;
  onClose: () => void;
}

/** HR's export of a person's data on their written request: the reference and reason go on their access log. */
export function ExportOnRequestModal({ person, opened, onClose }: ExportOnRequestModalProps) {
  const { t } = useTranslation();
  const name = person.displayName;
  const form = useForm<PersonalDataExportRequest>({
    initialValues: { reference: '', reason: '' },
    validate: zodValidate(personalDataExportRequest),
  });
  const exportData = useMutation({
    mutationFn: (body: PersonalDataExportRequest) =>
      downloadFile('POST', `/people/${person.id}/exports`, body),
    onSuccess: (file) => {
      saveFile(file);
      notifications.show({ color: 'green', message: t('dataExport.onRequest.done', { name }) });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(form, error),
  });
  const fieldErrorsShown = isApiError(exportData.error) && Object.keys(exportData.error.fields).length > 0;

  return (
    <Modal opened={opened} onClose={onClose} title={t('dataExport.onRequest.title', { name })} size="lg">
      <form onSubmit={form.onSubmit((values) => exportData.mutate(values))} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('dataExport.onRequest.lead', { name })}</Text>
          <TextInput
            label={t('dataExport.onRequest.reference')}
            description={t('dataExport.onRequest.referenceHint')}
            required
            maxLength={200}
            data-testid="export-reference"
            {...form.getInputProps('reference')}
          />
          <Textarea
            label={t('dataExport.onRequest.reason')}
            description={t('dataExport.onRequest.reasonHint', { name })}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-testid="export-reason"
            {...form.getInputProps('reason')}
          />
          {exportData.isError && !fieldErrorsShown ? <ErrorAlert error={exportData.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={exportData.isPending} data-testid="export-confirm">
              {t('dataExport.onRequest.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
