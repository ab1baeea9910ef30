import { Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PersonalDataExportRequest, personalDataExportRequest } from '../../../contracts/personalExport';
import { downloadFile } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
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
  const form = useContractForm({
    schema: personalDataExportRequest,
    initialValues: { reference: '', reason: '' } as PersonalDataExportRequest,
    submit: (body) => downloadFile('POST', `/people/${person.id}/exports`, body),
    onSuccess: (file) => {
      saveFile(file);
      showToast({ tone: 'positive', message: t('dataExport.onRequest.done', { name }) });
      onClose();
    },
    opened,
  });

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('dataExport.onRequest.title', { name })}
      size="lg"
      form={form}
      submitLabel={t('dataExport.onRequest.confirm')}
      submitProps={{ 'data-testid': 'export-confirm' }}
    >
      <Text size="sm">{t('dataExport.onRequest.lead', { name })}</Text>
      <TextInput
        label={t('dataExport.onRequest.reference')}
        description={t('dataExport.onRequest.referenceHint')}
        required
        maxLength={200}
        data-testid="export-reference"
        {...form.form.getInputProps('reference')}
      />
      <Textarea
        label={t('dataExport.onRequest.reason')}
        description={t('dataExport.onRequest.reasonHint', { name })}
        required
        autosize
        minRows={3}
        maxLength={2000}
        data-testid="export-reason"
        {...form.form.getInputProps('reason')}
      />
    </FormModal>
  );
}
