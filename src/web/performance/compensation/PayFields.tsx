import { Select, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currencyOptions } from './fieldOptions';

/** What `form.getInputProps(field)` gives, plus what a field may add (e.g. `data-autofocus`). */
type FieldProps = GetInputPropsReturnType & { 'data-autofocus'?: boolean; label?: string };

/** The currency of a pay record or band: any ISO 4217 code, searchable. */
export function CurrencySelect(props: FieldProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('compensation.addRecord.currency')}
      data={currencyOptions}
      searchable
      allowDeselect={false}
      required
      {...props}
    />
  );
}

/** The job family a record or band belongs to; bands are looked up by it. */
export function JobFamilyInput({ hint = false, ...props }: FieldProps & { hint?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('compensation.record.jobFamily')}
      description={hint ? t('compensation.addRecord.jobFamilyHint') : undefined}
      required
      {...props}
    />
  );
}

/** The optional pay zone (a location's cost of labour) a record or band belongs to. */
export function PayZoneInput(props: FieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('compensation.record.payZone')}
      description={t('compensation.addRecord.payZoneHint')}
      {...props}
    />
  );
}
