import { ActionIcon, Button, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { currencyOptions } from '../fieldOptions';
import type { SetupValues } from './setupValues';

/**
 * The exchange-rate table: where the rates come from, as of when, and one rate per currency that
 * people are paid or banded in ("1 planning currency = rate × that currency"). Frozen at launch.
 */
export function FxRatesEditor({ form }: { form: UseFormReturnType<SetupValues> }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string | null>(null);
  const values = form.getValues();
  const base = values.planningCurrency;
  const rates = Object.keys(values.fxTable.rates).sort();
  const addable = currencyOptions.filter((code) => code !== base && !rates.includes(code));
  const remove = (code: string) => {
    const { [code]: _, ...rest } = form.getValues().fxTable.rates;
    form.setFieldValue('fxTable.rates', rest);
  };
  return (
    <Stack gap="sm">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('compensation.cycles.fields.fxSource')}
            placeholder={t('compensation.cycles.fields.fxSourceHint')}
            required
            {...form.getInputProps('fxTable.source')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField
            label={t('compensation.cycles.fields.fxAsOf')}
            required
            {...form.getInputProps('fxTable.asOf')}
          />
        </Grid.Col>
      </Grid>
      {rates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('compensation.cycles.fx.none', { base })}
        </Text>
      ) : (
        <Stack gap="xs" role="list" aria-label={t('compensation.cycles.fx.label')}>
          {rates.map((code) => (
            <Group key={code} gap="sm" role="listitem" wrap="nowrap">
              <Text size="sm" w={120} style={{ flexShrink: 0 }}>
                {t('compensation.cycles.fx.one', { base })}
              </Text>
              <TextInput
                aria-label={t('compensation.cycles.fx.rateFor', { base, code })}
                inputMode="decimal"
                w={140}
                rightSection={<Text size="xs">{code}</Text>}
                rightSectionWidth={44}
                {...form.getInputProps(`fxTable.rates.${code}`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => remove(code)}
                aria-label={t('compensation.cycles.fx.remove', { code })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <Group gap="sm" align="flex-end">
        <Select
          label={t('compensation.cycles.fx.add')}
          data={addable}
          value={adding}
          onChange={setAdding}
          searchable
          w={160}
        />
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={!adding}
          onClick={() => {
            if (!adding) return;
            form.setFieldValue(`fxTable.rates.${adding}`, '');
            setAdding(null);
          }}
        >
          {t('compensation.cycles.fx.addButton')}
        </Button>
      </Group>
    </Stack>
  );
}
