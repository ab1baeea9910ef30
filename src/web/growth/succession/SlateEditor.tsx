import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_SUCCESSORS,
  type ReplaceSlateRequest,
  type SlateReadiness,
  type SuccessionPlan,
  slateReadiness,
} from '../../../contracts/succession';
import { isApiError } from '../../api/client';
import { toneBadge, toneColor } from '../../app/statusColors';
import { PersonAvatar } from '../../components/PersonAvatar';
import { showToast } from '../../components/showToast';
import { apiFieldErrors } from '../../i18n/issues';
import { PersonPicker, type PickedPerson } from '../../org/PersonPicker';
import { saveSlate, slateRequest, successionKeys } from './api';
import { readinessTone } from './tones';

type Entries = ReplaceSlateRequest['successors'];

/** A position's slate: add, remove and reorder successors, readiness, interim cover and notes. */
export function SlateEditor({ plan }: { plan: SuccessionPlan }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [readiness, setReadiness] = useState<SlateReadiness>('1_2_years');
  const [pickerKey, setPickerKey] = useState(0);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (successors: Entries) => saveSlate(plan.id, { version: plan.version, successors }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(successionKeys.plan(plan.id), updated);
      await queryClient.invalidateQueries({ queryKey: ['succession', 'positions'] });
      await queryClient.invalidateQueries({ queryKey: successionKeys.bench() });
      showToast({ tone: 'positive', message: t('succession.slate.saved') });
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: successionKeys.plan(plan.id) });
        showToast({ tone: 'caution', message: t('succession.slate.conflict') });
        return;
      }
      const messages = Object.values(apiFieldErrors(error)).filter(Boolean);
      showToast({ tone: 'negative', message: messages.join(' ') || String((error as Error).message) });
    },
  });
  const current = slateRequest(plan);
  const change = (next: Entries) => save.mutate(next);
  const update = (index: number, patch: Partial<Entries[number]>) =>
    change(current.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...current];
    const [entry] = next.splice(index, 1);
    next.splice(index + by, 0, entry!);
    change(next);
  };
  const full = current.length >= MAX_SUCCESSORS;
  const editable = plan.abilities.editSlate && !save.isPending;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="slate-title" data-testid="succession-slate">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="slate-title">
            {t('succession.slate.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('succession.slate.lead')}
          </Text>
        </Stack>
        {plan.successors.length === 0 ? <Text c="dimmed">{t('succession.slate.empty')}</Text> : null}
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {plan.successors.map((s, index) => {
            const name = s.person.displayName;
            const note = notes[s.person.id] ?? s.successorNote;
            return (
              <Paper key={s.person.id} component="li" withBorder p="md" data-testid="succession-successor">
                <Stack gap="sm">
                  <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
                    <Group gap="sm" wrap="nowrap" miw={0}>
                      <PersonAvatar name={name} size={36} />
                      <Stack gap={0} miw={0}>
                        <Text fw={600}>{name}</Text>
                        <Text size="xs" c="dimmed">
                          {t('succession.slate.rank', { rank: s.rank })}
                          {s.person.jobTitle ? ` · ${s.person.jobTitle}` : ''}
                        </Text>
                      </Stack>
                    </Group>
                    <Group gap={4} wrap="nowrap">
                      <Badge {...toneBadge(readinessTone[s.readiness])}>
                        {t(`succession.readiness.${s.readiness}`)}
                      </Badge>
                      {s.interim ? (
                        <Badge variant="outline">{t('succession.slate.interimBadge')}</Badge>
                      ) : null}
                    </Group>
                  </Group>
                  {plan.abilities.editSlate ? (
                    <>
                      <Group gap="sm" align="flex-end" wrap="wrap">
                        <Select
                          label={t('succession.slate.readiness')}
                          data={slateReadiness.options.map((r) => ({
                            value: r,
                            label: t(`succession.readiness.${r}`),
                          }))}
                          value={s.readiness}
                          allowDeselect={false}
                          disabled={!editable}
                          onChange={(value) => value && update(index, { readiness: value as SlateReadiness })}
                          w={200}
                          data-testid="succession-successor-readiness"
                        />
                        <Switch
                          label={t('succession.slate.interim')}
                          checked={s.interim}
                          disabled={!editable}
                          onChange={(event) => {
                            const on = event.currentTarget.checked;
                            // One interim per slate: turning it on here turns it off elsewhere.
                            change(
                              current.map((entry, i) => ({
                                ...entry,
                                interim: i === index ? on : on ? false : entry.interim,
                              })),
                            );
                          }}
                          data-testid="succession-successor-interim"
                        />
                        <Group gap={4} ml="auto">
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('succession.slate.moveUp', { name })}
                            disabled={!editable || index === 0}
                            onClick={() => move(index, -1)}
                          >
                            <IconArrowUp size={18} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('succession.slate.moveDown', { name })}
                            disabled={!editable || index === plan.successors.length - 1}
                            onClick={() => move(index, 1)}
                          >
                            <IconArrowDown size={18} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color={toneColor.negative}
                            aria-label={t('succession.slate.remove', { name })}
                            disabled={!editable}
                            onClick={() => change(current.filter((_, i) => i !== index))}
                          >
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        </Group>
                      </Group>
                      <Textarea
                        label={t('succession.slate.note')}
                        placeholder={t('succession.slate.notePlaceholder')}
                        autosize
                        minRows={1}
                        value={note}
                        onChange={(event) => setNotes({ ...notes, [s.person.id]: event.currentTarget.value })}
                      />
                      {note !== s.successorNote ? (
                        <Group justify="flex-end">
                          <Button
                            size="xs"
                            variant="light"
                            disabled={!editable}
                            onClick={() => update(index, { successorNote: note })}
                          >
                            {t('succession.slate.saveNote')}
                          </Button>
                        </Group>
                      ) : null}
                    </>
                  ) : s.successorNote ? (
                    <Text size="sm">{s.successorNote}</Text>
                  ) : null}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        {plan.abilities.editSlate ? (
          full ? (
            <Text size="sm" c="dimmed">
              {t('succession.slate.full')}
            </Text>
          ) : (
            <Group align="flex-end" gap="sm" wrap="wrap">
              <div style={{ flex: '1 1 220px' }}>
                <PersonPicker
                  key={pickerKey}
                  label={t('succession.slate.person')}
                  value={picked?.id ?? null}
                  onChange={setPicked}
                  testId="succession-add-person"
                />
              </div>
              <Select
                label={t('succession.slate.readiness')}
                data={slateReadiness.options.map((r) => ({
                  value: r,
                  label: t(`succession.readiness.${r}`),
                }))}
                value={readiness}
                allowDeselect={false}
                onChange={(value) => value && setReadiness(value as SlateReadiness)}
                w={200}
                data-testid="succession-add-readiness"
              />
              <Button
                disabled={!picked || !editable}
                loading={save.isPending}
                onClick={() => {
                  if (!picked) return;
                  change([...current, { personId: picked.id, readiness, interim: false, successorNote: '' }]);
                  setPicked(null);
                  setPickerKey((k) => k + 1);
                }}
                data-testid="succession-add-successor"
              >
                {t('succession.slate.add')}
              </Button>
            </Group>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}
