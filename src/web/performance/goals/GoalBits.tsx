import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CheckInStatus, GoalSummary, KeyResult } from '../../../contracts/goals';
import { formatDate, formatNumber } from '../../app/format';
import { goalHealthTone, toneBadge, toneSeries } from '../../app/statusColors';
import { AnchorLink } from '../../components/links';

/** Latest check-in status; "no check-in yet" when there is none. Colour from the one status map. */
export function HealthBadge({ health }: { health: CheckInStatus | null }) {
  const { t } = useTranslation();
  return (
    <Badge {...toneBadge(health ? goalHealthTone[health] : 'neutral')} size="sm" data-testid="health-badge">
      {health ? t(`goals.health.${health}`) : t('goals.health.none')}
    </Badge>
  );
}

/**
 * A progress bar takes the colour of the goal's status (green, amber, red), so a bar and its badge
 * always agree; without a check-in it is neutral. The amount itself is in the bar's length and figure.
 */
export const progressColor = (health: CheckInStatus | null | undefined) =>
  toneSeries(health ? goalHealthTone[health] : 'neutral');

/** A labelled progress bar (the label names what it measures for screen readers). */
export function ProgressBar({
  value,
  label,
  health,
}: {
  value: number;
  label: string;
  /** The goal's latest check-in status, which colours the bar; none: neutral. */
  health?: CheckInStatus | null;
}) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={value}
        color={progressColor(health)}
        flex={1}
        aria-label={label}
        size="md"
        radius="xl"
      />
      <Text size="sm" fw={600} w={44} ta="right">
        {Math.round(value)}%
      </Text>
    </Group>
  );
}

/** A key result's current value in its own terms: "€12,000 of €20,000", "Yes", "45% of 60%". */
export function formatKeyResultValue(
  kr: Pick<KeyResult, 'kind' | 'currency'>,
  value: number,
  yes: string,
  no: string,
) {
  if (kr.kind === 'boolean' || kr.kind === 'milestone') return value >= 1 ? yes : no;
  if (kr.kind === 'percent') return `${formatNumber(value)}%`;
  if (kr.kind === 'currency' && kr.currency) {
    try {
      return new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency: kr.currency,
        maximumFractionDigits: 0,
      }).format(value);
    } catch {
      return `${formatNumber(value)} ${kr.currency}`;
    }
  }
  return formatNumber(value);
}

export function ownerName(goal: GoalSummary, companyLabel: string) {
  return goal.ownerPerson?.name ?? goal.ownerDepartment?.name ?? companyLabel;
}

/** One goal in a list: title link, owner, period, status and progress. */
export function GoalCard({ goal, showOwner = false }: { goal: GoalSummary; showOwner?: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md" data-testid="goal-card" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <AnchorLink
            to="/performance/goals/$goalId"
            params={{ goalId: goal.id }}
            fw={600}
            miw={0}
            style={{ overflowWrap: 'break-word' }}
          >
            {goal.title}
          </AnchorLink>
          <Group gap={6} wrap="wrap" justify="flex-end" style={{ flexShrink: 0 }}>
            {goal.visibility === 'private' ? (
              <Badge
                variant="outline"
                color="gray"
                size="sm"
                leftSection={<IconLock size={12} aria-hidden />}
              >
                {t('goals.visibility.private')}
              </Badge>
            ) : null}
            <HealthBadge health={goal.health} />
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {showOwner ? `${ownerName(goal, t('goals.level.company'))} · ` : ''}
          {formatDate(goal.periodStart)} – {formatDate(goal.periodEnd)}
          {goal.status !== 'active' ? ` · ${t(`goals.status.${goal.status}`)}` : ''}
        </Text>
        <ProgressBar
          value={goal.progress}
          health={goal.health}
          label={t('goals.progressOf', { title: goal.title })}
        />
      </Stack>
    </Paper>
  );
}
