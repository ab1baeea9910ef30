import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ParticipantRef } from '../../../contracts/oneOnOnes';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { meetingWrites, oneOnOneKeys } from './api';
import { fieldError } from './fieldMessage';
import { useMeetingWrite } from './useMeetingWrite';
import { VersionConflictAlert } from './VersionConflictAlert';

interface Draft {
  text: string;
  ownerId: string;
  dueOn: string | null;
}

const draftOf = (item: ActionItem): Draft => ({ text: item.text, ownerId: item.owner.id, dueOn: item.dueOn });

/** Escape inside an open select or date picker only closes that dropdown, not the whole form. */
function isInsidePopup(event: KeyboardEvent) {
  const target = event.target as HTMLElement;
  return (
    target.getAttribute('aria-expanded') === 'true' ||
    target.closest('[role="dialog"], [role="listbox"]') !== null
  );
}

/**
 * Changing an action item's wording, owner (one of the two participants) and due date. Only the
 * fields that changed are sent, with the version they were edited from: a change made meanwhile
 * answers 409 and the form offers to load it.
 */
export function ActionItemEditForm({
  item,
  participants,
  onClose,
}: {
  item: ActionItem;
  participants: ParticipantRef[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(item));
  const [reloadingFrom, setReloadingFrom] = useState<number | null>(null);
  const textRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    textRef.current?.focus();
  }, []);
  useEffect(() => {
    if (reloadingFrom !== null && item.version !== reloadingFrom) {
      setDraft(draftOf(item));
      setReloadingFrom(null);
    }
  }, [item, reloadingFrom]);
  const save = useMeetingWrite(
    () =>
      meetingWrites.updateActionItem(item.id, {
        version: item.version,
        ...(draft.text.trim() !== item.text ? { text: draft.text.trim() } : {}),
        ...(draft.ownerId !== item.owner.id ? { ownerId: draft.ownerId } : {}),
        ...(draft.dueOn !== item.dueOn ? { dueOn: draft.dueOn } : {}),
      }),
    onClose,
  );
  const unchanged =
    draft.text.trim() === item.text && draft.ownerId === item.owner.id && draft.dueOn === item.dueOn;
  const conflict = isApiError(save.error, 'version_conflict');
  const errors = {
    text: fieldError(save.error, 'text', t),
    ownerId: fieldError(save.error, 'ownerId', t),
    dueOn: fieldError(save.error, 'dueOn', t),
  };
  const hasFieldError = Object.values(errors).some(Boolean);
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (!draft.text.trim()) return;
        if (unchanged) onClose();
        else save.mutate(undefined);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !isInsidePopup(event)) {
          event.preventDefault();
          onClose();
        }
      }}
      data-testid="action-edit-form"
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Text fw={600} size="sm" id={headingId}>
            {t('oneOnOnes.actions.editTitle')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('oneOnOnes.actions.editHint')}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput
            ref={textRef}
            label={t('oneOnOnes.actions.text')}
            value={draft.text}
            maxLength={500}
            required
            error={errors.text}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setDraft((current) => ({ ...current, text }));
            }}
          />
          <Select
            label={t('oneOnOnes.actions.owner')}
            value={draft.ownerId}
            allowDeselect={false}
            error={errors.ownerId}
            onChange={(ownerId) => {
              if (ownerId) setDraft((current) => ({ ...current, ownerId }));
            }}
            data={participants.map((p) => ({ value: p.id, label: p.displayName }))}
            data-testid="action-edit-owner"
          />
          <DatePickerInput
            label={t('oneOnOnes.actions.due')}
            valueFormat="D MMM YYYY"
            clearable
            clearButtonProps={{ 'aria-label': t('oneOnOnes.actions.clearDue') }}
            value={draft.dueOn}
            error={errors.dueOn}
            onChange={(dueOn) => setDraft((current) => ({ ...current, dueOn }))}
            data-testid="action-edit-due"
          />
        </SimpleGrid>
        {conflict ? (
          <VersionConflictAlert
            onReload={() => {
              save.reset();
              setReloadingFrom(item.version);
              void queryClient.invalidateQueries({ queryKey: oneOnOneKeys.all });
            }}
          />
        ) : save.isError && !hasFieldError ? (
          <ErrorAlert error={save.error} />
        ) : null}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="xs" onClick={onClose}>
            {t('oneOnOnes.actions.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={save.isPending} disabled={!draft.text.trim()}>
            {t('oneOnOnes.actions.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
