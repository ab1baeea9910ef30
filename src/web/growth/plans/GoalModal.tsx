import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  createGoalRequest,
  type DevelopmentGoalStatus,
  type PlanDetail,
  type PlanGoal,
  updateGoalRequest,
} from '../../../contracts/plans';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { planApi } from './api';
import { ObjectivePicker } from './Pickers';
import { usePlanMutation } from './usePlanMutation';

const goalStatuses: DevelopmentGoalStatus[] = ['not_started', 'in_progress', 'achieved', 'dropped'];

interface GoalValues {
  title: string;
  description: string;
  targetDate: string;
  status: DevelopmentGoalStatus;
  businessGoalId: string | null;
}

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
  const toRequest = (values: GoalValues) => {
    const fields = {
      title: values.title,
      description: values.description,
      targetDate: values.targetDate || null,
      businessGoalId: values.businessGoalId,
    };
    return goal ? { ...fields, status: values.status, version: goal.version } : fields;
  };
  const save = usePlanMutation(plan.id, (body: ReturnType<typeof toRequest>) =>
    goal
      ? planApi.updateGoal(plan.id, goal.id, { ...body, version: goal.version })
      : planApi.addGoal(plan.id, body),
  );
  const form = useContractForm<GoalValues, ReturnType<typeof toRequest>>({
    schema: goal ? updateGoalRequest : createGoalRequest,
    initialValues: {
      title: goal?.title ?? '',
      description: goal?.description ?? '',
      targetDate: goal?.targetDate ?? '',
      status: goal?.status ?? 'not_started',
      businessGoalId: goal?.businessObjective?.id ?? null,
    },
    toRequest,
    mutation: save,
    onSuccess: onClose,
    opened,
  });
  const input = form.form.getInputProps;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t(goal ? 'plans.goal.editTitle' : 'plans.goal.addTitle')}
      size="lg"
      form={form}
      cancelLabel={t('plans.detail.cancel')}
      submitLabel={t(goal ? 'plans.detail.save' : 'plans.goal.add')}
    >
      <TextInput
        label={t('plans.goal.name')}
        placeholder={t('plans.goal.namePlaceholder')}
        required
        maxLength={300}
        data-autofocus
        {...input('title')}
      />
      <Textarea
        label={t('plans.goal.description')}
        autosize
        minRows={2}
        maxLength={4000}
        {...input('description')}
      />
      <Group grow align="flex-start">
        <TextInput type="date" label={t('plans.goal.targetDate')} {...input('targetDate')} />
        {goal ? (
          <Select
            label={t('plans.goal.status')}
            allowDeselect={false}
            data={goalStatuses.map((value) => ({ value, label: t(`plans.goalStatus.${value}`) }))}
            {...input('status')}
          />
        ) : null}
      </Group>
      <ObjectivePicker
        current={goal?.businessObjective ?? null}
        value={form.form.getValues().businessGoalId}
        onChange={(id) => form.form.setFieldValue('businessGoalId', id)}
        error={form.form.errors.businessGoalId}
      />
    </FormModal>
  );
}
