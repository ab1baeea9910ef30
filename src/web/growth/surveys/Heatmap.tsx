import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import i18n from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportGroup, SurveyHeatmap } from '../../../contracts/surveys';
import { formatNumber } from '../../app/format';
import { type Tone, toneColor, toneText } from '../../app/statusColors';
import classes from './Heatmap.module.css';
import { type HeatCell, heatCell, orderSegments } from './surveyView';

const locale = () => (i18n.language === 'de' ? 'de-DE' : 'en-GB');

/** The background of a score cell: the tone's lightest shade (its text stays AA-readable). */
const toneBackground = (tone: Tone) => `var(--mantine-color-${toneColor[tone]}-1)`;

/**
 * Drivers by department as a real table (row and column headers, a caption), each score cell
 * tinted by its tone. Withheld cells ("below threshold", "hidden") are hatched with an eye-off icon
 * and say so in words; cells of a group with no answers are plain and say "No data". A legend
 * explains the colours and both kinds of empty cell.
 */
export function Heatmap({ heatmap }: { heatmap: SurveyHeatmap }) {
  const { t } = useTranslation();
  const titleId = useId();
  const lang = locale();
  const driverLabel = (driver: string) => t(`surveys.drivers.${driver}` as 'surveys.drivers.growth');
  const rowLabel = (group: ReportGroup) => group.label ?? t('surveys.results.noDepartment');

  const cell = (group: ReportGroup, driver: string, label: string) => {
    const shown: HeatCell = heatCell(group.cells.find((c) => c.driver === driver)?.cell, lang);
    return <HeatTd key={driver} cell={shown} row={label} column={driverLabel(driver)} />;
  };
  const count = (group: ReportGroup) => {
    if (group.count.state === 'shown') return <Table.Td ta="right">{formatNumber(group.count.n)}</Table.Td>;
    return (
      <HeatTd
        cell={
          group.count.state === 'no_data'
            ? { kind: 'no_data' }
            : { kind: 'withheld', reason: group.count.state }
        }
        row={rowLabel(group)}
        column={t('surveys.results.people')}
      />
    );
  };
  const line = (group: ReportGroup, label: string, total = false) => (
    <Table.Tr
      key={group.key ?? (total ? 'overall' : 'none')}
      data-testid={total ? 'heatmap-overall' : 'heatmap-row'}
    >
      <Table.Th scope="row" fw={total ? 700 : 500} className={classes.rowHeader}>
        {label}
      </Table.Th>
      {count(group)}
      {heatmap.drivers.map((driver) => cell(group, driver, label))}
    </Table.Tr>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="survey-heatmap">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={titleId}>
            {t('surveys.results.heatmap')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('surveys.results.heatmapHelp')}
          </Text>
        </Stack>
        <Table.ScrollContainer
          minWidth={220 + 110 * (heatmap.drivers.length + 1)}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('surveys.results.heatmap')}
        >
          <Table withColumnBorders className={classes.table} data-testid="survey-heatmap-table">
            <Table.Caption className="visually-hidden">{t('surveys.results.heatmap')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.results.department')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('surveys.results.people')}
                </Table.Th>
                {heatmap.drivers.map((driver) => (
                  <Table.Th key={driver} scope="col" ta="center">
                    {driverLabel(driver)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orderSegments(heatmap.rows, 'department', []).map((group) => line(group, rowLabel(group)))}
            </Table.Tbody>
            <Table.Tfoot>{line(heatmap.overall, t('surveys.results.overall'), true)}</Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <HeatmapLegend />
      </Stack>
    </Paper>
  );
}

function HeatTd({ cell, row, column }: { cell: HeatCell; row: string; column: string }) {
  const { t } = useTranslation();
  if (cell.kind === 'score')
    return (
      <Table.Td
        ta="center"
        data-state="shown"
        style={{ background: toneBackground(cell.tone) }}
        title={t('surveys.results.cellLabel', {
          row,
          driver: column,
          value: t('surveys.results.cellScore', { score: cell.text, n: cell.n }),
        })}
      >
        <Text span fw={600} c={toneText(cell.tone)}>
          {cell.text}
        </Text>
        <Text span size="xs" c="gray.7">
          {' '}
          (n = {cell.n})
        </Text>
      </Table.Td>
    );
  if (cell.kind === 'withheld')
    return (
      <Table.Td ta="center" data-state={cell.reason} className={classes.withheld}>
        <Group gap={4} justify="center" wrap="nowrap">
          <IconEyeOff size={14} aria-hidden />
          <Text span size="xs" fs="italic">
            {t(`surveys.results.cell.${cell.reason}`)}
          </Text>
        </Group>
      </Table.Td>
    );
  return (
    <Table.Td ta="center" data-state="no_data" className={classes.noData}>
      <Text span size="xs" c="gray.7">
        {t('surveys.results.cell.no_data')}
      </Text>
    </Table.Td>
  );
}

/** What the colours and the two kinds of empty cell mean. */
export function HeatmapLegend() {
  const { t } = useTranslation();
  const swatch = (tone: Tone, label: string) => (
    <Group gap={6} wrap="nowrap" key={label}>
      <span className={classes.swatch} style={{ background: toneBackground(tone) }} aria-hidden />
      <Text size="xs">{label}</Text>
    </Group>
  );
  return (
    <Stack gap={4} data-testid="survey-heatmap-legend">
      <Text size="xs" fw={600}>
        {t('surveys.results.legend')}
      </Text>
      <Group gap="md">
        {swatch('positive', t('surveys.results.legendHigh'))}
        {swatch('caution', t('surveys.results.legendMid'))}
        {swatch('negative', t('surveys.results.legendLow'))}
        <Group gap={6} wrap="nowrap">
          <span className={`${classes.swatch} ${classes.withheld}`} aria-hidden />
          <Text size="xs">{t('surveys.results.legendWithheld')}</Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <span className={`${classes.swatch} ${classes.withheld}`} aria-hidden />
          <Text size="xs">{t('surveys.results.legendComplementary')}</Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <span className={`${classes.swatch} ${classes.noData}`} aria-hidden />
          <Text size="xs">{t('surveys.results.legendNoData')}</Text>
        </Group>
      </Group>
    </Stack>
  );
}
