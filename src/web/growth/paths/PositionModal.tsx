import { Select, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type PersonPath, setPositionRequest } from '../../../contracts/paths';
import { isApiError } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { pathKeys, pathsApi, trackQuery, tracksQuery } from './api';

/** HR or a manager places the person on a level of an active track. */
export function PositionModal({ path, onClose }: { path: PersonPath; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: setPositionRequest,
    initialValues: {
      trackId: path.position?.track.id ?? null,
      levelId: path.position?.level.id ?? null,
    } as { trackId: string | null; levelId: string | null },
    toRequest: (values) => ({
      trackId: values.trackId ?? '',
      levelId: values.levelId ?? '',
      version: path.position?.source === 'set' ? path.position.version : null,
    }),
    submit: (body) => pathsApi.setPosition(path.person.id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(pathKeys.person(path.person.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['paths', 'gap', path.person.id] });
      showToast({ tone: 'positive', message: t('paths.position.saved') });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: pathKeys.person(path.person.id) });
      }
    },
  });
  const { trackId, levelId } = form.form.getValues();
  const tracks = useQuery(tracksQuery('active', 1, 100));
  const track = useQuery({ ...trackQuery(trackId ?? ''), enabled: trackId !== null });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('paths.position.title', { name: path.person.displayName })}
      form={form}
      cancelLabel={t('paths.cancel')}
      submitLabel={t('paths.save')}
      submitProps={{ disabled: !trackId || !levelId }}
    >
      <Text size="sm" c="dimmed">
        {t('paths.position.lead')}
      </Text>
      <Select
        label={t('paths.position.track')}
        data={(tracks.data?.items ?? []).map((tr) => ({ value: tr.id, label: tr.name }))}
        required
        data-autofocus
        {...form.form.getInputProps('trackId')}
        onChange={(value) => {
          form.form.setFieldValue('trackId', value);
          form.form.setFieldValue('levelId', null);
        }}
      />
      <Select
        label={t('paths.position.level')}
        data={(track.data?.levels ?? []).map((l) => ({ value: l.id, label: l.name }))}
        disabled={!trackId}
        required
        {...form.form.getInputProps('levelId')}
      />
    </FormModal>
  );
}
