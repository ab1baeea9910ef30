import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconTarget } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { personCurrentGoalsQuery } from './api';
import { HealthBadge, ProgressBar } from './GoalBits';

/**
 * A compact list of a person's current goals with progress, for the profile's "Now" half and the
 * performance overview. Shows only goals the viewer may see (the server filters).
 */
export function GoalsNowPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const goals = useQuery(personCurrentGoalsQuery(personId));
  return (
    <Paper withBorder p="md" data-testid="goals-now-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap={6}>
            <IconTarget size={18} aria-hidden />
            <Title order={3} size="h4">
              {t('goals.now.title')}
            </Title>
          </Group>
          <AnchorLink to="/performance/goals" size="sm">
            {t('goals.now.all')}
          </AnchorLink>
        </Group>
        <QueryView
          query={goals}
          skeleton={
            <Stack gap="xs">
              <Skeleton h={18} />
              <Skeleton h={18} />
            </Stack>
          }
          empty={
            <Text size="sm" c="dimmed">
              {t('goals.now.empty')}
            </Text>
          }
        >
          {(data) => (
            <Stack gap="sm" component="ul" className="plain-list" p={0} m={0}>
              {data.items.map((goal) => (
                <Stack key={goal.id} gap={2} component="li" style={{ listStyle: 'none' }}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <AnchorLink
                      to="/performance/goals/$goalId"
                      params={{ goalId: goal.id }}
                      size="sm"
                      fw={600}
                      miw={0}
                    >
                      {goal.title}
                    </AnchorLink>
                    <HealthBadge health={goal.health} />
                  </Group>
                  <ProgressBar
                    value={goal.progress}
                    health={goal.health}
                    label={t('goals.progressOf', { title: goal.title })}
                  />
                </Stack>
              ))}
              {data.total > data.items.length ? (
                <Text size="xs" c="dimmed">
                  {t('goals.now.more', { count: data.total - data.items.length })}
                </Text>
              ) : null}
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
