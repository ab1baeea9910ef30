import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { toneSeries } from '../../../app/statusColors';

/**
 * The equity check's two charts, loaded on their own (React.lazy in EquityPanel) so recharts is not
 * part of what the cycle page waits for. Each is an image with a spoken summary; the panel's table
 * view carries every figure.
 */

export interface IncreaseBar {
  group: string;
  meanIncrease: number | null;
}

export function IncreaseChart({
  bars,
  label,
  series,
  format,
  compact,
}: {
  bars: IncreaseBar[];
  label: string;
  series: string;
  format: (value: number) => string;
  /** A phone: narrower group names, and the values left to the table view (they would be clipped). */
  compact: boolean;
}) {
  return (
    <div role="img" aria-label={label} data-testid="equity-increase-chart">
      <BarChart
        h={Math.max(160, bars.length * 40 + 60)}
        data={bars}
        dataKey="group"
        orientation="vertical"
        yAxisProps={{ width: compact ? 110 : 170 }}
        valueFormatter={format}
        withBarValueLabel={!compact}
        series={[{ name: 'meanIncrease', label: series, color: toneSeries('info') }]}
      />
    </div>
  );
}

export interface DistributionBar {
  range: string;
  before: number;
  after: number;
}

export function DistributionChart({
  bars,
  label,
  beforeLabel,
  afterLabel,
}: {
  bars: DistributionBar[];
  label: string;
  beforeLabel: string;
  afterLabel: string;
}) {
  return (
    <div role="img" aria-label={label} data-testid="equity-distribution-chart">
      <BarChart
        h={260}
        data={bars}
        dataKey="range"
        withLegend
        series={[
          { name: 'before', label: beforeLabel, color: toneSeries('neutral') },
          { name: 'after', label: afterLabel, color: toneSeries('info') },
        ]}
      />
    </div>
  );
}
