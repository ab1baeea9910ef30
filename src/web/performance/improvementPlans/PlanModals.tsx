import { Select, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  closePipRequest,
  extendPipRequest,
  type PipCheckIn,
  type PipDetail,
  type PipOutcome,
  type PipVisibility,
  pipOutcome,
  pipVisibility,
  recordPipCheckInRequest,
} from '../../../contracts/improvementPlans';
import { formatDate } from '../../app/format';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { pipWrites, storePlan } from './api';

interface ModalProps {
  plan: PipDetail;
  opened: boolean;
  onClose: () => void;
}

/** Records a check-in: the summary the employee reads, and notes for the readers chosen. */
export function RecordCheckInModal({
  plan,
  checkIn,
  opened,
  onClose,
}: ModalProps & { checkIn: PipCheckIn | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: recordPipCheckInRequest,
    initialValues: { summary: '', notes: '', notesVisibility: 'manager' as PipVisibility },
    toRequest: (values) => ({ version: checkIn?.version ?? 1, ...values }),
    submit: (body) => pipWrites.recordCheckIn(plan.id, checkIn?.id ?? '', body),
    onSuccess: (updated) => {
      storePlan(queryClient, updated);
      showToast({ tone: 'positive', message: t('improvementPlans.checkIn.recorded') });
      onClose();
    },
    opened,
  });
  const options = pipVisibility.options.filter((value) => plan.abilities.hrChoices || value !== 'hr');
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('improvementPlans.checkIn.title', { date: checkIn ? formatDate(checkIn.scheduledOn) : '' })}
      form={form}
      submitLabel={t('improvementPlans.checkIn.submit')}
      testId="pip-check-in-form"
    >
      <Textarea
        label={t('improvementPlans.checkIn.summary')}
        required
        autosize
        minRows={2}
        data-autofocus
        {...form.form.getInputProps('summary')}
      />
      <Textarea
        label={t('improvementPlans.checkIn.notes')}
        autosize
        minRows={2}
        {...form.form.getInputProps('notes')}
      />
      <Select
        label={t('improvementPlans.checkIn.notesVisibility')}
        allowDeselect={false}
        data={options.map((value) => ({ value, label: t(`improvementPlans.visibility.${value}`) }))}
        {...form.form.getInputProps('notesVisibility')}
      />
    </FormModal>
  );
}

/** HR moves the end date later; the employee acknowledges the extension. */
export function ExtendModal({ plan, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: extendPipRequest,
    initialValues: { endDate: '' },
    toRequest: (values) => ({ version: plan.version, endDate: values.endDate }),
    submit: (body) => pipWrites.extend(plan.id, body),
    onSuccess: (updated) => {
      storePlan(queryClient, updated);
      showToast({ tone: 'positive', message: t('improvementPlans.extend.done') });
      onClose();
    },
    opened,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('improvementPlans.extend.title')}
      form={form}
      submitLabel={t('improvementPlans.extend.submit')}
      testId="pip-extend-form"
    >
      <Text size="sm">{t('improvementPlans.extend.lead')}</Text>
      <DateField
        label={t('improvementPlans.extend.endDate')}
        required
        data-autofocus
        {...form.form.getInputProps('endDate')}
        value={form.form.getValues().endDate}
        onChange={(value) => form.form.setFieldValue('endDate', value)}
      />
    </FormModal>
  );
}

/** HR closes the plan with its outcome and the reasons for it. */
export function CloseModal({ plan, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A plan never published can only be cancelled.
  const outcomes = plan.state === 'draft' ? (['cancelled'] as PipOutcome[]) : pipOutcome.options;
  const form = useContractForm({
    schema: closePipRequest,
    initialValues: { outcome: outcomes[0] as PipOutcome, rationale: '' },
    toRequest: (values) => ({ version: plan.version, ...values }),
    submit: (body) => pipWrites.close(plan.id, body),
    onSuccess: (updated) => {
      storePlan(queryClient, updated);
      showToast({ tone: 'positive', message: t('improvementPlans.close.done') });
      onClose();
    },
    opened,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('improvementPlans.close.title')}
      form={form}
      submitLabel={t('improvementPlans.close.submit')}
      testId="pip-close-form"
    >
      <Text size="sm">{t('improvementPlans.close.lead')}</Text>
      <Select
        label={t('improvementPlans.outcome.label')}
        allowDeselect={false}
        data={outcomes.map((value) => ({ value, label: t(`improvementPlans.outcome.${value}`) }))}
        {...form.form.getInputProps('outcome')}
      />
      <Textarea
        label={t('improvementPlans.close.rationale')}
        required
        autosize
        minRows={3}
        {...form.form.getInputProps('rationale')}
      />
    </FormModal>
  );
}
