import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Group, Paper, RingProgress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../contracts/plans';
import { formatDate } from '../../app/format';
import { toneSeries } from '../../app/statusColors';

/**
 * The plan's progress now (a ring and one bar per goal) and over time (a line through the
 * progress recorded with each note). The chart is for sighted readers; the same figures are in a
 * visually hidden table.
 */
export function ProgressHistory({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const history = [...plan.updates].reverse();
  const data = history.map((update) => ({
    date: formatDate(update.createdAt.slice(0, 10)),
    progress: update.progressPercent,
  }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-progress">
      <Stack gap="md">
        <Title order={2} size="h3" id="plan-progress">
          {t('plans.detail.progressTitle')}
        </Title>
        <Group align="center" gap="lg" wrap="wrap">
          <RingProgress
            size={110}
            thickness={10}
            roundCaps
            sections={[{ value: plan.progress.percent, color: toneSeries('positive') }]}
            label={
              <Text ta="center" fw={700} size="lg">
                {plan.progress.percent}%
              </Text>
            }
            aria-label={t('plans.detail.progressLabel', { percent: plan.progress.percent })}
          />
          <Stack gap={4}>
            <Text>
              {t('plans.card.progress', {
                done: plan.progress.actionsDone,
                total: plan.progress.actionsTotal,
              })}
            </Text>
            <Text c="dimmed" size="sm">
              {t('plans.detail.openActions', { count: plan.progress.openActions })}
            </Text>
          </Stack>
        </Group>
        {data.length >= 2 ? (
          <>
            <div inert data-testid="plan-history-chart">
              <LineChart
                h={200}
                data={data}
                dataKey="date"
                series={[
                  { name: 'progress', label: t('plans.updates.progress'), color: toneSeries('positive') },
                ]}
                yAxisProps={{ domain: [0, 100] }}
                unit="%"
                curveType="stepAfter"
                withDots
              />
            </div>
            <VisuallyHidden>
              <table>
                <caption>{t('plans.updates.chartCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plans.updates.date')}</th>
                    <th scope="col">{t('plans.updates.progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((update) => (
                    <tr key={update.id}>
                      <td>{formatDate(update.createdAt.slice(0, 10))}</td>
                      <td>{update.progressPercent}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </VisuallyHidden>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
