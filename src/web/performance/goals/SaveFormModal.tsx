import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The part of a TanStack mutation a save form needs. */
interface SaveMutation {
  mutate: () => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/** The per-field messages of a failed save, when the server rejected its input (else none). */
export function fieldErrors(save: SaveMutation): Record<string, string> {
  return save.isError && isApiError(save.error, 'validation_failed') ? save.error.fields : {};
}

/**
 * A modal with one form that submits `save`: the caller's fields, then the save error and
 * Cancel / Save. Shared by the catalogue editors (goal templates, performance areas).
 */
export function SaveFormModal({
  opened,
  onClose,
  title,
  save,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  save: SaveMutation;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          {children}
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('goals.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('goals.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
