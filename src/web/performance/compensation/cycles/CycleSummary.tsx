import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { budgetPools } from '../../../../contracts/compensation/budgetPools';
import { formatDate, formatDateTime } from '../../../app/format';
import { money } from '../format';
import type { CompCycle } from './api';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

/** A launched cycle's set-up as it was frozen: dates, rates and their source, counts at launch. */
export function CycleSummary({ cycle }: { cycle: CompCycle }) {
  const { t } = useTranslation();
  const rates = Object.entries(cycle.fxTable.rates)
    .map(([code, rate]) => `${code} ${rate}`)
    .join(' · ');
  const counts = cycle.counts;
  const budgets = budgetPools
    .flatMap((pool) => {
      const rule = cycle.budget[pool];
      if (!rule) return [];
      const amount =
        rule.kind === 'bottom_up'
          ? t('compensation.cycles.summary.percentOfBase', { percent: rule.percent })
          : money(rule.amountMinor, cycle.planningCurrency);
      return [`${t(`compensation.cycles.budget.pools.${pool}`)}: ${amount}`];
    })
    .join(' · ');
  return (
    <Paper p="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <Fact
          label={t('compensation.cycles.summary.period')}
          value={`${formatDate(cycle.periodStart)} – ${formatDate(cycle.periodEnd)}`}
        />
        <Fact label={t('compensation.cycles.fields.effectiveDate')} value={formatDate(cycle.effectiveDate)} />
        <Fact
          label={t('compensation.cycles.fields.visibilityDate')}
          value={formatDate(cycle.visibilityDate)}
        />
        <Fact label={t('compensation.cycles.fields.planningCurrency')} value={cycle.planningCurrency} />
        <Fact
          label={t('compensation.cycles.summary.fx', { base: cycle.fxTable.base })}
          value={rates || t('compensation.cycles.summary.noRates')}
        />
        <Fact
          label={t('compensation.cycles.summary.fxFrozen')}
          value={`${formatDateTime(cycle.fxFrozenAt)} · ${cycle.fxTable.source} (${formatDate(cycle.fxTable.asOf)})`}
        />
        {counts ? (
          <>
            <Fact label={t('compensation.cycles.summary.participants')} value={String(counts.participants)} />
            <Fact
              label={t('compensation.cycles.summary.eligibility')}
              value={t('compensation.cycles.summary.eligibilityValue', counts)}
            />
            <Fact
              label={t('compensation.cycles.summary.missing')}
              value={t('compensation.cycles.summary.missingValue', counts)}
            />
          </>
        ) : null}
        <Fact label={t('compensation.cycles.fields.approvalDepth')} value={String(cycle.approvalDepth)} />
        <Fact
          label={t('compensation.cycles.setup.budget')}
          value={budgets || t('compensation.cycles.summary.noBudgets')}
        />
        <Fact
          label={t('compensation.cycles.setup.matrix')}
          value={
            cycle.meritMatrix
              ? t('compensation.cycles.summary.matrixValue', {
                  rows: cycle.meritMatrix.rows.length,
                  columns: cycle.meritMatrix.thresholds.length + 1,
                })
              : t('compensation.cycles.summary.noMatrix')
          }
        />
      </SimpleGrid>
    </Paper>
  );
}
