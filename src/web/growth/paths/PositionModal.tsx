import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPath } from '../../../contracts/paths';
import { isApiError } from '../../api/client';
import { serverFieldErrors } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pathKeys, pathsApi, trackQuery, tracksQuery } from './api';

/** HR or a manager places the person on a level of an active track. */
export function PositionModal({ path, onClose }: { path: PersonPath; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [trackId, setTrackId] = useState<string | null>(path.position?.track.id ?? null);
  const [levelId, setLevelId] = useState<string | null>(path.position?.level.id ?? null);
  const tracks = useQuery(tracksQuery('active', 1, 100));
  const track = useQuery({ ...trackQuery(trackId ?? ''), enabled: trackId !== null });
  const save = useMutation({
    mutationFn: () =>
      pathsApi.setPosition(path.person.id, {
        trackId: trackId ?? '',
        levelId: levelId ?? '',
        version: path.position?.source === 'set' ? path.position.version : null,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(pathKeys.person(path.person.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['paths', 'gap', path.person.id] });
      notifications.show({ color: 'brand', message: t('paths.position.saved') });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: pathKeys.person(path.person.id) });
      }
    },
  });
  const { fieldError, hasFieldErrors } = serverFieldErrors(save.error);
  return (
    <Modal opened onClose={onClose} title={t('paths.position.title', { name: path.person.displayName })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('paths.position.lead')}
          </Text>
          <Select
            label={t('paths.position.track')}
            data={(tracks.data?.items ?? []).map((tr) => ({ value: tr.id, label: tr.name }))}
            value={trackId}
            onChange={(value) => {
              setTrackId(value);
              setLevelId(null);
            }}
            error={fieldError('trackId')}
            required
            data-autofocus
          />
          <Select
            label={t('paths.position.level')}
            data={(track.data?.levels ?? []).map((l) => ({ value: l.id, label: l.name }))}
            value={levelId}
            onChange={setLevelId}
            disabled={!trackId}
            error={fieldError('levelId')}
            required
          />
          {save.isError && !hasFieldErrors ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('paths.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!trackId || !levelId}>
              {t('paths.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
