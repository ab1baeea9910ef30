import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevelopmentGoalStatus, PlanDetail, PlanGoal } from '../../../contracts/plans';
import { serverFieldErrors } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { planApi } from './api';
import { ObjectivePicker } from './Pickers';
import { usePlanMutation } from './usePlanMutation';

const goalStatuses: DevelopmentGoalStatus[] = ['not_started', 'in_progress', 'achieved', 'dropped'];

/** Adds a development goal, or edits one (with its version), including the business link. */
export function GoalModal({
  plan,
  goal,
  opened,
  onClose,
}: {
  plan: PlanDetail;
  goal?: PlanGoal;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [targetDate, setTargetDate] = useState(goal?.targetDate ?? '');
  const [status, setStatus] = useState<DevelopmentGoalStatus>(goal?.status ?? 'not_started');
  const [objectiveId, setObjectiveId] = useState<string | null>(goal?.businessObjective?.id ?? null);
  const save = usePlanMutation(
    plan.id,
    () => {
      const fields = { title, description, targetDate: targetDate || null, businessGoalId: objectiveId };
      return goal
        ? planApi.updateGoal(plan.id, goal.id, { ...fields, status, version: goal.version })
        : planApi.addGoal(plan.id, fields);
    },
    () => {
      if (!goal) {
        setTitle('');
        setDescription('');
        setTargetDate('');
        setObjectiveId(null);
      }
      onClose();
    },
  );
  const { fieldError, hasFieldErrors } = serverFieldErrors(save.error);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(goal ? 'plans.goal.editTitle' : 'plans.goal.addTitle')}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(undefined);
        }}
      >
        <Stack>
          <TextInput
            label={t('plans.goal.name')}
            placeholder={t('plans.goal.namePlaceholder')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={fieldError('title')}
            required
            maxLength={300}
            data-autofocus
          />
          <Textarea
            label={t('plans.goal.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('plans.goal.targetDate')}
              value={targetDate}
              onChange={(event) => setTargetDate(event.currentTarget.value)}
              error={fieldError('targetDate')}
            />
            {goal ? (
              <Select
                label={t('plans.goal.status')}
                value={status}
                allowDeselect={false}
                onChange={(value) => value && setStatus(value as DevelopmentGoalStatus)}
                data={goalStatuses.map((value) => ({ value, label: t(`plans.goalStatus.${value}`) }))}
              />
            ) : null}
          </Group>
          <ObjectivePicker
            value={objectiveId}
            current={goal?.businessObjective ?? null}
            onChange={setObjectiveId}
            error={fieldError('businessGoalId')}
          />
          {save.isError && !hasFieldErrors ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('plans.detail.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(goal ? 'plans.detail.save' : 'plans.goal.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
