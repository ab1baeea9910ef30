import { Alert, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarDue,
  IconCheck,
  IconCloudUpload,
  IconLoader2,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GoalResult, ReviewStateName } from '../../../contracts/reviews';
import { formatDate, today } from '../../app/format';
import { formStateTone, reviewStateTone, toneAlert, toneBadge, toneText } from '../../app/statusColors';
import { ButtonLink } from '../../components/links';
import type { SaveStatus } from './useAutosave';

export function ReviewStateBadge({ state }: { state: ReviewStateName }) {
  const { t } = useTranslation();
  return (
    <Badge {...toneBadge(reviewStateTone[state])} data-testid="review-state">
      {t(`reviews.state.${state}`)}
    </Badge>
  );
}

/** "Draft" / "Submitted" for one review form, coloured by its tone. */
export function FormStateBadge({ state }: { state: 'draft' | 'submitted' }) {
  const { t } = useTranslation();
  return (
    <Badge {...toneBadge(formStateTone[state])}>
      {t(state === 'submitted' ? 'reviews.tasks.submitted' : 'reviews.tasks.draft')}
    </Badge>
  );
}

/** A row's small "Open" button to one review; its accessible name says what it opens. */
export function OpenReviewLink({
  reviewId,
  name,
  variant,
  testId,
}: {
  reviewId: string;
  name: string;
  variant?: 'default';
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <ButtonLink
      to="/performance/reviews/$reviewId"
      params={{ reviewId }}
      size="xs"
      variant={variant}
      aria-label={`${t('reviews.tasks.open')}: ${name}`}
      data-testid={testId}
    >
      {t('reviews.tasks.open')}
    </ButtonLink>
  );
}

/** "Saved" / "Saving…" / "Conflict", announced politely to screen readers. */
export function SaveState({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const look = {
    idle: { icon: <IconCloudUpload size={16} aria-hidden />, color: 'dimmed', text: t('reviews.save.idle') },
    saving: {
      icon: <IconLoader2 size={16} aria-hidden />,
      color: toneText('info'),
      text: t('reviews.save.saving'),
    },
    saved: {
      icon: <IconCheck size={16} aria-hidden />,
      color: toneText('positive'),
      text: t('reviews.save.saved'),
    },
    conflict: {
      icon: <IconAlertTriangle size={16} aria-hidden />,
      color: toneText('negative'),
      text: t('reviews.save.conflict'),
    },
    error: {
      icon: <IconAlertTriangle size={16} aria-hidden />,
      color: toneText('negative'),
      text: t('reviews.save.error'),
    },
  }[status];
  return (
    <Group gap={4} role="status" aria-live="polite" data-testid="review-save-state" data-state={status}>
      {look.icon}
      <Text size="sm" c={look.color} fw={status === 'conflict' ? 700 : 500}>
        {look.text}
      </Text>
    </Group>
  );
}

/** The deadline that applies to what the reader has to do, red once it has passed. */
export function DeadlineBanner({ what, due }: { what: string; due: string | null }) {
  const { t } = useTranslation();
  if (!due) return null;
  const overdue = due < today();
  return (
    <Alert
      {...toneAlert(overdue ? 'negative' : 'info')}
      icon={<IconCalendarDue size={18} aria-hidden />}
      data-testid="review-deadline"
    >
      {t(overdue ? 'reviews.deadline.overdue' : 'reviews.deadline.due', { what, date: formatDate(due) })}
    </Alert>
  );
}

export function GoalResults({ goals }: { goals: GoalResult[] }) {
  const { t } = useTranslation();
  if (goals.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('reviews.form.noGoals')}
      </Text>
    );
  return (
    <Stack gap="xs" component="ul" p={0} m={0} aria-label={t('reviews.form.goals')}>
      {goals.map((goal) => (
        <Stack key={goal.id} gap={2} component="li" style={{ listStyle: 'none' }}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {goal.title}
            </Text>
            <Text size="xs" c="dimmed">
              {t('reviews.form.goalProgress', { progress: Math.round(goal.progress) })}
            </Text>
          </Group>
          <Progress value={goal.progress} aria-label={goal.title} size="sm" />
          {goal.keyResults.map((kr) => (
            <Text key={kr.id} size="xs" c="dimmed">
              {kr.title}: {kr.currentValue} / {kr.targetValue}
            </Text>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
