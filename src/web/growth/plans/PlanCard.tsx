import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconLock, IconShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, PlanSummary } from '../../../contracts/plans';
import { formatDate } from '../../app/format';
import { toneColor, toneSeries } from '../../app/statusColors';
import { AnchorLink } from '../../components/links';

export const planStatusColor: Record<PlanStatus, string> = {
  draft: toneColor.neutral,
  active: toneColor.info,
  completed: toneColor.positive,
  archived: toneColor.neutral,
};

/** One plan in a list: title (the link), status, sharing, progress bar. */
export function PlanCard({ plan, showOwner = false }: { plan: PlanSummary; showOwner?: boolean }) {
  const { t } = useTranslation();
  const { progress } = plan;
  return (
    <Paper withBorder p="md" radius="md" data-testid="plan-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} miw={0} style={{ flex: 1 }}>
            <AnchorLink
              to="/growth/plans/$planId"
              params={{ planId: plan.id }}
              fw={600}
              size="lg"
              aria-label={t('plans.card.open', { title: plan.title })}
            >
              {plan.title}
            </AnchorLink>
            {showOwner ? (
              <Text size="sm" c="dimmed">
                {t('plans.card.sharedBy', { name: plan.owner.displayName })}
              </Text>
            ) : null}
          </Stack>
          <Group gap={6}>
            <Badge color={planStatusColor[plan.status]} variant="light">
              {t(`plans.status.${plan.status}`)}
            </Badge>
            {showOwner ? null : plan.shared ? (
              <Badge color="brand" variant="outline" leftSection={<IconShare size={12} aria-hidden />}>
                {t('plans.card.shared')}
              </Badge>
            ) : (
              <Badge color="gray" variant="outline" leftSection={<IconLock size={12} aria-hidden />}>
                {t('plans.card.private')}
              </Badge>
            )}
          </Group>
        </Group>
        {plan.seededFromLabel ? (
          <Text size="sm" c="dimmed">
            {t('plans.card.seeded', { cycle: plan.seededFromLabel })}
          </Text>
        ) : null}
        <Progress
          value={progress.percent}
          color={toneSeries('positive')}
          size="md"
          aria-label={t('plans.detail.progressLabel', { percent: progress.percent })}
        />
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            {progress.actionsTotal === 0
              ? t('plans.card.noActions')
              : t('plans.card.progress', { done: progress.actionsDone, total: progress.actionsTotal })}
            {' · '}
            {t('plans.card.goals', { count: plan.goalCount })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('plans.card.lastActivity', { date: formatDate(plan.lastActivityAt.slice(0, 10)) })}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
