import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalDetail, GoalLevel, GoalStatus, GoalVisibility } from '../../../contracts/goals';
import { isApiError } from '../../api/client';
import { hasRole, useMe } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
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
  const [draft, setDraft] = useState<Draft>(() => draftFrom(goal, me.person?.id ?? null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (opened) {
      setDraft(draftFrom(goal, me.person?.id ?? null));
      setErrors({});
    }
  }, [opened, goal, me.person?.id]);
  const departments = useQuery({ ...departmentsQuery, enabled: opened && draft.level === 'department' });
  const parents = useQuery({
    ...parentOptionsQuery(draft.level),
    enabled: opened && draft.level !== 'company',
  });
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const save = useMutation({
    mutationFn: () => {
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
        ? goalWrites.update(goal.id, { ...common, status: draft.status, version: goal.version })
        : goalWrites.create({
            ...common,
            level: draft.level,
            ownerPersonId: draft.level === 'personal' ? draft.ownerPersonId : null,
            ownerDepartmentId: draft.level === 'department' ? draft.ownerDepartmentId : null,
          });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(goalKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all });
      onClose();
      if (!goal) void navigate({ to: '/performance/goals/$goalId', params: { goalId: saved.id } });
    },
    onError: (error) => setErrors(isApiError(error, 'validation_failed') ? error.fields : {}),
  });

  const levels: GoalLevel[] = hr
    ? ['personal', 'department', 'company']
    : me.isManager
      ? ['personal', 'department']
      : ['personal'];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={goal ? t('goals.form.editTitle') : t('goals.form.createTitle')}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('goals.form.title')}
            value={draft.title}
            onChange={(event) => set({ title: event.currentTarget.value })}
            error={errors.title}
            required
            data-autofocus
          />
          <Textarea
            label={t('goals.form.description')}
            value={draft.description}
            onChange={(event) => set({ description: event.currentTarget.value })}
            autosize
            minRows={2}
          />
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
              value={draft.ownerDepartmentId}
              onChange={(value) => set({ ownerDepartmentId: value })}
              error={errors.ownerDepartmentId}
              searchable
              required
            />
          ) : null}
          <Group grow>
            <TextInput
              type="date"
              label={t('goals.form.periodStart')}
              value={draft.periodStart}
              onChange={(event) => set({ periodStart: event.currentTarget.value })}
              error={errors.periodStart}
              required
            />
            <TextInput
              type="date"
              label={t('goals.form.periodEnd')}
              value={draft.periodEnd}
              onChange={(event) => set({ periodEnd: event.currentTarget.value })}
              error={errors.periodEnd}
              required
            />
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
              value={draft.parentId}
              onChange={(value) => set({ parentId: value })}
              error={errors.parentId}
              searchable
              clearable
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
              value={draft.visibility}
              allowDeselect={false}
              onChange={(value) => value && set({ visibility: value as GoalVisibility })}
            />
          ) : null}
          {goal ? (
            <Select
              label={t('goals.form.status')}
              data={(['active', 'completed', 'cancelled'] as const).map((s) => ({
                value: s,
                label: t(`goals.status.${s}`),
              }))}
              value={draft.status}
              allowDeselect={false}
              onChange={(value) => value && set({ status: value as GoalStatus })}
            />
          ) : null}
          <KeyResultFields
            value={draft.keyResults}
            onChange={(keyResults) => set({ keyResults })}
            errors={errors}
          />
          {save.isError && !isApiError(save.error, 'validation_failed') ? (
            <ErrorAlert error={save.error} />
          ) : null}
          {save.isError && isApiError(save.error, 'validation_failed') ? (
            <ErrorAlert error={save.error} title={t('goals.form.fix')} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('goals.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {goal ? t('goals.form.save') : t('goals.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
