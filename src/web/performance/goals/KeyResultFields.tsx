import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KeyResultKind } from '../../../contracts/goals';
import { toneColor } from '../../app/statusColors';

export interface KeyResultDraft {
  id?: string;
  title: string;
  kind: KeyResultKind;
  currency: string;
  startValue: number;
  targetValue: number;
}

export const emptyKeyResult = (): KeyResultDraft => ({
  title: '',
  kind: 'number',
  currency: '',
  startValue: 0,
  targetValue: 10,
});

const kinds: KeyResultKind[] = ['number', 'percent', 'currency', 'boolean', 'milestone'];
const binary = (kind: KeyResultKind) => kind === 'boolean' || kind === 'milestone';

/** Normalises a draft for the API: yes/no results run 0 → 1, only currency results keep a code. */
export function keyResultPayload(kr: KeyResultDraft) {
  return {
    ...(kr.id ? { id: kr.id } : {}),
    title: kr.title,
    kind: kr.kind,
    currency: kr.kind === 'currency' ? kr.currency.toUpperCase() : null,
    startValue: binary(kr.kind) ? 0 : kr.startValue,
    targetValue: binary(kr.kind) ? 1 : kr.targetValue,
  };
}

/** The editable list of key results shared by the goal form and the template form. */
export function KeyResultFields({
  value,
  onChange,
  errors,
}: {
  value: KeyResultDraft[];
  onChange: (next: KeyResultDraft[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<KeyResultDraft>) =>
    onChange(value.map((kr, i) => (i === index ? { ...kr, ...patch } : kr)));
  const error = (index: number, field: string) => errors[`keyResults.${index}.${field}`];
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm" component="h3" m={0}>
        {t('goals.form.keyResults')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('goals.form.noKeyResults')}
        </Text>
      ) : null}
      {value.map((kr, index) => (
        <Paper key={kr.id ?? index} withBorder p="sm" data-testid="key-result-fields">
          <Stack gap="xs">
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                flex={1}
                label={t('goals.form.krTitle', { n: index + 1 })}
                value={kr.title}
                onChange={(event) => set(index, { title: event.currentTarget.value })}
                error={error(index, 'title')}
                required
              />
              <ActionIcon
                variant="subtle"
                color={toneColor.negative}
                size="lg"
                aria-label={t('goals.form.removeKr', { n: index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t('goals.form.kind')}
                data={kinds.map((kind) => ({ value: kind, label: t(`goals.kind.${kind}`) }))}
                value={kr.kind}
                allowDeselect={false}
                onChange={(kind) => kind && set(index, { kind: kind as KeyResultKind })}
                miw={140}
              />
              {kr.kind === 'currency' ? (
                <TextInput
                  label={t('goals.form.currency')}
                  value={kr.currency}
                  maxLength={3}
                  placeholder="EUR"
                  onChange={(event) => set(index, { currency: event.currentTarget.value.toUpperCase() })}
                  error={error(index, 'currency')}
                  miw={90}
                />
              ) : null}
              {binary(kr.kind) ? null : (
                <>
                  <NumberInput
                    label={t('goals.form.start')}
                    value={kr.startValue}
                    onChange={(next) => set(index, { startValue: Number(next) || 0 })}
                    miw={100}
                  />
                  <NumberInput
                    label={t('goals.form.target')}
                    value={kr.targetValue}
                    onChange={(next) => set(index, { targetValue: Number(next) || 0 })}
                    error={error(index, 'targetValue')}
                    miw={100}
                  />
                </>
              )}
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...value, emptyKeyResult()])}
          disabled={value.length >= 20}
        >
          {t('goals.form.addKr')}
        </Button>
      </Group>
    </Stack>
  );
}
