import { Checkbox, Grid, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  type CreateCompCycleRequest,
  createCompCycleRequest,
} from '../../../../contracts/compensation/cycles';
import { apiPost } from '../../../api/client';
import { today } from '../../../app/format';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { CurrencySelect } from '../PayFields';
import { compCycleKeys } from './api';

interface Values {
  name: string;
  sandbox: boolean;
  periodStart: string;
  periodEnd: string;
  effectiveDate: string;
  visibilityDate: string;
  planningCurrency: string;
  fxTable: { asOf: string; source: string };
}

/** This calendar year as the period, its end as the effective and visibility dates: the usual cycle. */
function blank(): Values {
  const year = today().slice(0, 4);
  return {
    name: '',
    sandbox: false,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    effectiveDate: `${Number(year) + 1}-01-01`,
    visibilityDate: `${Number(year) + 1}-01-15`,
    planningCurrency: 'EUR',
    fxTable: { asOf: today(), source: '' },
  };
}

/**
 * HR starts a compensation cycle as a draft: its name, period and dates, the planning currency and
 * where its exchange rates come from. Everything else (rates, rules, matrix, budgets) is set on the
 * cycle's page before launch.
 */
export function CreateCompCycleModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useContractForm({
    schema: createCompCycleRequest,
    initialValues: blank(),
    toRequest: (values): CreateCompCycleRequest => ({
      ...values,
      fxTable: { ...values.fxTable, base: values.planningCurrency, rates: {} },
    }),
    submit: (body) => apiPost('/api/performance/compensation/cycles', { body }),
    onSuccess: (cycle) => {
      void queryClient.invalidateQueries({ queryKey: compCycleKeys.list });
      onClose();
      void navigate({ to: '/performance/comp-cycles/$cycleId', params: { cycleId: cycle.id } });
    },
    opened,
  });
  const input = form.form.getInputProps;
  // getInputProps gives the value and an onChange that takes the value, which is what DateField gives.
  const date = input;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('compensation.cycles.create.title')}
      form={form}
      submitLabel={t('compensation.cycles.create.submit')}
      size="lg"
      testId="comp-cycle-create"
    >
      <Text size="sm" c="dimmed">
        {t('compensation.cycles.create.lead')}
      </Text>
      <Grid gap="sm">
        <Grid.Col span={12}>
          <TextInput
            label={t('compensation.cycles.fields.name')}
            required
            data-autofocus
            {...input('name')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t('compensation.cycles.fields.periodStart')} required {...date('periodStart')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t('compensation.cycles.fields.periodEnd')} required {...date('periodEnd')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField
            label={t('compensation.cycles.fields.effectiveDate')}
            description={t('compensation.cycles.fields.effectiveDateHint')}
            required
            {...date('effectiveDate')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField
            label={t('compensation.cycles.fields.visibilityDate')}
            description={t('compensation.cycles.fields.visibilityDateHint')}
            required
            {...date('visibilityDate')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <CurrencySelect
            {...input('planningCurrency')}
            label={t('compensation.cycles.fields.planningCurrency')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('compensation.cycles.fields.fxSource')}
            placeholder={t('compensation.cycles.fields.fxSourceHint')}
            required
            {...input('fxTable.source')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField label={t('compensation.cycles.fields.fxAsOf')} required {...date('fxTable.asOf')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Checkbox
            label={t('compensation.cycles.fields.sandbox')}
            description={t('compensation.cycles.fields.sandboxHint')}
            {...input('sandbox', { type: 'checkbox' })}
          />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
