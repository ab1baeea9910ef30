import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconBriefcase, IconDots, IconFileText, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ActionStatus,
  DevelopmentGoalStatus,
  PlanAction,
  PlanDetail,
  PlanGoal,
} from '../../../contracts/plans';
import { formatDate } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ActionModal, actionStatuses } from './ActionModal';
import { planApi } from './api';
import { GoalModal } from './GoalModal';
import { usePlanMutation } from './usePlanMutation';

const statusColor: Record<ActionStatus, string> = {
  planned: toneColor.neutral,
  in_progress: toneColor.info,
  done: toneColor.positive,
  dropped: toneColor.neutral,
};

/** A goal reads as its actions do: under way is blue, achieved is green, the rest gray. */
const goalStatusColor: Record<DevelopmentGoalStatus, string> = {
  not_started: toneColor.neutral,
  in_progress: toneColor.info,
  achieved: toneColor.positive,
  dropped: toneColor.neutral,
};

/** One development goal with its business link, its actions and (for the owner) the edit controls. */
export function GoalCard({ plan, goal }: { plan: PlanDetail; goal: PlanGoal }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const remove = usePlanMutation(plan.id, () => planApi.removeGoal(plan.id, goal.id));
  const editable = plan.abilities.edit;
  const headingId = `goal-${goal.id}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="plan-goal"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={4} miw={0}>
            <Title order={3} size="h4" id={headingId}>
              {goal.title}
            </Title>
            <Group gap={6}>
              <Badge variant="light" color={goalStatusColor[goal.status]}>
                {t(`plans.goalStatus.${goal.status}`)}
              </Badge>
              {goal.targetDate ? (
                <Text size="sm" c="dimmed">
                  {t('plans.goal.target', { date: formatDate(goal.targetDate) })}
                </Text>
              ) : null}
              {goal.seededFromReview ? (
                <Badge variant="outline" color="indigo" leftSection={<IconFileText size={12} aria-hidden />}>
                  {t('plans.detail.seededShort')}
                </Badge>
              ) : null}
            </Group>
          </Stack>
          {editable ? (
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('plans.goal.edit')}>
                  <IconDots size={18} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setEditing(true)}
                >
                  {t('plans.goal.edit')}
                </Menu.Item>
                <Menu.Item
                  color={toneColor.negative}
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => {
                    if (window.confirm(t('plans.goal.removeConfirm'))) remove.mutate(undefined);
                  }}
                >
                  {t('plans.goal.remove')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
        {goal.businessObjective ? (
          <Group gap={6} wrap="nowrap" align="flex-start" data-testid="benefits-both">
            {/* Identity, not status: the business side of the goal is the Now track's, so its indigo. */}
            <Badge
              color="indigo"
              variant="light"
              leftSection={<IconBriefcase size={12} aria-hidden />}
              styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}
            >
              {t('plans.goal.benefitsBoth')}
            </Badge>
            <Text size="sm">
              <span className="visually-hidden">
                {t('plans.goal.benefitsBothLabel', { title: goal.businessObjective.title })}
              </span>
              <span aria-hidden>
                {goal.businessObjective.title} · {t(`plans.objectiveLevel.${goal.businessObjective.level}`)}
              </span>
            </Text>
          </Group>
        ) : null}
        {goal.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {goal.description}
          </Text>
        ) : null}
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        {goal.actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plans.goal.noActions')}
          </Text>
        ) : (
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('plans.goal.actionsLabel', { title: goal.title })}
          >
            {goal.actions.map((action) => (
              <ActionItem key={action.id} plan={plan} action={action} />
            ))}
          </Stack>
        )}
        {editable ? (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAdding(true)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('plans.action.add')}
          </Button>
        ) : null}
      </Stack>
      {editing ? <GoalModal plan={plan} goal={goal} opened onClose={() => setEditing(false)} /> : null}
      {adding ? <ActionModal plan={plan} goalId={goal.id} opened onClose={() => setAdding(false)} /> : null}
    </Paper>
  );
}

function ActionItem({ plan, action }: { plan: PlanDetail; action: PlanAction }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const setStatus = usePlanMutation(plan.id, (status: ActionStatus) =>
    planApi.updateAction(plan.id, action.id, { status, version: action.version }),
  );
  const remove = usePlanMutation(plan.id, () => planApi.removeAction(plan.id, action.id));
  const editable = plan.abilities.edit;
  const dates =
    action.startDate && action.dueDate
      ? t('plans.action.dates', { start: formatDate(action.startDate), due: formatDate(action.dueDate) })
      : action.dueDate
        ? t('plans.action.due', { date: formatDate(action.dueDate) })
        : null;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      bg="var(--mantine-color-body)"
      data-testid="plan-action"
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
            <Group gap={6}>
              <Badge size="sm" variant="dot" color="brand">
                {t(`plans.kind.${action.kind}`)}
              </Badge>
              {dates ? (
                <Text size="xs" c="dimmed">
                  {dates}
                </Text>
              ) : null}
            </Group>
            <Text fw={500} td={action.status === 'dropped' ? 'line-through' : undefined}>
              {action.title}
            </Text>
            {action.learningItem ? (
              <Text size="sm">
                {action.learningItem.url ? (
                  <Anchor href={action.learningItem.url} target="_blank" rel="noreferrer" underline="always">
                    {t('plans.action.learningLinked', { title: action.learningItem.title })}
                  </Anchor>
                ) : (
                  t('plans.action.learningLinked', { title: action.learningItem.title })
                )}
              </Text>
            ) : null}
          </Stack>
          <Group gap={6} wrap="nowrap">
            {editable ? (
              <Select
                size="xs"
                w={130}
                value={action.status}
                allowDeselect={false}
                aria-label={t('plans.action.statusOf', { title: action.title })}
                onChange={(value) =>
                  value && value !== action.status && setStatus.mutate(value as ActionStatus)
                }
                data={actionStatuses.map((value) => ({ value, label: t(`plans.actionStatus.${value}`) }))}
              />
            ) : (
              <Badge color={statusColor[action.status]} variant="light">
                {t(`plans.actionStatus.${action.status}`)}
              </Badge>
            )}
            {editable ? (
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('plans.action.edit')}: ${action.title}`}
                  >
                    <IconDots size={16} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setEditing(true)}
                  >
                    {t('plans.action.edit')}
                  </Menu.Item>
                  <Menu.Item
                    color={toneColor.negative}
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => {
                      if (window.confirm(t('plans.action.removeConfirm'))) remove.mutate(undefined);
                    }}
                  >
                    {t('plans.action.remove')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        </Group>
        {action.evidenceText || action.evidenceUrl ? (
          <Text size="sm" c="dimmed">
            <Text span fw={600} size="sm">
              {t('plans.action.evidence')}:{' '}
            </Text>
            {action.evidenceText}
            {action.evidenceUrl ? (
              <>
                {action.evidenceText ? ' · ' : ''}
                <Anchor
                  href={action.evidenceUrl}
                  target="_blank"
                  rel="noreferrer"
                  underline="always"
                  size="sm"
                >
                  {t('plans.action.evidenceLink')}
                </Anchor>
              </>
            ) : null}
          </Text>
        ) : null}
        {setStatus.isError || remove.isError ? <ErrorAlert error={setStatus.error ?? remove.error} /> : null}
      </Stack>
      {editing ? (
        <ActionModal
          plan={plan}
          goalId={action.goalId}
          action={action}
          opened
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Paper>
  );
}
