import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../contracts/oneOnOnes';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { meetingWrites, oneOnOneKeys } from './api';
import { fieldError } from './fieldMessage';
import { useMeetingWrite } from './useMeetingWrite';
import { VersionConflictAlert } from './VersionConflictAlert';

/**
 * Rewording an agenda item in place. Enter saves, Escape cancels; `onClose` hands focus back to the
 * row's Edit button. A save carries the version it edited, so a change made meanwhile by the other
 * participant is reported instead of overwritten.
 */
export function AgendaItemEditForm({ item, onClose }: { item: AgendaItem; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(item.text);
  /** The version that conflicted, while the newer one is loading. */
  const [reloadingFrom, setReloadingFrom] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Focus moves into the field when editing starts, so keyboard and screen-reader users land there.
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const save = useMeetingWrite(
    (text: string) => meetingWrites.updateAgendaItem(item.id, { version: item.version, text }),
    onClose,
  );
  // After "load latest", the newer wording replaces the draft as soon as it arrives.
  useEffect(() => {
    if (reloadingFrom !== null && item.version !== reloadingFrom) {
      setDraft(item.text);
      setReloadingFrom(null);
    }
  }, [item.version, item.text, reloadingFrom]);
  const conflict = isApiError(save.error, 'version_conflict');
  const textError = fieldError(save.error, 'text', t);
  const inputId = `agenda-edit-${item.id}`;
  const trimmed = draft.trim();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!trimmed) return;
        if (trimmed === item.text) onClose();
        else save.mutate(trimmed);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <Stack gap="xs">
        <TextInput
          id={inputId}
          label={t('oneOnOnes.agenda.editLabel')}
          description={t('oneOnOnes.agenda.editHint')}
          value={draft}
          maxLength={500}
          required
          ref={inputRef}
          onChange={(event) => setDraft(event.currentTarget.value)}
          error={textError}
          data-testid="agenda-edit-input"
        />
        {conflict ? (
          <VersionConflictAlert
            onReload={() => {
              save.reset();
              setReloadingFrom(item.version);
              void queryClient.invalidateQueries({ queryKey: oneOnOneKeys.all });
            }}
          />
        ) : save.isError && !textError ? (
          <ErrorAlert error={save.error} />
        ) : null}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="xs" onClick={onClose}>
            {t('oneOnOnes.agenda.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={save.isPending} disabled={!trimmed}>
            {t('oneOnOnes.agenda.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
