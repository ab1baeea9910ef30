import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckIn } from '../../../contracts/goals';
import { formatDate } from '../../app/format';
import { toneSeries } from '../../app/statusColors';

/**
 * Progress over time from the check-in history. The chart is drawn for sighted readers; the same
 * figures are in a visually hidden table for screen readers.
 */
export function HistoryChart({ checkIns }: { checkIns: CheckIn[] }) {
  const { t } = useTranslation();
  const data = checkIns.map((checkIn) => ({
    date: formatDate(checkIn.checkedInAt.slice(0, 10)),
    progress: checkIn.progress,
  }));
  return (
    <Stack gap="xs">
      <div inert data-testid="goal-history-chart">
        <LineChart
          h={220}
          data={data}
          dataKey="date"
          series={[{ name: 'progress', label: t('goals.history.progress'), color: toneSeries('neutral') }]}
          yAxisProps={{ domain: [0, 100] }}
          unit="%"
          curveType="monotone"
          withDots
        />
      </div>
      <VisuallyHidden>
        <table>
          <caption>{t('goals.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('goals.history.date')}</th>
              <th scope="col">{t('goals.history.progress')}</th>
              <th scope="col">{t('goals.history.status')}</th>
            </tr>
          </thead>
          <tbody>
            {checkIns.map((checkIn) => (
              <tr key={checkIn.id}>
                <td>{formatDate(checkIn.checkedInAt.slice(0, 10))}</td>
                <td>{Math.round(checkIn.progress)}%</td>
                <td>{t(`goals.health.${checkIn.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
      <Text size="xs" c="dimmed">
        {t('goals.history.count', { count: checkIns.length })}
      </Text>
    </Stack>
  );
}
