import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { categoricalColor } from '../../app/statusColors';
import { useIsPhone } from '../../components/useIsPhone';
import { formatEnps, hasTrendLine } from './surveyView';

export interface TrendPoint {
  roundId: string;
  roundNumber: number;
  closesOn: string;
  /** The round's eNPS when the server showed it; null when withheld (a gap in the line). */
  score: number | null;
  n: number | null;
  /** Why there is no score, as the server said. */
  state: string;
}

/**
 * eNPS round over round: a line on the −100…100 scale with gaps for rounds below the threshold,
 * or at a click the same figures as a table (which a screen reader always gets).
 */
export default function EnpsTrend({ points }: { points: TrendPoint[] }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  const viewId = useId();
  const drawable = hasTrendLine(points);
  const label = (p: TrendPoint) =>
    `${t('surveys.detail.round', { n: p.roundNumber })} · ${formatDate(p.closesOn)}`;
  const table = (
    <Table.ScrollContainer
      minWidth={320}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={t('surveys.results.enpsTrend')}
    >
      <Table striped data-testid="survey-enps-trend-table">
        <Table.Caption className="visually-hidden">{t('surveys.results.enpsTrend')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.results.roundCol')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('surveys.results.enps')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((p) => (
            <Table.Tr key={p.roundId}>
              <Table.Th scope="row" fw="normal">
                {label(p)}
              </Table.Th>
              <Table.Td ta="right">
                {p.score !== null
                  ? `${formatEnps(p.score)} (n = ${p.n})`
                  : t(`surveys.results.cell.${p.state}` as 'surveys.results.cell.no_data')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="survey-enps-trend">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={titleId}>
            {t('surveys.results.enpsTrend')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('surveys.results.enpsTrendHelp')}
          </Text>
        </Stack>
        {!drawable ? (
          <>
            <Text size="sm" c="dimmed">
              {t('surveys.results.enpsTrendEmpty')}
            </Text>
            {points.length > 0 ? table : null}
          </>
        ) : (
          <>
            <Group gap="xs">
              <Text size="sm" fw={500} id={viewId}>
                {t('metricCard.view.label')}
              </Text>
              <SegmentedControl
                size="xs"
                aria-labelledby={viewId}
                value={view}
                onChange={(value) => setView(value as 'chart' | 'table')}
                data={(['chart', 'table'] as const).map((value) => ({
                  value,
                  label: t(`metricCard.view.${value}`),
                }))}
              />
            </Group>
            {view === 'table' ? (
              table
            ) : (
              <>
                <div
                  role="img"
                  aria-label={t('metricCard.chartLabel', { title: t('surveys.results.enpsTrend') })}
                >
                  <LineChart
                    h={phone ? 200 : 240}
                    data={[...points].reverse().map((p) => ({ round: label(p), enps: p.score }))}
                    dataKey="round"
                    series={[{ name: 'enps', label: t('surveys.results.enps'), color: categoricalColor(0) }]}
                    curveType="linear"
                    connectNulls={false}
                    valueFormatter={(value) => formatEnps(value)}
                    yAxisProps={{ domain: [-100, 100], width: phone ? 40 : 50 }}
                    referenceLines={[{ y: 0, color: 'gray.5' }]}
                    withLegend={false}
                  />
                </div>
                <div className="visually-hidden">{table}</div>
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
