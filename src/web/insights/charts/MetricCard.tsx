import {
  Button,
  ColorSwatch,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconEyeOff, IconFileTypeCsv } from '@tabler/icons-react';
import i18n, { type TFunction } from 'i18next';
import { lazy, type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useIsPhone } from '../../components/useIsPhone';
import classes from './MetricCard.module.css';
import { seriesColor } from './metricColors';
import {
  type CellText,
  cellText,
  chartedColumns,
  columnUnit,
  formatValue,
  groupSizePerRow,
  hasAnyFigure,
  hasSuppression,
  hiddenSummary,
  type MetricCell,
  type MetricColumn,
  type MetricData,
  type MetricRow,
  type MetricUnit,
  rowGroupSize,
  showsGroupSize,
  toChartModel,
  wholeRowState,
} from './metricView';

const MetricChart = lazy(() => import('./MetricChart').then((m) => ({ default: m.MetricChart })));

type View = 'chart' | 'table';

export interface MetricCardProps {
  metric: MetricData;
  title: string;
  /** The formula in plain words, behind "How is this calculated?". */
  explanation: string;
  /** The formula as the catalogue writes it, shown under the explanation. */
  formula?: string;
  /** "Departments and managers as of the cycle's launch on …", when the figures are point-in-time. */
  pointInTime?: string | null;
  /** When the figures were computed; null: not yet. */
  asOf: string | null;
  /** Where the CSV of exactly these figures downloads from. */
  csvHref?: string;
  /** What the rows are ("Department", "Manager"); default "Group". */
  rowHeader?: string;
  /** Shown instead of the chart and table when no cell holds a figure. */
  empty?: ReactNode;
  order?: 2 | 3;
  testId: string;
}

const locale = () => (i18n.language === 'de' ? 'de-DE' : 'en-GB');

/**
 * One metric: a chart or, at a click, the same figures as a table; a CSV of them; how it is
 * calculated; when it was computed. Cells withheld to protect small groups never show a number —
 * the table says "Below threshold (fewer than 5)", apart from "No data", and the chart draws a
 * dashed empty band or lists them under it. A screen reader always gets the table (hidden from sight
 * while the chart shows), and the chart is one image with a name.
 */
