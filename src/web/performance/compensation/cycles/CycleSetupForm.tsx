import {
  Button,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetPools } from '../../../../contracts/compensation/budgetPools';
import { updateCompCycleRequest } from '../../../../contracts/compensation/cycles';
import { apiGet, apiPatch } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormErrorBanner } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { showToast } from '../../../components/showToast';
import { levelsQuery } from '../../../org/api';
import { CurrencySelect } from '../PayFields';
import { type CompCycle, compCycleKeys } from './api';
import { BudgetFields } from './BudgetFields';
import { FxRatesEditor } from './FxRatesEditor';
import { MeritMatrixEditor } from './MeritMatrixEditor';
import { SetupCheckPanel } from './SetupCheckPanel';
import { poolAmountMinor, type SetupValues, setupRequestOf, setupValuesOf } from './setupValues';

function Section({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <Paper p="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {lead ? (
          <Text size="sm" c="dimmed">
            {lead}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * A draft cycle's whole set-up in one form, saved with the version it was loaded at (a conflict
 * names the newer version); the launch check below is asked again after every save.
 */
export function CycleSetupForm({ cycle }: { cycle: CompCycle }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const levels = useQuery(levelsQuery);
  const reviewCycles = useQuery({
    queryKey: ['review-cycles', 'for-comp', 1],
    queryFn: ({ signal }) =>
      apiGet('/api/review-cycles', { params: { query: { page: 1, pageSize: 100 } }, signal }),
  });
  const form = useContractForm<SetupValues, ReturnType<typeof setupRequestOf>, CompCycle>({
    schema: updateCompCycleRequest,
    initialValues: setupValuesOf(cycle),
    toRequest: (values) => setupRequestOf(values, cycle.version),
    // Amounts and percents are typed text; say which pool's is unreadable before anything is sent.
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const pool of budgetPools) {
        const rule = values.budget[pool];
        if (rule.kind === 'top_down' && Number.isNaN(poolAmountMinor(rule.amount, values.planningCurrency)))
          errors[`budget.${pool}.amount`] = t('compensation.cycles.budget.amountInvalid');
        if (rule.kind === 'bottom_up' && !/^\d+(\.\d+)?$/.test(rule.percent.trim()))
          errors[`budget.${pool}.percent`] = t('compensation.cycles.budget.percentInvalid');
      }
      return errors;
    },
    submit: (body) =>
      apiPatch('/api/performance/compensation/cycles/{cycleId}', {
        params: { path: { cycleId: cycle.id } },
        body,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(compCycleKeys.cycle(cycle.id), saved);
      void queryClient.invalidateQueries({ queryKey: compCycleKeys.check(cycle.id) });
      void queryClient.invalidateQueries({ queryKey: compCycleKeys.list });
      form.form.resetDirty(setupValuesOf(saved));
      showToast({ tone: 'positive', message: t('compensation.cycles.setup.saved') });
    },
  });
  const input = form.form.getInputProps;
  const levelOptions = [...(levels.data?.items ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({ value: level.id, label: `${level.code} · ${level.name}` }));
  const reviewCycleOptions = (reviewCycles.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  const editable = cycle.abilities.edit;
  return (
    <Stack gap="lg">
      <SetupCheckPanel cycle={cycle} dirty={form.form.isDirty()} />
      <form onSubmit={form.onSubmit} ref={form.formRef} noValidate data-testid="comp-cycle-setup">
        <fieldset
          disabled={!editable || form.pending}
          style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
        >
          <Stack gap="lg">
            <Section title={t('compensation.cycles.setup.details')}>
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <TextInput label={t('compensation.cycles.fields.name')} required {...input('name')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <CurrencySelect
                    label={t('compensation.cycles.fields.planningCurrency')}
                    {...input('planningCurrency')}
                  />
                </Grid.Col>
                {(['periodStart', 'periodEnd', 'effectiveDate', 'visibilityDate'] as const).map((field) => (
                  <Grid.Col key={field} span={{ base: 12, sm: 6, md: 3 }}>
                    <DateField label={t(`compensation.cycles.fields.${field}`)} required {...input(field)} />
                  </Grid.Col>
                ))}
              </Grid>
            </Section>
            <Section title={t('compensation.cycles.setup.fx')} lead={t('compensation.cycles.setup.fxLead')}>
              <FxRatesEditor form={form.form} />
            </Section>
            <Section
              title={t('compensation.cycles.setup.eligibility')}
              lead={t('compensation.cycles.setup.eligibilityLead')}
            >
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <DateField
                    label={t('compensation.cycles.fields.hiredOnOrBefore')}
                    description={t('compensation.cycles.fields.hiredOnOrBeforeHint')}
                    clearable
                    {...input('eligibilityRules.hiredOnOrBefore')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <NumberInput
                    label={t('compensation.cycles.fields.minMonths')}
                    description={t('compensation.cycles.fields.minMonthsHint')}
                    min={1}
                    max={120}
                    allowDecimal={false}
                    {...input('eligibilityRules.minMonthsSinceLastIncrease')}
                  />
                </Grid.Col>
                <Grid.Col span={12}>
                  <MultiSelect
                    label={t('compensation.cycles.fields.levels')}
                    description={t('compensation.cycles.fields.levelsHint')}
                    data={levelOptions}
                    searchable
                    clearable
                    {...input('eligibilityRules.levelIds')}
                  />
                </Grid.Col>
                <Grid.Col span={12}>
                  <Checkbox
                    label={t('compensation.cycles.fields.excludeTerminated')}
                    {...input('eligibilityRules.excludeTerminated', { type: 'checkbox' })}
                  />
                </Grid.Col>
              </Grid>
            </Section>
            <Section
              title={t('compensation.cycles.setup.ratings')}
              lead={t('compensation.cycles.setup.ratingsLead')}
            >
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <Select
                    label={t('compensation.cycles.fields.reviewCycle')}
                    description={t('compensation.cycles.fields.reviewCycleHint')}
                    placeholder={t('compensation.cycles.fields.noReviewCycle')}
                    data={reviewCycleOptions}
                    clearable
                    searchable
                    {...input('reviewCycleId')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <NumberInput
                    label={t('compensation.cycles.fields.approvalDepth')}
                    description={t('compensation.cycles.fields.approvalDepthHint')}
                    min={0}
                    max={10}
                    allowDecimal={false}
                    {...input('approvalDepth')}
                  />
                </Grid.Col>
              </Grid>
            </Section>
            <Section
              title={t('compensation.cycles.setup.matrix')}
              lead={t('compensation.cycles.setup.matrixLead')}
            >
              <MeritMatrixEditor form={form.form} />
            </Section>
            <Section
              title={t('compensation.cycles.setup.budget')}
              lead={t('compensation.cycles.setup.budgetLead', {
                policy: t(`compensation.cycles.budget.policies.${cycle.overBudgetPolicy}`),
              })}
            >
              <BudgetFields form={form.form} currency={form.form.getValues().planningCurrency} />
            </Section>
            <FormErrorBanner form={form} />
            {editable ? (
              <Group justify="flex-end">
                <Button type="submit" loading={form.pending} data-testid="comp-cycle-save">
                  {t('compensation.cycles.setup.save')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </fieldset>
      </form>
    </Stack>
  );
}
