import '@mantine/charts/styles.css';
import { CompositeChart } from '@mantine/charts';
import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalibrationGrid, SessionDetail } from '../../../contracts/calibration';
import { categoricalColor, toneAlert, toneText } from '../../app/statusColors';
import { useIsPhone } from '../../components/useIsPhone';
import classes from './calibration.module.css';
import { ScrollRegion } from './ScrollRegion';

const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(1)}`;

/**
 * Share of people per rating as bars, the guideline curve as a line, and the same figures in a table
 * with the deviation per rating. A guideline is advisory unless the session requires it, in which
 * case the risks of a forced curve are spelled out.
 */
export function DistributionPanel({ grid, session }: { grid: CalibrationGrid; session: SessionDetail }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const hasGuideline = session.guideline !== null;
  const data = grid.distribution.map((bar) => ({
    rating: `${bar.rating} · ${bar.label}`,
    share: bar.share,
    ...(bar.guideline !== null ? { guideline: bar.guideline } : {}),
  }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calibration-distribution">
      <Stack gap="sm">
        <Title order={2} size="h4" id="calibration-distribution">
          {t('calibration.distribution.title')}
        </Title>
        {session.guidelineRequired ? (
          <Alert
            {...toneAlert('caution')}
            icon={<IconAlertTriangle aria-hidden />}
            title={t('calibration.create.riskTitle')}
          >
            <Stack gap={4}>
              <Text size="sm">{t('calibration.create.riskText')}</Text>
              <Text size="sm">
                {t('calibration.distribution.required', { tolerance: session.guidelineTolerance })}
              </Text>
            </Stack>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            {hasGuideline
              ? t('calibration.distribution.advisory')
              : t('calibration.distribution.noGuideline')}
          </Text>
        )}
        {/* The table below carries the same figures for screen readers; the chart stays out of the tab order. */}
        <div aria-hidden inert data-testid="calibration-distribution-chart">
          <CompositeChart
            h={220}
            data={data}
            dataKey="rating"
            unit="%"
            withLegend
            series={[
              {
                name: 'share',
                label: t('calibration.distribution.share'),
                color: categoricalColor(0),
                type: 'bar',
              },
              ...(hasGuideline
                ? [
                    {
                      name: 'guideline',
                      label: t('calibration.distribution.guideline'),
                      // A target, not a status: the series palette's dark gray beside the bars.
                      color: categoricalColor(6),
                      type: 'line' as const,
                    },
                  ]
                : []),
            ]}
            yAxisProps={{ domain: [0, 100] }}
            // A phone has room for the rating's number under each bar, not its label.
            xAxisProps={{ tickFormatter: (value: string) => (phone ? value.split(' · ')[0]! : value) }}
          />
        </div>
        <ScrollRegion label={t('calibration.distribution.title')}>
          <Table
            verticalSpacing={4}
            horizontalSpacing="xs"
            fz="sm"
            data-testid="calibration-distribution-table"
          >
            <caption className="visually-hidden">{t('calibration.distribution.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calibration.distribution.rating')}</Table.Th>
                <Table.Th scope="col" className={classes.wideOnly}>
                  {t('calibration.distribution.count')}
                </Table.Th>
                <Table.Th scope="col">{t('calibration.distribution.share')}</Table.Th>
                {hasGuideline ? (
                  <>
                    <Table.Th scope="col" className={classes.wideOnly}>
                      {t('calibration.distribution.guideline')}
                    </Table.Th>
                    <Table.Th scope="col">{t('calibration.distribution.deviation')}</Table.Th>
                  </>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grid.distribution.map((bar) => (
                <Table.Tr key={bar.rating}>
                  <Table.Th scope="row" fw={500}>
                    {bar.rating} · {bar.label}
                    {/* On a phone the people and guideline columns fold in here. */}
                    <Text component="span" size="xs" c="dimmed" fw={400} className={classes.phoneOnly}>
                      {t('calibration.distribution.phoneDetail', {
                        count: bar.count,
                        guideline: hasGuideline ? `${bar.guideline ?? 0}%` : '–',
                      })}
                    </Text>
                  </Table.Th>
                  <Table.Td className={classes.wideOnly}>{bar.count}</Table.Td>
                  <Table.Td>{bar.share.toFixed(1)}%</Table.Td>
                  {hasGuideline ? (
                    <>
                      <Table.Td className={classes.wideOnly}>{bar.guideline ?? 0}%</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {bar.deviation !== null
                          ? t('calibration.distribution.points', { value: signed(bar.deviation) })
                          : ''}
                      </Table.Td>
                    </>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
        {grid.withinGuideline !== null ? (
          <Text
            size="sm"
            c={toneText(grid.withinGuideline ? 'positive' : 'caution')}
            fw={500}
            data-testid="calibration-guideline-status"
          >
            <IconInfoCircle size={14} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 4 }} />
            {grid.withinGuideline
              ? t('calibration.distribution.within')
              : t('calibration.distribution.outside', { value: grid.maxDeviation?.toFixed(1) })}
          </Text>
        ) : null}
        {grid.meanProposed !== null ? (
          <Text size="xs" c="dimmed">
            {t('calibration.distribution.means', {
              proposed: grid.meanProposed.toFixed(2),
              calibrated: grid.meanCalibrated?.toFixed(2),
            })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
