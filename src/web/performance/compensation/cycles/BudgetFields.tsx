import { Grid, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { budgetPools } from '../../../../contracts/compensation/budgetPools';
import { useIsPhone } from '../../../components/useIsPhone';
import type { PoolKind, SetupValues } from './setupValues';

/**
 * The four pools (merit, promotion, market adjustment, bonus), each off, bottom-up (a percent of the
 * eligible, prorated base of each manager's people) or top-down (an amount in the planning currency).
 */
export function BudgetFields({ form, currency }: { form: UseFormReturnType<SetupValues>; currency: string }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Stack gap="md">
      {budgetPools.map((pool) => {
        const rule = form.getValues().budget[pool];
        const labelId = `pool-${pool}-label`;
        return (
          <Grid key={pool} gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <Stack gap={4}>
                <Text size="sm" fw={500} id={labelId}>
                  {t(`compensation.cycles.budget.pools.${pool}`)}
                </Text>
                <SegmentedControl
                  aria-labelledby={labelId}
                  data={(['none', 'bottom_up', 'top_down'] as PoolKind[]).map((kind) => ({
                    value: kind,
                    label: t(`compensation.cycles.budget.kinds.${kind}`),
                  }))}
                  {...form.getInputProps(`budget.${pool}.kind`)}
                  fullWidth
                  // Three choices fit a phone's width only in the small size.
                  size={phone ? 'xs' : 'sm'}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              {rule.kind === 'bottom_up' ? (
                <TextInput
                  label={t('compensation.cycles.budget.percent')}
                  inputMode="decimal"
                  rightSection={<Text size="xs">%</Text>}
                  {...form.getInputProps(`budget.${pool}.percent`)}
                />
              ) : rule.kind === 'top_down' ? (
                <TextInput
                  label={t('compensation.cycles.budget.amount', { currency })}
                  inputMode="decimal"
                  rightSection={<Text size="xs">{currency}</Text>}
                  rightSectionWidth={44}
                  {...form.getInputProps(`budget.${pool}.amount`)}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('compensation.cycles.budget.off')}
                </Text>
              )}
            </Grid.Col>
          </Grid>
        );
      })}
    </Stack>
  );
}
