import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionKind, ActionStatus, PlanAction, PlanDetail } from '../../../contracts/plans';
import { serverFieldErrors } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
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
  const [kind, setKind] = useState<ActionKind>(action?.kind ?? 'stretch_assignment');
  const [title, setTitle] = useState(action?.title ?? '');
  const [startDate, setStartDate] = useState(action?.startDate ?? '');
  const [dueDate, setDueDate] = useState(action?.dueDate ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'planned');
  const [evidenceText, setEvidenceText] = useState(action?.evidenceText ?? '');
  const [evidenceUrl, setEvidenceUrl] = useState(action?.evidenceUrl ?? '');
  const [learningItemId, setLearningItemId] = useState<string | null>(action?.learningItem?.id ?? null);
  const linksCatalogue = kind === 'course' || kind === 'certification';
  const save = usePlanMutation(
    plan.id,
    () => {
      const fields = {
        kind,
        title,
        startDate: startDate || null,
        dueDate: dueDate || null,
        learningItemId: linksCatalogue ? learningItemId : null,
      };
      return action
        ? planApi.updateAction(plan.id, action.id, {
            ...fields,
            status,
            evidenceText,
            evidenceUrl: evidenceUrl.trim() || null,
            version: action.version,
          })
        : planApi.addAction(plan.id, goalId, fields);
    },
    () => {
      if (!action) {
        setTitle('');
        setStartDate('');
        setDueDate('');
        setLearningItemId(null);
      }
      onClose();
    },
  );
  const { fieldError, hasFieldErrors } = serverFieldErrors(save.error);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(action ? 'plans.action.editTitle' : 'plans.action.addTitle')}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(undefined);
        }}
      >
        <Stack>
          <Select
            label={t('plans.action.kind')}
            value={kind}
            allowDeselect={false}
            onChange={(value) => value && setKind(value as ActionKind)}
            data={actionKinds.map((value) => ({ value, label: t(`plans.kind.${value}`) }))}
          />
          <TextInput
            label={t('plans.action.name')}
            placeholder={t('plans.action.namePlaceholder')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={fieldError('title')}
            required
            maxLength={300}
          />
          {linksCatalogue ? (
            <CataloguePicker
              key={kind}
              kind={kind}
              value={learningItemId}
              currentTitle={action?.learningItem?.title ?? null}
              onChange={setLearningItemId}
              error={fieldError('learningItemId')}
            />
          ) : null}
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('plans.action.startDate')}
              value={startDate}
              onChange={(event) => setStartDate(event.currentTarget.value)}
              error={fieldError('startDate')}
            />
            <TextInput
              type="date"
              label={t('plans.action.dueDate')}
              value={dueDate}
              onChange={(event) => setDueDate(event.currentTarget.value)}
              error={fieldError('dueDate')}
            />
          </Group>
          {action ? (
            <>
              <Select
                label={t('plans.action.status')}
                value={status}
                allowDeselect={false}
                onChange={(value) => value && setStatus(value as ActionStatus)}
                data={actionStatuses.map((value) => ({ value, label: t(`plans.actionStatus.${value}`) }))}
              />
              <Textarea
                label={t('plans.action.evidenceText')}
                value={evidenceText}
                onChange={(event) => setEvidenceText(event.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={4000}
              />
              <TextInput
                type="url"
                label={t('plans.action.evidenceUrl')}
                placeholder="https://"
                value={evidenceUrl}
                onChange={(event) => setEvidenceUrl(event.currentTarget.value)}
                error={fieldError('evidenceUrl')}
                maxLength={1000}
              />
            </>
          ) : null}
          {save.isError && !hasFieldErrors ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('plans.detail.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(action ? 'plans.detail.save' : 'plans.action.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
