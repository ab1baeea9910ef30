import { ActionIcon, Badge, Button, Group, Paper, Stack, Switch, Text, Textarea } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationDetail, ConversationNote } from '../../../contracts/conversations';
import { apiDelete, apiPatch, apiPost } from '../../api/client';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { conversationKeys } from './api';

/** One note: its words, who it is from or whether it is shared, and what the caller may do with it. */
export function NoteItem({
  conversation,
  note,
}: {
  conversation: ConversationDetail;
  note: ConversationNote;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.conversationNote);
  const params = { path: { conversationId: conversation.id, noteId: note.id } };
  const done = (detail: ConversationDetail) => {
    queryClient.setQueryData([...conversationKeys.all, 'detail', conversation.id], detail);
    setEditing(false);
  };
  const update = useMutation({
    mutationFn: (change: { conversationNote?: string; sharedWithManager?: boolean }) =>
      apiPatch('/api/growth/conversations/{conversationId}/notes/{noteId}', {
        params,
        body: { version: note.version, ...change },
      }),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () => apiDelete('/api/growth/conversations/{conversationId}/notes/{noteId}', { params }),
    onSuccess: done,
  });
  const own = conversation.viewerRole === note.authorRole;
  const label =
    note.authorRole === 'manager'
      ? own
        ? null
        : t('conversations.notes.fromManager', { name: conversation.manager.displayName })
      : own
        ? null
        : t('conversations.notes.fromEmployee', { name: conversation.employee.displayName });
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      bg={note.authorRole === 'manager' ? 'gray.0' : undefined}
      data-testid="conversation-note"
    >
      <Stack gap={6}>
        {editing ? (
          <Textarea
            label={t('conversations.notes.edit')}
            autosize
            minRows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.conversationNote}
          </Text>
        )}
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            {note.authorRole === 'manager' ? (
              <Badge size="sm" color="gray" variant="light">
                {label ?? t('conversations.notes.managerNote', { name: conversation.employee.displayName })}
              </Badge>
            ) : note.abilities.share ? (
              <Switch
                size="xs"
                color="brand"
                checked={note.sharedWithManager}
                disabled={update.isPending}
                label={
                  note.sharedWithManager ? t('conversations.notes.shared') : t('conversations.notes.private')
                }
                aria-label={t('conversations.notes.share')}
                onChange={(event) => update.mutate({ sharedWithManager: event.currentTarget.checked })}
                data-testid="note-share-toggle"
              />
            ) : label ? (
              <Badge size="sm" color="brand" variant="light">
                {label}
              </Badge>
            ) : null}
          </Group>
          <Group gap={4}>
            {editing ? (
              <>
                <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                  {t('actions.cancel')}
                </Button>
                <Button
                  size="xs"
                  color="brand"
                  loading={update.isPending}
                  disabled={!text.trim()}
                  onClick={() => update.mutate({ conversationNote: text })}
                >
                  {t('conversations.notes.save')}
                </Button>
              </>
            ) : (
              <>
                {note.abilities.edit ? (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('conversations.notes.edit')}
                    onClick={() => setEditing(true)}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                ) : null}
                {note.abilities.remove ? (
                  <ActionIcon
                    variant="subtle"
                    color={toneColor.negative}
                    aria-label={t('conversations.notes.remove')}
                    loading={remove.isPending}
                    onClick={() => remove.mutate()}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                ) : null}
              </>
            )}
          </Group>
        </Group>
        {update.isError ? <ErrorAlert error={update.error} /> : null}
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      </Stack>
    </Paper>
  );
}

/** Adds a note, optionally to a guided question; the employee chooses whether to share it. */
export function AddNoteForm({
  conversation,
  questionId,
}: {
  conversation: ConversationDetail;
  questionId: string | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  const employee = conversation.viewerRole === 'employee';
  const add = useMutation({
    mutationFn: () =>
      apiPost('/api/growth/conversations/{conversationId}/notes', {
        params: { path: { conversationId: conversation.id } },
        body: { questionId, conversationNote: text, sharedWithManager: employee && shared },
      }),
    onSuccess: (detail) => {
      queryClient.setQueryData([...conversationKeys.all, 'detail', conversation.id], detail);
      setText('');
      setShared(false);
      setOpen(false);
    },
  });
  // Collapsed until asked for, so ten guided questions do not become ten empty boxes.
  if (!open)
    return (
      <Button
        variant="subtle"
        color="brand"
        size="xs"
        leftSection={<IconPencil size={14} aria-hidden />}
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="note-add"
      >
        {employee && questionId ? t('conversations.notes.answerButton') : t('conversations.notes.add')}
      </Button>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) add.mutate();
      }}
    >
      <Stack gap={6}>
        <Textarea
          label={
            employee
              ? t('conversations.notes.answer')
              : t('conversations.notes.managerNote', { name: conversation.employee.displayName })
          }
          placeholder={t('conversations.notes.placeholder')}
          autosize
          minRows={2}
          autoFocus
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-testid="note-text"
        />
        <Group justify="space-between" gap="xs">
          {employee ? (
            <Switch
              size="xs"
              color="brand"
              label={t('conversations.notes.share')}
              checked={shared}
              onChange={(event) => setShared(event.currentTarget.checked)}
              data-testid="note-share"
            />
          ) : (
            <Text size="xs" c="dimmed">
              {t('conversations.notes.managerExplain', { name: conversation.employee.displayName })}
            </Text>
          )}
          <Button
            type="submit"
            size="xs"
            color="brand"
            variant="light"
            loading={add.isPending}
            disabled={!text.trim()}
            data-testid="note-save"
          >
            {t('conversations.notes.save')}
          </Button>
        </Group>
        {add.isError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </form>
  );
}
