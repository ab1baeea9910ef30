import { Group, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { toneSeries } from '../../app/statusColors';
import { AnchorLink, ButtonLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { personProgressQuery } from './api';

/**
 * The "Next" half's plan panel (cross-part contract 4) for the home page and a profile: the
 * person's plans with progress and their next open action — all of one's own plans, a report's
 * plans only when shared with the caller (the server decides), otherwise a calm empty state.
 */
export function PlanNextPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.person?.id === personId;
  const query = useQuery(personProgressQuery(personId));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`plan-next-${personId}`}>
      <Stack gap="sm">
        <Group gap="xs">
          <IconRoute size={18} aria-hidden />
          <Title order={3} size="h4" id={`plan-next-${personId}`}>
            {t('plans.next.title')}
          </Title>
        </Group>
        <QueryView
          query={query}
          skeleton={
            <Stack gap="xs" aria-busy="true" aria-label={t('plans.next.loading')}>
              <Skeleton height={16} width="70%" />
              <Skeleton height={8} />
            </Stack>
          }
          empty={
            <Stack gap="xs" align="flex-start">
              <Text size="sm" c="dimmed">
                {own ? t('plans.next.emptyOwn') : t('plans.next.empty')}
              </Text>
              {own ? (
                <ButtonLink to="/growth/plans" size="xs" variant="light">
                  {t('plans.next.start')}
                </ButtonLink>
              ) : null}
            </Stack>
          }
        >
          {(data) =>
            data.items.map((plan) => (
              <Stack key={plan.id} gap={4} data-testid="plan-next-item">
                <Group justify="space-between" gap="xs">
                  <AnchorLink to="/growth/plans/$planId" params={{ planId: plan.id }} fw={600}>
                    {plan.title}
                  </AnchorLink>
                  <Text size="sm">{plan.progress.percent}%</Text>
                </Group>
                <Progress
                  value={plan.progress.percent}
                  color={toneSeries('positive')}
                  aria-label={t('plans.detail.progressLabel', { percent: plan.progress.percent })}
                />
                <Text size="xs" c="dimmed">
                  {t('plans.card.progress', {
                    done: plan.progress.actionsDone,
                    total: plan.progress.actionsTotal,
                  })}
                </Text>
                {plan.nextAction ? (
                  <Text size="sm">
                    {plan.nextAction.dueDate
                      ? t('plans.next.nextActionDue', {
                          title: plan.nextAction.title,
                          date: formatDate(plan.nextAction.dueDate),
                        })
                      : t('plans.next.nextAction', { title: plan.nextAction.title })}
                  </Text>
                ) : null}
              </Stack>
            ))
          }
        </QueryView>
      </Stack>
    </Paper>
  );
}
