import { Badge, Button, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalDetail } from '../../../contracts/goals';
import { formatDate, formatDateTime } from '../../app/format';
import { goalStatusTone, toneBadge } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { checkInsQuery, goalQuery } from './api';
import { CheckInForm } from './CheckInForm';
import { formatKeyResultValue, HealthBadge, ownerName, ProgressBar } from './GoalBits';
import { GoalFormModal } from './GoalFormModal';
import { HistoryChart } from './HistoryChart';

const routeApi = getRouteApi('/app/performance/goals/$goalId');

/** `/performance/goals/$goalId`: key results with progress, check-in form and history chart. */
export function GoalDetailPage() {
  const { t } = useTranslation();
  const { goalId } = routeApi.useParams();
  const goal = useQuery(goalQuery(goalId));
  if (goal.data) return <GoalView goal={goal.data} />;
  // Until the goal arrives the area's title frames its skeleton, or the failure with a retry.
  return (
    <Page title={t('goals.title')}>
      <QueryView query={goal} skeleton={<TableSkeleton rows={5} />}>
        {() => null}
      </QueryView>
    </Page>
  );
}

function GoalView({ goal }: { goal: GoalDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const yes = t('goals.yes');
  const no = t('goals.no');
  return (
    <Page
      title={goal.title}
      above={
        <AnchorLink to="/performance/goals" size="sm">
          {t('goals.back')}
        </AnchorLink>
      }
      description={
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(`goals.level.${goal.level}`)}
          </Badge>
          <Badge variant="outline" color="gray">
            {t(`goals.visibility.${goal.visibility}`)}
          </Badge>
          <Badge {...toneBadge(goalStatusTone[goal.status])}>{t(`goals.status.${goal.status}`)}</Badge>
          <HealthBadge health={goal.health} />
          <Text size="sm" c="dimmed">
            {ownerName(goal, t('goals.level.company'))} · {formatDate(goal.periodStart)} –{' '}
            {formatDate(goal.periodEnd)}
          </Text>
        </Group>
      }
      actions={
        goal.abilities.edit ? (
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('goals.edit')}
          </Button>
        ) : null
      }
    >
      {goal.description ? <Text maw={720}>{goal.description}</Text> : null}
      {goal.parent ? (
        <Text size="sm">
          {t('goals.alignedWith')}{' '}
          <AnchorLink to="/performance/goals/$goalId" params={{ goalId: goal.parent.id }}>
            {goal.parent.title}
          </AnchorLink>
        </Text>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="kr-heading">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={2} size="h4" id="kr-heading">
                    {t('goals.keyResults')}
                  </Title>
                  <Text fw={700}>{t('goals.overall', { value: Math.round(goal.progress) })}</Text>
                </Group>
                {goal.keyResults.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {goal.abilities.edit ? t('goals.noKeyResultsEdit') : t('goals.noKeyResults')}
                  </Text>
                ) : (
                  <Stack gap="md" component="ul" p={0} m={0}>
                    {goal.keyResults.map((kr) => (
                      <Stack
                        key={kr.id}
                        gap={2}
                        component="li"
                        style={{ listStyle: 'none' }}
                        data-testid="key-result"
                      >
                        <Group justify="space-between" gap="xs">
                          <Text fw={500}>{kr.title}</Text>
                          <Text size="sm" c="dimmed">
                            {formatKeyResultValue(kr, kr.currentValue, yes, no)}
                            {kr.kind === 'boolean' || kr.kind === 'milestone'
                              ? ''
                              : kr.targetValue < kr.startValue
                                ? // A key result that goes down (defects from 40 to 12) is not "27.2 of 12".
                                  ` ${t('goals.downToTarget', {
                                    target: formatKeyResultValue(kr, kr.targetValue, yes, no),
                                    start: formatKeyResultValue(kr, kr.startValue, yes, no),
                                  })}`
                                : ` ${t('goals.ofTarget', { target: formatKeyResultValue(kr, kr.targetValue, yes, no) })}`}
                          </Text>
                        </Group>
                        <ProgressBar value={kr.progress} label={t('goals.progressOf', { title: kr.title })} />
                      </Stack>
                    ))}
                  </Stack>
                )}
              </Stack>
            </Paper>
            <History goal={goal} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {goal.abilities.checkIn ? (
            <CheckInForm goal={goal} />
          ) : (
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                {goal.status === 'active' ? t('goals.checkIn.notYours') : t('goals.checkIn.closed')}
              </Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
      {goal.abilities.edit ? (
        <GoalFormModal opened={editing} onClose={() => setEditing(false)} goal={goal} />
      ) : null}
    </Page>
  );
}

function History({ goal }: { goal: GoalDetail }) {
  const { t } = useTranslation();
  const history = useQuery(checkInsQuery(goal.id));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="history-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="history-heading">
          {t('goals.history.title')}
        </Title>
        <QueryView
          query={history}
          skeleton={<Skeleton h={220} />}
          empty={
            <EmptyPanel
              order={3}
              withBorder={false}
              icon={<IconChartLine size={28} />}
              title={t('goals.history.emptyTitle')}
              description={t('goals.history.emptyDescription')}
            />
          }
        >
          {(data) => (
            <>
              {/* The list arrives newest first; the chart reads left to right, oldest first. */}
              <HistoryChart checkIns={[...data.items].reverse()} />
              <Stack gap="xs" component="ol" p={0} m={0} aria-label={t('goals.history.recent')}>
                {data.items.slice(0, 5).map((checkIn) => (
                  <Paper
                    key={checkIn.id}
                    component="li"
                    p="xs"
                    bg="var(--mantine-color-gray-0)"
                    style={{ listStyle: 'none' }}
                  >
                    <Group gap="xs" justify="space-between">
                      <HealthBadge health={checkIn.status} />
                      <Text size="xs" c="dimmed">
                        {checkIn.author?.name ?? ''} · {formatDateTime(checkIn.checkedInAt)} ·{' '}
                        {Math.round(checkIn.progress)}%
                      </Text>
                    </Group>
                    {checkIn.comment ? (
                      <Text size="sm" mt={4}>
                        {checkIn.comment}
                      </Text>
                    ) : null}
                  </Paper>
                ))}
              </Stack>
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
