import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { seriesColor } from './metricColors';
import { type ChartModel, categoryKey, isStacked, type MetricChartKind, rowKeyKey } from './metricView';

/**
 * The drawing of a metric card, loaded on its own (React.lazy in MetricCard) so recharts is not
 * part of what a page waits for. It is an image with a name; the card's table carries every figure
 * for screen readers, and says which cells are withheld.
 */
export interface MetricChartProps {
  model: ChartModel;
  kind: MetricChartKind;
  /** The chart's accessible name. */
  label: string;
  format: (value: number) => string;
  /** What the tooltip says for one cell of a row (a figure with its group size, or why it is hidden). */
  describe: (rowKey: string, columnKey: string) => string;
  compact: boolean;
  testId?: string;
}

export function MetricChart({ model, kind, label, format, describe, compact, testId }: MetricChartProps) {
  const series = model.series.map((s, index) => ({
    name: s.name,
    label: s.label,
    color: seriesColor(index),
  }));
  const tooltip = {
    content: ({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) => {
      const datum = payload?.[0]?.payload as Record<string, string> | undefined;
      if (!active || !datum) return null;
      return (
        <Paper withBorder shadow="sm" p="xs" maw={280}>
          <Text size="sm" fw={600}>
            {datum[categoryKey]}
          </Text>
          {model.series.map((s) => (
            <Text key={s.name} size="xs">
              {model.series.length > 1 ? `${s.label}: ` : ''}
              {describe(datum[rowKeyKey] ?? '', s.columnKey)}
            </Text>
          ))}
        </Paper>
      );
    },
  };

  // Each wholly withheld group: an empty band with a dashed outline across its place on the
  // category axis — no length, so no figure (a plain fill: patterns made large pages slow to paint).
  const hiddenBands = (axis: 'x' | 'y') =>
    model.hiddenRows.map((category) => ({
      [`${axis}1`]: category,
      [`${axis}2`]: category,
      color: 'gray.1',
      fillOpacity: 1,
      stroke: 'var(--mantine-color-gray-6)',
      strokeDasharray: '4 3',
      strokeWidth: 1,
      strokeOpacity: 1,
      ifOverflow: 'extendDomain' as const,
    }));

  if (kind === 'line') {
    return (
      <div role="img" aria-label={label} data-testid={testId}>
        <LineChart
          h={compact ? 220 : 260}
          data={model.data}
          dataKey={categoryKey}
          series={series}
          valueFormatter={format}
          curveType="linear"
          connectNulls={false}
          yAxisProps={{ domain: [model.scaleMin, model.scaleMax], width: compact ? 44 : 60 }}
          tooltipProps={tooltip}
          withLegend={false}
          referenceAreas={hiddenBands('x')}
        />
      </div>
    );
  }

  // One bar (or stack) per row, horizontal so department and manager names stay readable; a
  // distribution is a stack of shares summing to 100 %, its guideline the first bar.
  const stacked = isStacked(kind);
  const perRow = stacked ? 36 : 24 + 14 * series.length;
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <BarChart
        h={Math.max(180, model.data.length * perRow + 60)}
        data={model.data}
        dataKey={categoryKey}
        type={stacked ? 'stacked' : 'default'}
        orientation="vertical"
        series={series}
        referenceAreas={hiddenBands('y')}
        valueFormatter={format}
        tooltipProps={tooltip}
        yAxisProps={{ width: compact ? 96 : 150, interval: 0 }}
        xAxisProps={{ domain: [model.scaleMin, model.scaleMax], tickFormatter: format }}
      />
    </div>
  );
}
