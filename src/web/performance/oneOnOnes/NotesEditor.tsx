import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../contracts/oneOnOnes';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { useMeetingWrite } from './useMeetingWrite';
import { VersionConflictAlert } from './VersionConflictAlert';

interface NotesEditorProps {
  label: string;
  saveLabel: string;
  savedMessage: string;
  /** The text and version as last loaded from the server. */
  text: string;
  version: number;
  save: (input: { version: number; body: string }) => Promise<MeetingDetail>;
  onReload: () => void;
  testId: string;
}

/**
 * A notes box with an explicit save. The save carries the version it edited: when someone else
 * saved in between, the server refuses (409) and the draft stays on screen next to a button that
 * loads the newer text, so nothing is overwritten silently.
 */
export function NotesEditor({
  label,
  saveLabel,
  savedMessage,
  text,
  version,
  save,
  onReload,
  testId,
}: NotesEditorProps) {
  const [draft, setDraft] = useState(text);
  const [base, setBase] = useState({ text, version });
  // A newer server text replaces the draft only while the draft has no unsaved edits.
  useEffect(() => {
    if (version !== base.version) {
      setDraft((current) => (current === base.text ? text : current));
      setBase({ text, version });
    }
  }, [text, version, base]);
  const write = useMeetingWrite(save, () => showToast({ tone: 'positive', message: savedMessage }));
  const conflict = isApiError(write.error, 'version_conflict');
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        autosize
        minRows={3}
        maxRows={12}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        data-testid={testId}
      />
      {conflict ? (
        <VersionConflictAlert
          onReload={() => {
            write.reset();
            setDraft(text);
            onReload();
          }}
        />
      ) : write.isError ? (
        <ErrorAlert error={write.error} />
      ) : null}
      <Group justify="flex-end">
        <Button
          variant="light"
          onClick={() => write.mutate({ version, body: draft })}
          loading={write.isPending}
          disabled={draft === text}
        >
          {saveLabel}
        </Button>
      </Group>
    </Stack>
  );
}
