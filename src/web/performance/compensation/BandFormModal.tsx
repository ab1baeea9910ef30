import { Grid, Select, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type CreateBandRequest, createBandRequest } from '../../../contracts/compensation/payData';
import { apiPost } from '../../api/client';
import { today } from '../../app/format';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { payKeys } from './api';
import { CurrencySelect, JobFamilyInput, PayZoneInput } from './PayFields';

interface Values {
  jobFamily: string;
  levelId: string;
  payZone: string;
  currency: string;
  min: string;
  target: string;
  max: string;
  effectiveFrom: string;
}

const blank: Values = {
  jobFamily: '',
  levelId: '',
  payZone: '',
  currency: 'EUR',
  min: '',
  target: '',
  max: '',
  effectiveFrom: today(),
};

/**
 * HR adds a version of a salary band: from its date it replaces the band of the same family, level
 * and zone; earlier versions stay as history. Checked with the server's own contract (exact amounts
 * for the currency, min below max, target inside).
 */
export function BandFormModal({
  opened,
  onClose,
  levels,
}: {
  opened: boolean;
  onClose: () => void;
  levels: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: createBandRequest,
    initialValues: { ...blank, effectiveFrom: today() },
    toRequest: (values): CreateBandRequest => ({
      ...values,
      payZone: values.payZone.trim() || null,
      target: values.target.trim() || null,
    }),
    submit: (body) => apiPost('/api/performance/compensation/bands', { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: payKeys.bands });
      showToast({ tone: 'positive', message: t('compensation.bands.form.added') });
      onClose();
    },
    opened,
  });
  const input = form.form.getInputProps;
  const amountHint = t('compensation.bands.form.amountHint');
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('compensation.bands.form.title')}
      form={form}
      submitLabel={t('compensation.bands.form.submit')}
      size="lg"
      testId="band-form"
    >
      <Text size="sm" c="dimmed">
        {t('compensation.bands.form.lead')}
      </Text>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <JobFamilyInput data-autofocus {...input('jobFamily')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('compensation.bands.form.level')}
            data={levels}
            searchable
            allowDeselect={false}
            required
            {...input('levelId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <PayZoneInput {...input('payZone')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <CurrencySelect {...input('currency')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <DateField
            label={t('compensation.addRecord.effectiveFrom')}
            required
            {...input('effectiveFrom')}
            value={form.form.values.effectiveFrom}
            onChange={(value) => form.form.setFieldValue('effectiveFrom', value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('compensation.bands.form.min')}
            description={amountHint}
            inputMode="decimal"
            required
            {...input('min')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('compensation.bands.form.target')}
            description={t('compensation.bands.form.targetHint')}
            inputMode="decimal"
            {...input('target')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('compensation.bands.form.max')}
            description={amountHint}
            inputMode="decimal"
            required
            {...input('max')}
          />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
