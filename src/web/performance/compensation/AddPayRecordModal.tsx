import { Grid, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type CreatePayRecordRequest, createPayRecordRequest } from '../../../contracts/compensation/payData';
import { apiPost } from '../../api/client';
import { today } from '../../app/format';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { type PayRecord, payKeys } from './api';
import { frequencyOptions, reasonOptions } from './fieldOptions';
import { fteShare } from './format';
import { CurrencySelect, JobFamilyInput, PayZoneInput } from './PayFields';

type Values = Omit<Required<CreatePayRecordRequest>, 'payZone' | 'variableTargetPercent'> & {
  payZone: string;
  variableTargetPercent: string;
};

/** Starts from the person's current record (currency, family, zone, FTE), so a raise is one field. */
function startFrom(latest: PayRecord | null): Values {
  return {
    effectiveFrom: today(),
    base: '',
    currency: latest?.currency ?? 'EUR',
    frequency: latest?.frequency ?? 'annual',
    fte: latest ? fteShare(latest.ftePermille).replace(',', '.') : '1',
    variableTargetPercent: latest?.variableTargetBps != null ? String(latest.variableTargetBps / 100) : '',
    jobFamily: latest?.jobFamily ?? '',
    payZone: latest?.payZone ?? '',
    reason: latest ? 'merit' : 'hire',
    note: '',
  };
}

/**
 * HR adds a pay record for a person. Records are never edited: a correction is a new record for
 * the same date with the reason "Correction". Amounts are parsed exactly by the same contract the
 * server uses, so "too many decimals for JPY" shows under the field before anything is sent.
 */
export function AddPayRecordModal({
  opened,
  onClose,
  personId,
  personName,
  latest,
}: {
  opened: boolean;
  onClose: () => void;
  personId: string;
  personName?: string;
  latest: PayRecord | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: createPayRecordRequest,
    initialValues: startFrom(latest),
    toRequest: (values): CreatePayRecordRequest => ({
      ...values,
      payZone: values.payZone.trim() || null,
      variableTargetPercent: values.variableTargetPercent.trim() || null,
    }),
    submit: (body) =>
      apiPost('/api/performance/compensation/people/{personId}/pay-records', {
        params: { path: { personId } },
        body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: payKeys.person(personId) });
      showToast({ tone: 'positive', message: t('compensation.addRecord.added') });
      onClose();
    },
    opened,
  });
  const input = form.form.getInputProps;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={
        personName
          ? `${t('compensation.addRecord.title')} · ${personName}`
          : t('compensation.addRecord.title')
      }
      form={form}
      submitLabel={t('compensation.addRecord.submit')}
      size="lg"
      testId="pay-record-form"
    >
      <Text size="sm" c="dimmed">
        {t('compensation.addRecord.lead')}
      </Text>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField
            label={t('compensation.addRecord.effectiveFrom')}
            required
            {...input('effectiveFrom')}
            value={form.form.values.effectiveFrom}
            onChange={(value) => form.form.setFieldValue('effectiveFrom', value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('compensation.record.reason')}
            data={reasonOptions(t)}
            allowDeselect={false}
            required
            {...input('reason')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('compensation.addRecord.base')}
            description={t('compensation.addRecord.baseHint')}
            inputMode="decimal"
            required
            data-autofocus
            {...input('base')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <CurrencySelect {...input('currency')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Select
            label={t('compensation.record.frequency')}
            data={frequencyOptions(t)}
            allowDeselect={false}
            required
            {...input('frequency')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 6 }}>
          <TextInput
            label={t('compensation.record.fte')}
            description={t('compensation.addRecord.fteHint')}
            inputMode="decimal"
            {...input('fte')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 6 }}>
          <TextInput
            label={t('compensation.record.variable')}
            description={t('compensation.addRecord.variableHint')}
            inputMode="decimal"
            {...input('variableTargetPercent')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <JobFamilyInput hint {...input('jobFamily')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <PayZoneInput {...input('payZone')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('compensation.record.note')} autosize minRows={2} {...input('note')} />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
