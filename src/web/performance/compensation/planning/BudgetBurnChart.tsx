import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { minorUnitExponent } from '../../../../contracts/compensation/money';
import { toneSeries } from '../../../app/statusColors';
import { money } from '../format';
import type { BurnBar } from './budgetStrip';

/**
 * Budget burn per manager for one pool: stacked spent, drafts, left and over. Loaded on its own
 * (React.lazy in BudgetStrip) so recharts is not part of what the grid waits for to paint.
 */
export function BudgetBurnChart({
  bars,
  currency,
  label,
}: {
  bars: BurnBar[];
  currency: string;
  label: string;
}) {
  const { t } = useTranslation();
  // The bars are in major units (an axis); the tooltip shows them as money again.
  const scale = 10 ** minorUnitExponent(currency);
  return (
    <div role="img" aria-label={label} data-testid="budget-burn-chart">
      <BarChart
        h={Math.max(160, bars.length * 36 + 60)}
        data={bars}
        dataKey="manager"
        type="stacked"
        orientation="vertical"
        withLegend
        yAxisProps={{ width: 140 }}
        valueFormatter={(value) => money(Math.round(value * scale), currency)}
        series={[
          { name: 'spent', label: t('compensation.planning.budget.series.spent'), color: toneSeries('info') },
          {
            name: 'drafts',
            label: t('compensation.planning.budget.series.drafts'),
            color: toneSeries('caution'),
          },
          { name: 'left', label: t('compensation.planning.budget.series.left'), color: 'gray.5' },
          {
            name: 'over',
            label: t('compensation.planning.budget.series.over'),
            color: toneSeries('negative'),
          },
        ]}
      />
    </div>
  );
}
