import { Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BudgetPool, budgetPools } from '../../../../contracts/compensation/budgetPools';
import { toneText } from '../../../app/statusColors';
import { QueryView } from '../../../components/QueryView';
import { money } from '../format';
import { type BudgetView, budgetsQuery } from './api';
import { burnBars, type PoolLine, poolStrips } from './budgetStrip';

const BudgetBurnChart = lazy(() => import('./BudgetBurnChart').then((m) => ({ default: m.BudgetBurnChart })));

/** Budget, spent, drafts and remaining of one scope; a negative remainder in the negative tone. */
function PoolFigures({ title, line, currency }: { title: string; line: PoolLine; currency: string }) {
  const { t } = useTranslation();
  const figure = (label: string, minor: number, color?: string, testId?: string) => (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} c={color} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {money(minor, currency)}
      </Text>
    </Group>
  );
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {title}
      </Text>
      {figure(t('compensation.planning.budget.budget'), line.budget)}
      {figure(t('compensation.planning.budget.spent'), line.spent)}
      {figure(t('compensation.planning.budget.drafts'), line.drafts)}
      {figure(
        t('compensation.planning.budget.remaining'),
        line.remaining,
        line.remaining < 0 ? toneText('negative') : undefined,
        'budget-remaining',
      )}
    </Stack>
  );
}

function StripBody({ view, viewerPersonId }: { view: BudgetView; viewerPersonId: string | null }) {
  const { t } = useTranslation();
  const [pool, setPool] = useState<BudgetPool>('merit');
  const strips = poolStrips(view, viewerPersonId);
  // The chart compares managers: the caller's own bar and every manager below them.
  const bars = burnBars(view.managers, pool, view.currency);
  const poolName = (name: BudgetPool) => t(`compensation.planning.budget.pools.${name}`);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
        {strips.map((strip) => (
          <Paper key={strip.pool} withBorder p="sm" data-testid={`budget-pool-${strip.pool}`}>
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {poolName(strip.pool)}
              </Text>
              {strip.own ? (
                <PoolFigures
                  title={t('compensation.planning.budget.own')}
                  line={strip.own}
                  currency={view.currency}
                />
              ) : null}
              <PoolFigures
                title={t(
                  strip.own ? 'compensation.planning.budget.subtree' : 'compensation.planning.budget.total',
                )}
                line={strip.subtree}
                currency={view.currency}
              />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t(`compensation.planning.budget.policy.${view.overBudgetPolicy}`)}
      </Text>
      {view.managers.length > 0 ? (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Group justify="space-between" align="end">
              <Title order={3} size="h5">
                {t('compensation.planning.budget.chartTitle')}
              </Title>
              <Select
                size="xs"
                w={180}
                label={t('compensation.planning.budget.chartPool')}
                data={budgetPools.map((value) => ({ value, label: poolName(value) }))}
                value={pool}
                allowDeselect={false}
                onChange={(value) => value && setPool(value as BudgetPool)}
              />
            </Group>
            {bars.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('compensation.planning.budget.noManagers')}
              </Text>
            ) : (
              <Suspense fallback={<Skeleton h={160} />}>
                <BudgetBurnChart
                  bars={bars}
                  currency={view.currency}
                  label={t('compensation.planning.budget.chartLabel', {
                    pool: poolName(pool),
                    currency: view.currency,
                  })}
                />
              </Suspense>
            )}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

/** The budget strip above the grid: per pool, own and whole-team figures, and the burn chart. */
export function BudgetStrip({ cycleId, viewerPersonId }: { cycleId: string; viewerPersonId: string | null }) {
  const { t } = useTranslation();
  const budgets = useQuery(budgetsQuery(cycleId));
  return (
    <section aria-labelledby="budget-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="budget-heading">
          {t('compensation.planning.budget.title')}
        </Title>
        <QueryView query={budgets}>
          {(view) => <StripBody view={view} viewerPersonId={viewerPersonId} />}
        </QueryView>
      </Stack>
    </section>
  );
}
