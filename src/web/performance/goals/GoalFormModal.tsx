import { Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  type CreateGoalRequest,
  createGoalRequest,
  type GoalDetail,
  type GoalLevel,
  type GoalStatus,
  type GoalVisibility,
  updateGoalRequest,
} from '../../../contracts/goals';
import { isApiError } from '../../api/client';
import { hasRole, useMe } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { departmentsQuery } from '../../org/api';
import { PersonPicker } from '../../org/PersonPicker';
import { goalKeys, goalWrites, parentOptionsQuery } from './api';
import { emptyKeyResult, type KeyResultDraft, KeyResultFields, keyResultPayload } from './KeyResultFields';

interface Draft {
  title: string;
  description: string;
  level: GoalLevel;
  ownerPersonId: string | null;
  ownerDepartmentId: string | null;
  periodStart: string;
  periodEnd: string;
  visibility: GoalVisibility;
  parentId: string | null;
  status: GoalStatus;
  keyResults: KeyResultDraft[];
}

function quarterAround(date: Date) {
  const quarter = Math.floor(date.getMonth() / 3);
  const start = new Date(Date.UTC(date.getFullYear(), quarter * 3, 1));
  const end = new Date(Date.UTC(date.getFullYear(), quarter * 3 + 3, 0));
  return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
}

function draftFrom(goal: GoalDetail | undefined, personId: string | null): Draft {
  if (!goal)
    return {
      title: '',
      description: '',
      level: 'personal',
      ownerPersonId: personId,
      ownerDepartmentId: null,
      ...quarterAround(new Date()),
      visibility: 'public',
      parentId: null,
      status: 'active',
      keyResults: [emptyKeyResult()],
    };
  return {
    title: goal.title,
    description: goal.description,
    level: goal.level,
    ownerPersonId: goal.ownerPerson?.id ?? null,
    ownerDepartmentId: goal.ownerDepartment?.id ?? null,
    periodStart: goal.periodStart,
    periodEnd: goal.periodEnd,
    visibility: goal.visibility,
    parentId: goal.parentId,
    status: goal.status,
    keyResults: goal.keyResults.map((kr) => ({
      id: kr.id,
      title: kr.title,
      kind: kr.kind,
      currency: kr.currency ?? '',
      startValue: kr.startValue,
      targetValue: kr.targetValue,
    })),
  };
}

/** Create a goal (no `goal`) or edit one, with its key results and the goal it aligns with. */
export function GoalFormModal({
  opened,
  onClose,
  goal,
}: {
  opened: boolean;
  onClose: () => void;
  goal?: GoalDetail;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const hr = hasRole(me, 'hr_admin');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useContractForm({
    schema: goal ? updateGoalRequest : createGoalRequest,
    initialValues: draftFrom(goal, me.person?.id ?? null),
    toRequest: (draft: Draft) => {
      const common = {
        title: draft.title,
        description: draft.description,
        periodStart: draft.periodStart,
        periodEnd: draft.periodEnd,
        visibility: draft.visibility,
        parentId: draft.parentId,
        keyResults: draft.keyResults.map(keyResultPayload),
      };
      return goal
        ? { ...common, status: draft.status, version: goal.version }
        : {
            ...common,
            level: draft.level,
            ownerPersonId: draft.level === 'personal' ? draft.ownerPersonId : null,
            ownerDepartmentId: draft.level === 'department' ? draft.ownerDepartmentId : null,
          };
    },
    submit: (body) =>
      goal && 'version' in body
        ? goalWrites.update(goal.id, body)
        : goalWrites.create(body as CreateGoalRequest),
    onSuccess: async (saved) => {
      queryClient.setQueryData(goalKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all });
      onClose();
      if (!goal) void navigate({ to: '/performance/goals/$goalId', params: { goalId: saved.id } });
    },
    opened,
  });
  const draft = form.form.getValues();
  const errors = form.form.errors as Record<string, string>;
  const set = (patch: Partial<Draft>) => form.form.setValues(patch);
  const input = form.form.getInputProps;
  const departments = useQuery({ ...departmentsQuery, enabled: opened && draft.level === 'department' });
  const parents = useQuery({
    ...parentOptionsQuery(draft.level),
    enabled: opened && draft.level !== 'company',
  });

  const levels: GoalLevel[] = hr
    ? ['personal', 'department', 'company']
    : me.isManager
      ? ['personal', 'department']
      : ['personal'];
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={goal ? t('goals.form.editTitle') : t('goals.form.createTitle')}
      size="lg"
      form={form}
      cancelLabel={t('goals.form.cancel')}
      submitLabel={goal ? t('goals.form.save') : t('goals.form.create')}
      banner={
        form.error ? (
          <ErrorAlert
            error={form.error}
            title={isApiError(form.error, 'validation_failed') ? t('goals.form.fix') : undefined}
          />
        ) : undefined
      }
    >
      <TextInput label={t('goals.form.title')} required data-autofocus {...input('title')} />
      <Textarea label={t('goals.form.description')} autosize minRows={2} {...input('description')} />
      {!goal && levels.length > 1 ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="goal-level-label">
            {t('goals.form.level')}
          </Text>
          <SegmentedControl
            aria-labelledby="goal-level-label"
            data={levels.map((level) => ({ value: level, label: t(`goals.level.${level}`) }))}
            value={draft.level}
            onChange={(level) => set({ level: level as GoalLevel, parentId: null })}
          />
        </Stack>
      ) : null}
      {!goal && draft.level === 'personal' && (hr || me.isManager) ? (
        <PersonPicker
          label={t('goals.form.owner')}
          value={draft.ownerPersonId}
          initial={
            me.person
              ? { id: me.person.id, displayName: me.person.displayName, jobTitle: me.person.jobTitle }
              : null
          }
          onChange={(person) => set({ ownerPersonId: person?.id ?? null })}
          error={errors.ownerPersonId}
        />
      ) : null}
      {!goal && draft.level === 'department' ? (
        <Select
          label={t('goals.form.department')}
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          searchable
          required
          {...input('ownerDepartmentId')}
        />
      ) : null}
      <Group grow align="flex-start">
        <TextInput type="date" label={t('goals.form.periodStart')} required {...input('periodStart')} />
        <TextInput type="date" label={t('goals.form.periodEnd')} required {...input('periodEnd')} />
      </Group>
      {draft.level !== 'company' ? (
        <Select
          label={t('goals.form.parent')}
          description={t('goals.form.parentHelp')}
          placeholder={t('goals.form.noParent')}
          data={(parents.data?.items ?? [])
            .filter((option) => option.id !== goal?.id)
            .map((option) => ({
              value: option.id,
              label: `${option.title} (${t(`goals.level.${option.level}`)})`,
            }))}
          searchable
          clearable
          {...input('parentId')}
        />
      ) : null}
      {draft.level !== 'company' ? (
        <Select
          label={t('goals.form.visibility')}
          description={t('goals.form.visibilityHelp')}
          data={(['public', 'private'] as const).map((v) => ({
            value: v,
            label: t(`goals.visibility.${v}`),
          }))}
          allowDeselect={false}
          {...input('visibility')}
        />
      ) : null}
      {goal ? (
        <Select
          label={t('goals.form.status')}
          data={(['active', 'completed', 'cancelled'] as const).map((s) => ({
            value: s,
            label: t(`goals.status.${s}`),
          }))}
          allowDeselect={false}
          {...input('status')}
        />
      ) : null}
      <KeyResultFields
        value={draft.keyResults}
        onChange={(keyResults) => set({ keyResults })}
        errors={errors}
      />
    </FormModal>
  );
}
