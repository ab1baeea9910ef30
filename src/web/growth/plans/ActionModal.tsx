import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type ActionKind,
  type ActionStatus,
  createActionRequest,
  type PlanAction,
  type PlanDetail,
  updateActionRequest,
} from '../../../contracts/plans';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { planApi } from './api';
import { CataloguePicker } from './Pickers';
import { usePlanMutation } from './usePlanMutation';

export const actionKinds: ActionKind[] = [
  'stretch_assignment',
  'course',
  'certification',
  'mentoring',
  'project',
  'shadowing',
  'reading',
];
export const actionStatuses: ActionStatus[] = ['planned', 'in_progress', 'done', 'dropped'];

interface ActionValues {
  kind: ActionKind;
  title: string;
  startDate: string;
  dueDate: string;
  status: ActionStatus;
  evidenceText: string;
  evidenceUrl: string;
  learningItemId: string | null;
}

const linksCatalogue = (kind: ActionKind): kind is 'course' | 'certification' =>
  kind === 'course' || kind === 'certification';

/** Adds an action to a goal, or edits one: kind, dates, status, evidence, catalogue link. */
export function ActionModal({
  plan,
  goalId,
  action,
  opened,
  onClose,
}: {
  plan: PlanDetail;
  goalId: string;
  action?: PlanAction;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toRequest = (values: ActionValues) => {
    const fields = {
      kind: values.kind,
      title: values.title,
      startDate: values.startDate || null,
      dueDate: values.dueDate || null,
      learningItemId: linksCatalogue(values.kind) ? values.learningItemId : null,
    };
    return action
      ? {
          ...fields,
          status: values.status,
          evidenceText: values.evidenceText,
          evidenceUrl: values.evidenceUrl.trim() || null,
          version: action.version,
        }
      : fields;
  };
  const save = usePlanMutation(plan.id, (body: ReturnType<typeof toRequest>) =>
    action
      ? planApi.updateAction(plan.id, action.id, { ...body, version: action.version })
      : planApi.addAction(plan.id, goalId, body),
  );
  const form = useContractForm<ActionValues, ReturnType<typeof toRequest>>({
    schema: action ? updateActionRequest : createActionRequest,
    initialValues: {
      kind: action?.kind ?? 'stretch_assignment',
      title: action?.title ?? '',
      startDate: action?.startDate ?? '',
      dueDate: action?.dueDate ?? '',
      status: action?.status ?? 'planned',
      evidenceText: action?.evidenceText ?? '',
      evidenceUrl: action?.evidenceUrl ?? '',
      learningItemId: action?.learningItem?.id ?? null,
    },
    toRequest,
    mutation: save,
    onSuccess: onClose,
    opened,
  });
  const input = form.form.getInputProps;
  const kind = form.form.getValues().kind;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t(action ? 'plans.action.editTitle' : 'plans.action.addTitle')}
      size="lg"
      form={form}
      cancelLabel={t('plans.detail.cancel')}
      submitLabel={t(action ? 'plans.detail.save' : 'plans.action.add')}
    >
      <Select
        label={t('plans.action.kind')}
        allowDeselect={false}
        data={actionKinds.map((value) => ({ value, label: t(`plans.kind.${value}`) }))}
        {...input('kind')}
      />
      <TextInput
        label={t('plans.action.name')}
        placeholder={t('plans.action.namePlaceholder')}
        required
        maxLength={300}
        {...input('title')}
      />
      {linksCatalogue(kind) ? (
        <CataloguePicker
          key={kind}
          kind={kind}
          value={form.form.getValues().learningItemId}
          currentTitle={action?.learningItem?.title ?? null}
          onChange={(id) => form.form.setFieldValue('learningItemId', id)}
          error={form.form.errors.learningItemId}
        />
      ) : null}
      <Group grow align="flex-start">
        <TextInput type="date" label={t('plans.action.startDate')} {...input('startDate')} />
        <TextInput type="date" label={t('plans.action.dueDate')} {...input('dueDate')} />
      </Group>
      {action ? (
        <>
          <Select
            label={t('plans.action.status')}
            allowDeselect={false}
            data={actionStatuses.map((value) => ({ value, label: t(`plans.actionStatus.${value}`) }))}
            {...input('status')}
          />
          <Textarea
            label={t('plans.action.evidenceText')}
            autosize
            minRows={2}
            maxLength={4000}
            {...input('evidenceText')}
          />
          <TextInput
            type="url"
            label={t('plans.action.evidenceUrl')}
            placeholder="https://"
            maxLength={1000}
            {...input('evidenceUrl')}
          />
        </>
      ) : null}
    </FormModal>
  );
}
