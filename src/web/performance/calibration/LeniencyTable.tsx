import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalibrationGrid } from '../../../contracts/calibration';
import { toneBadge } from '../../app/statusColors';
import classes from './calibration.module.css';
import { ScrollRegion } from './ScrollRegion';

const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(2)}`;

/** Each reviewing manager's mean proposed rating against the session's, flagged past the threshold. */
export function LeniencyTable({ grid, threshold }: { grid: CalibrationGrid; threshold: number }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calibration-leniency">
      <Stack gap="sm">
        <Title order={2} size="h4" id="calibration-leniency">
          {t('calibration.leniency.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calibration.leniency.help', { threshold: threshold.toFixed(2) })}
        </Text>
        {grid.leniency.length === 0 ? (
          <Text size="sm">{t('calibration.leniency.empty')}</Text>
        ) : (
          <ScrollRegion label={t('calibration.leniency.title')}>
            <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm" data-testid="calibration-leniency">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('calibration.leniency.manager')}</Table.Th>
                  <Table.Th scope="col" className={classes.wideOnly}>
                    {t('calibration.leniency.reviews')}
                  </Table.Th>
                  <Table.Th scope="col" className={classes.wideOnly}>
                    {t('calibration.leniency.mean')}
                  </Table.Th>
                  <Table.Th scope="col">{t('calibration.leniency.delta')}</Table.Th>
                  <Table.Th scope="col">{t('calibration.leniency.flag')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {grid.leniency.map((row) => (
                  <Table.Tr key={row.manager.id}>
                    <Table.Th scope="row" fw={500}>
                      {row.manager.displayName}
                      {/* On a phone the reviews and mean columns fold in here. */}
                      <Text component="span" size="xs" c="dimmed" fw={400} className={classes.phoneOnly}>
                        {t('calibration.leniency.phoneDetail', {
                          count: row.count,
                          mean: row.meanProposed.toFixed(2),
                        })}
                      </Text>
                    </Table.Th>
                    <Table.Td className={classes.wideOnly}>{row.count}</Table.Td>
                    <Table.Td className={classes.wideOnly}>{row.meanProposed.toFixed(2)}</Table.Td>
                    <Table.Td>{signed(row.delta)}</Table.Td>
                    <Table.Td>
                      {row.flag ? (
                        // Lenient and severe are both a pattern to look into, neither better than the other.
                        <Badge {...toneBadge('caution')} styles={{ label: { overflow: 'visible' } }}>
                          {t(`calibration.leniency.${row.flag}`)}
                        </Badge>
                      ) : (
                        <Text size="xs" c="dimmed" data-testid="calibration-leniency-signal">
                          {/* One review is no pattern: not "in line", just not enough to say. */}
                          {row.tooFew ? t('calibration.leniency.tooFew') : t('calibration.leniency.none')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Stack>
    </Paper>
  );
}
