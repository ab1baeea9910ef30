import { Select, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  createKeyPositionRequest,
  type PositionCriticality,
  positionCriticality,
  type SuccessionPlan,
  updateKeyPositionRequest,
  type VacancyRisk,
  vacancyRisk,
} from '../../../contracts/succession';
import { apiPatch, apiPost } from '../../api/client';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { departmentsQuery } from '../../org/api';
import { PersonPicker } from '../../org/PersonPicker';
import { successionKeys } from './api';

interface Draft {
  title: string;
  departmentId: string | null;
  incumbentId: string | null;
  criticality: PositionCriticality;
  vacancyRisk: VacancyRisk;
  vacancyReason: string;
  expectedVacancyOn: string;
}

/** Adds a key position (HR), or edits one's details (HR and its reviewers). */
export function PositionModal({ onClose, editing }: { onClose: () => void; editing?: SuccessionPlan }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const departments = useQuery(departmentsQuery);
  const form = useContractForm({
    schema: editing ? updateKeyPositionRequest : createKeyPositionRequest,
    initialValues: {
      title: editing?.title ?? '',
      departmentId: editing?.department?.id ?? null,
      incumbentId: editing?.incumbent?.id ?? null,
      criticality: editing?.criticality ?? 'high',
      vacancyRisk: editing?.vacancyRisk ?? 'medium',
      vacancyReason: editing?.vacancyReason ?? '',
      expectedVacancyOn: editing?.expectedVacancyOn ?? '',
    } satisfies Draft as Draft,
    toRequest: (draft: Draft) => ({
      ...draft,
      expectedVacancyOn: draft.expectedVacancyOn || null,
      ...(editing ? { version: editing.version } : {}),
    }),
    submit: (body) =>
      editing
        ? apiPatch('/api/growth/succession/positions/{positionId}', {
            params: { path: { positionId: editing.id } },
            body: { ...body, version: editing.version },
          })
        : apiPost('/api/growth/succession/positions', { body }),
    onSuccess: async (plan) => {
      queryClient.setQueryData(successionKeys.plan(plan.id), plan);
      await queryClient.invalidateQueries({ queryKey: successionKeys.all });
      showToast({ tone: 'positive', message: t('succession.position.saved') });
      onClose();
      if (!editing) void navigate({ to: '/growth/succession/$positionId', params: { positionId: plan.id } });
    },
    onError: () => {
      if (editing) void queryClient.invalidateQueries({ queryKey: successionKeys.plan(editing.id) });
    },
    opened: true,
  });
  const draft = form.form.getValues();
  return (
    <FormModal
      opened
      onClose={onClose}
      title={editing ? t('succession.form.editTitle') : t('succession.form.addTitle')}
      size="lg"
      form={form}
      cancelLabel={t('succession.form.cancel')}
      submitLabel={t('succession.form.save')}
      submitProps={{ 'data-testid': 'succession-position-save' }}
    >
      <TextInput
        label={t('succession.form.title')}
        required
        data-autofocus
        {...form.form.getInputProps('title')}
        data-testid="succession-position-title"
      />
      <Select
        label={t('succession.form.department')}
        data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
        clearable
        searchable
        {...form.form.getInputProps('departmentId')}
      />
      <PersonPicker
        label={t('succession.form.incumbent')}
        description={t('succession.form.incumbentHint')}
        value={draft.incumbentId}
        initial={editing?.incumbent ?? null}
        onChange={(person) => form.form.setFieldValue('incumbentId', person?.id ?? null)}
        error={form.form.errors.incumbentId}
        testId="succession-position-incumbent"
      />
      <Select
        label={t('succession.form.criticality')}
        data={positionCriticality.options.map((c) => ({ value: c, label: t(`succession.criticality.${c}`) }))}
        allowDeselect={false}
        {...form.form.getInputProps('criticality')}
      />
      <Select
        label={t('succession.form.vacancyRisk')}
        data={vacancyRisk.options.map((r) => ({ value: r, label: t(`succession.risk.${r}`) }))}
        allowDeselect={false}
        {...form.form.getInputProps('vacancyRisk')}
      />
      <Textarea
        label={t('succession.form.reason')}
        autosize
        minRows={2}
        {...form.form.getInputProps('vacancyReason')}
      />
      <DateField
        label={t('succession.form.expected')}
        clearable
        value={draft.expectedVacancyOn}
        onChange={(value) => form.form.setFieldValue('expectedVacancyOn', value)}
        error={form.form.errors.expectedVacancyOn}
      />
    </FormModal>
  );
}
