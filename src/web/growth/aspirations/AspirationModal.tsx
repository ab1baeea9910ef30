import { Button, Group, Modal, Select, Stack, Switch, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Aspiration,
  type AspirationHorizon,
  type AspirationKind,
  aspirationHorizon,
  aspirationKind,
  horizonKinds,
} from '../../../contracts/aspirations';
import { apiPatch, apiPost, isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateMessage } from '../../i18n';
import { aspirationKeys } from './api';

interface Draft {
  kind: AspirationKind;
  horizon: AspirationHorizon | null;
  aspirationText: string;
  sharedWithManager: boolean;
}
const blank: Draft = {
  kind: 'target_role',
  horizon: 'two_three_years',
  aspirationText: '',
  sharedWithManager: false,
};

/** Adds an aspiration, or edits one (kind, horizon, words; sharing has its own switch on the card). */
export function AspirationModal({
  opened,
  onClose,
  editing,
}: {
  opened: boolean;
  onClose: () => void;
  editing?: Aspiration | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(blank);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setTouched(false);
    setDraft(
      editing
        ? {
            kind: editing.kind,
            horizon: editing.horizon,
            aspirationText: editing.aspirationText,
            sharedWithManager: editing.sharedWithManager,
          }
        : blank,
    );
  }, [opened, editing]);
  const save = useMutation({
    mutationFn: () =>
      editing
        ? apiPatch('/api/growth/aspirations/{aspirationId}', {
            params: { path: { aspirationId: editing.id } },
            body: {
              version: editing.version,
              kind: draft.kind,
              horizon: draft.horizon,
              aspirationText: draft.aspirationText,
            },
          })
        : apiPost('/api/growth/aspirations', { body: draft }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: aspirationKeys.all });
      notifications.show({ color: 'green', message: t('aspirations.saved') });
      onClose();
    },
  });
  const withHorizon = horizonKinds.includes(draft.kind);
  const serverTextError =
    isApiError(save.error) && save.error.fields.aspirationText
      ? translateMessage(save.error.fields.aspirationText)
      : null;
  const textError =
    touched && !draft.aspirationText.trim() ? t('aspirations.form.writeSomething') : serverTextError;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('aspirations.form.editTitle') : t('aspirations.form.addTitle')}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (draft.aspirationText.trim()) save.mutate();
        }}
      >
        <Stack gap="md">
          <Select
            label={t('aspirations.form.kind')}
            data={aspirationKind.options.map((kind) => ({
              value: kind,
              label: t(`aspirations.kinds.${kind}`),
            }))}
            value={draft.kind}
            allowDeselect={false}
            description={t(`aspirations.kindHints.${draft.kind}`)}
            onChange={(value) => {
              const kind = (value ?? 'target_role') as AspirationKind;
              setDraft((d) => ({
                ...d,
                kind,
                horizon: horizonKinds.includes(kind) ? (d.horizon ?? 'one_year') : null,
              }));
            }}
            data-testid="aspiration-kind"
          />
          {withHorizon ? (
            <Select
              label={t('aspirations.form.horizon')}
              data={aspirationHorizon.options.map((h) => ({
                value: h,
                label: t(`aspirations.horizons.${h}`),
              }))}
              value={draft.horizon}
              allowDeselect={false}
              onChange={(value) => setDraft((d) => ({ ...d, horizon: (value as AspirationHorizon) ?? null }))}
              data-testid="aspiration-horizon"
            />
          ) : null}
          <Textarea
            label={t('aspirations.form.text')}
            placeholder={t('aspirations.form.textPlaceholder')}
            autosize
            minRows={3}
            required
            value={draft.aspirationText}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDraft((d) => ({ ...d, aspirationText: value }));
            }}
            error={textError}
            data-testid="aspiration-text"
          />
          {editing ? null : (
            <Switch
              label={t('aspirations.shareToggle')}
              description={t('aspirations.form.shareDescription')}
              checked={draft.sharedWithManager}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setDraft((d) => ({ ...d, sharedWithManager: checked }));
              }}
              data-testid="aspiration-share"
            />
          )}
          {save.isError && !serverTextError ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="aspiration-save">
              {t('aspirations.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