export function MetricCard({
  metric,
  title,
  explanation,
  formula,
  pointInTime,
  asOf,
  csvHref,
  rowHeader,
  empty,
  order = 2,
  testId,
}: MetricCardProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [view, setView] = useState<View>('chart');
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = { title: `${baseId}-title`, view: `${baseId}-view` };
  const figures = hasAnyFigure(metric) || hasSuppression(metric);
  const model = toChartModel(metric);
  const lang = locale();
  const format = (value: number) => formatValue(value, metric.unit, lang);
  const unitOf = (columnKey: string) =>
    columnUnit(metric, metric.columns.find((column) => column.key === columnKey) ?? { key: '', label: '' });
  const say = (cell: MetricCell | undefined, unit: MetricUnit, withN = true) =>
    cellSentence(t, cellText(cell, unit, metric.minGroupSize, lang), withN ? unit : 'count');
  const describe = (rowKey: string, columnKey: string) => {
    const reference = metric.reference?.key === rowKey ? metric.reference : null;
    const row = reference ?? metric.rows.find((r) => r.key === rowKey);
    return say(row?.cells[columnKey], unitOf(columnKey), !reference);
  };
  const perRow = groupSizePerRow(metric);
  const totalSize = metric.total && perRow ? rowGroupSize(metric.total) : null;
  const overall = metric.total
    ? chartedColumns(metric)
        .map((column) => {
          const words = say(metric.total?.cells[column.key], columnUnit(metric, column), !perRow);
          return chartedColumns(metric).length > 1 ? `${column.label} ${words}` : words;
        })
        .join(' · ')
    : null;
  const table = (
    <MetricTable metric={metric} title={title} rowHeader={rowHeader} say={say} testId={`${testId}-table`} />
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={ids.title} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} miw={0} style={{ flex: 1 }}>
            <Title order={order} size="h4" id={ids.title}>
              {title}
            </Title>
            <Text size="xs" c="dimmed" data-testid={`${testId}-as-of`}>
              {asOf ? t('metricCard.asOf', { time: formatDateTime(asOf) }) : t('metricCard.notComputed')}
            </Text>
          </Stack>
          {csvHref && figures ? (
            <Button
              component="a"
              href={csvHref}
              download
              size="compact-sm"
              variant="default"
              leftSection={<IconFileTypeCsv size={16} aria-hidden />}
              aria-label={t('metricCard.csvLabel', { title })}
              data-testid={`${testId}-csv`}
            >
              {t('metricCard.csv')}
            </Button>
          ) : null}
        </Group>
        {pointInTime ? (
          <Text size="sm" data-testid={`${testId}-point-in-time`}>
            {pointInTime}
          </Text>
        ) : null}
        <details className={classes.details}>
          <Text component="summary" size="sm" className={classes.summary}>
            {t('metricCard.howCalculated')}
          </Text>
          <Stack gap={4} mt={6}>
            <Text size="sm">{explanation}</Text>
            {formula ? (
              <Text size="xs" c="dimmed">
                {t('metricCard.technical', { formula })}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('metricCard.threshold', { min: metric.minGroupSize })}
            </Text>
          </Stack>
        </details>
        {overall ? (
          <Text size="sm" fw={600} data-testid={`${testId}-total`}>
            {totalSize ? t('metricCard.totalWithN', { n: totalSize }) : t('metricCard.total')}: {overall}
          </Text>
        ) : null}
        {!figures ? (
          (empty ?? (
            <Text size="sm" c="dimmed" data-testid={`${testId}-empty`}>
              {t('metricCard.empty')}
            </Text>
          ))
        ) : (
          <>
            <Group gap="xs">
              <Text size="sm" fw={500} id={ids.view}>
                {t('metricCard.view.label')}
              </Text>
              <SegmentedControl
                size="xs"
                aria-labelledby={ids.view}
                value={view}
                onChange={(value) => setView(value as View)}
                data={(['chart', 'table'] as const).map((value) => ({
                  value,
                  label: t(`metricCard.view.${value}`),
                }))}
                data-testid={`${testId}-view`}
              />
            </Group>
            {metric.omittedRows ? (
              <Text size="xs" c="dimmed" data-testid={`${testId}-omitted`}>
                {t('metricCard.omitted', { count: metric.omittedRows })}
              </Text>
            ) : null}
            {view === 'table' ? (
              table
            ) : (
              <>
                <Suspense fallback={<Skeleton height={220} />}>
                  <MetricChart
                    model={model}
                    kind={metric.chart}
                    label={t('metricCard.chartLabel', { title })}
                    format={format}
                    describe={describe}
                    compact={phone}
                    testId={`${testId}-chart`}
                  />
                </Suspense>
                <Legend labels={model.series.map((s) => s.label)} withHidden={model.hiddenRows.length > 0} />
                {model.hidden.length > 0 ? (
                  <Group gap={6} wrap="nowrap" align="flex-start" aria-hidden>
                    <IconEyeOff size={16} className={classes.noteIcon} />
                    <Text size="xs" c="dimmed" data-testid={`${testId}-hidden-note`}>
                      {t('metricCard.hiddenNote', {
                        cells: hiddenSummary(model)
                          .map(({ row, column }) =>
                            column === null ? row : t('metricCard.hiddenCell', { row, column }),
                          )
                          .join(', '),
                      })}
                    </Text>
                  </Group>
                ) : null}
                {/* The figures for screen readers while the chart is what shows. */}
                <VisuallyHidden>{table}</VisuallyHidden>
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The series' colours and the band of withheld groups; decorative, the table names everything. */
function Legend({ labels, withHidden }: { labels: string[]; withHidden: boolean }) {
  const { t } = useTranslation();
  if (labels.length < 2 && !withHidden) return null;
  return (
    <Group gap="md" aria-hidden>
      {labels.length > 1
        ? labels.map((label, index) => (
            <Group key={label} gap={6} wrap="nowrap">
              <ColorSwatch color={seriesColor(index)} size={12} withShadow={false} />
              <Text size="xs">{label}</Text>
            </Group>
          ))
        : null}
      {withHidden ? (
        <Group gap={6} wrap="nowrap">
          <span className={classes.hiddenSwatch} />
          <Text size="xs">{t('metricCard.hiddenBar')}</Text>
        </Group>
      ) : null}
    </Group>
  );
}

/** A cell as words: "42 % (n = 17)", "Below threshold (fewer than 5)", "No data". */
export function cellSentence(t: TFunction, text: CellText, unit: MetricUnit): string {
  switch (text.kind) {
    case 'value':
      return showsGroupSize(unit) ? t('metricCard.cell.withN', { value: text.text, n: text.n }) : text.text;
    case 'below_threshold':
      return t('metricCard.cell.belowThreshold', { min: text.min });
    case 'complementary':
      return t('metricCard.cell.complementary');
    case 'no_data':
      return t('metricCard.cell.noData');
  }
}

type Say = (cell: MetricCell | undefined, unit: MetricUnit, withN?: boolean) => string;

function MetricTable({
  metric,
  title,
  rowHeader,
  say,
  testId,
}: {
  metric: MetricData;
  title: string;
  rowHeader?: string;
  say: Say;
  testId: string;
}) {
  const { t } = useTranslation();
  const perRow = groupSizePerRow(metric);
  const withheld = (
    state: 'below_threshold' | 'complementary',
    words: string,
    justify: 'flex-end' | 'center',
  ) => (
    <Group gap={4} wrap="nowrap" justify={justify} data-state={state}>
      <IconEyeOff size={14} aria-hidden className={classes.noteIcon} />
      <Text span size="sm" fs="italic">
        {words}
      </Text>
    </Group>
  );
  const cell = (row: MetricRow, column: MetricColumn, withN: boolean) => {
    const value = row.cells[column.key];
    const words = say(value, columnUnit(metric, column), withN);
    const state = value?.state ?? 'no_data';
    if (state === 'below_threshold' || state === 'complementary') return withheld(state, words, 'flex-end');
    if (state === 'no_data')
      return (
        <Text span size="sm" c="dimmed" data-state="no_data">
          {words}
        </Text>
      );
    return (
      <Text span size="sm" data-state="shown">
        {words}
      </Text>
    );
  };
  const line = (row: MetricRow, kind: 'row' | 'total' | 'reference') => {
    // A group withheld as a whole says so once, across its figures.
    const whole = kind === 'reference' ? null : wholeRowState(row, metric.columns);
    const size = kind === 'reference' ? null : rowGroupSize(row);
    return (
      <Table.Tr key={`${kind}-${row.key}`} data-row={kind}>
        <Table.Th scope="row" fw={kind === 'row' ? 'normal' : 600}>
          {row.label}
        </Table.Th>
        {whole ? (
          <Table.Td colSpan={metric.columns.length + (perRow ? 1 : 0)} ta="center">
            {withheld(whole, say(row.cells[metric.columns[0]?.key ?? ''], metric.unit), 'center')}
          </Table.Td>
        ) : (
          <>
            {metric.columns.map((column) => (
              <Table.Td key={column.key} ta="right" fw={kind === 'total' ? 600 : undefined}>
                {cell(row, column, !perRow && kind !== 'reference')}
              </Table.Td>
            ))}
            {perRow ? (
              <Table.Td ta="right" fw={kind === 'total' ? 600 : undefined}>
                {size ?? ''}
              </Table.Td>
            ) : null}
          </>
        )}
      </Table.Tr>
    );
  };
  return (
    <Table.ScrollContainer
      minWidth={Math.max(320, 160 + metric.columns.length * 110)}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={title}
    >
      <Table data-testid={testId} striped>
        <Table.Caption className="visually-hidden">{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader ?? t('metricCard.group')}</Table.Th>
            {metric.columns.map((column) => (
              <Table.Th key={column.key} scope="col" ta="right">
                {column.label}
              </Table.Th>
            ))}
            {perRow ? (
              <Table.Th scope="col" ta="right">
                {t('metricCard.people')}
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{metric.rows.map((row) => line(row, 'row'))}</Table.Tbody>
        {metric.total || metric.reference ? (
          <Table.Tfoot>
            {metric.total ? line(metric.total, 'total') : null}
            {metric.reference ? line(metric.reference, 'reference') : null}
          </Table.Tfoot>
        ) : null}
      </Table>
    </Table.ScrollContainer>
  );
}
