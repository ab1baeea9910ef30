import { Alert, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { ButtonLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { personOpenPipsQuery } from './api';
import { PipStateBadge } from './PlansListPage';

/**
 * The employee's own plan under way, on the "Now" half of their Home and profile: the one place
 * they find it besides the notification. Shown only to the person themself (PerformanceNow asks
 * only on one's own page), and nothing at all when they have no open plan — the panel's absence
 * says nothing, and a plan is never announced to anyone else through it.
 */
export function ImprovementPlanNowPanel({ personId, order = 3 }: { personId: string; order?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const plans = useQuery(personOpenPipsQuery(personId));
  // Most people have no plan: no skeleton while asking, and no panel when the answer is "none".
  if (plans.isPending || (plans.data && plans.data.length === 0)) return null;
  return (
    <Paper withBorder p="md" data-testid="pip-now-panel">
      <Stack gap="sm">
        <Title order={order} size="h4">
          {plans.data && plans.data.length > 1
            ? t('improvementPlans.nowPanel.titleMany')
            : t('improvementPlans.nowPanel.title')}
        </Title>
        <QueryView query={plans} skeleton={<Skeleton height={60} />}>
          {(data) =>
            data.map((plan) => (
              <Stack key={plan.id} gap="xs" data-testid="pip-now-item">
                <Group gap="sm">
                  <PipStateBadge state={plan.state} />
                  <Text size="sm">
                    {t('improvementPlans.nowPanel.runs', {
                      start: formatDate(plan.startDate),
                      end: formatDate(plan.endDate),
                    })}
                  </Text>
                </Group>
                {plan.nextCheckInOn ? (
                  <Text size="sm" c="dimmed">
                    {t('improvementPlans.nowPanel.nextCheckIn', { date: formatDate(plan.nextCheckInOn) })}
                  </Text>
                ) : null}
                {plan.awaitingAcknowledgement ? (
                  <Alert {...toneAlert('caution')} p="xs">
                    <Text size="sm">{t('improvementPlans.nowPanel.awaiting')}</Text>
                  </Alert>
                ) : null}
                <Group>
                  <ButtonLink
                    to="/performance/improvement-plans/$planId"
                    params={{ planId: plan.id }}
                    size="xs"
                    variant="light"
                    rightSection={<IconArrowRight size={14} aria-hidden />}
                    data-testid="pip-now-open"
                  >
                    {t('improvementPlans.nowPanel.open')}
                  </ButtonLink>
                </Group>
              </Stack>
            ))
          }
        </QueryView>
      </Stack>
    </Paper>
  );
}
