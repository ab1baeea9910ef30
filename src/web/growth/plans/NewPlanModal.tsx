import { Checkbox, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { createPlanRequest } from '../../../contracts/plans';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { planApi, storePlan } from './api';

/** Title (and whether to start now); goals and actions are added on the plan's page. */
export function NewPlanModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useContractForm({
    schema: createPlanRequest,
    initialValues: { title: '', active: true },
    toRequest: (values) => ({ title: values.title, status: values.active ? 'active' : 'draft' }) as const,
    submit: (body) => planApi.create(body),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
      onClose();
      void navigate({ to: '/growth/plans/$planId', params: { planId: plan.id } });
    },
    opened,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('plans.create.title')}
      form={form}
      cancelLabel={t('plans.create.cancel')}
      submitLabel={t('plans.create.submit')}
    >
      <TextInput
        label={t('plans.create.name')}
        placeholder={t('plans.create.namePlaceholder')}
        required
        data-autofocus
        maxLength={200}
        {...form.form.getInputProps('title')}
      />
      <Checkbox
        label={t('plans.create.startActive')}
        {...form.form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
