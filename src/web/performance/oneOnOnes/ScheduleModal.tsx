import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cadence, SeriesDetail } from '../../../contracts/oneOnOnes';
import { apiPatch } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { oneOnOneKeys } from './api';
import { cadences } from './CreateSeriesModal';

/** Change how often the two meet, and move the upcoming meeting; version-checked. */
export function ScheduleModal({
  series,
  opened,
  onClose,
}: {
  series: SeriesDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [cadence, setCadence] = useState<Cadence>(series.cadence);
  const [nextMeetingOn, setNextMeetingOn] = useState<string | null>(
    series.currentMeeting?.scheduledOn ?? null,
  );
  const save = useMutation({
    mutationFn: () =>
      apiPatch('/api/one-on-ones/{seriesId}', {
        params: { path: { seriesId: series.id } },
        body: { version: series.version, cadence, nextMeetingOn: nextMeetingOn ?? undefined },
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(oneOnOneKeys.series(series.id), updated);
      await queryClient.invalidateQueries({ queryKey: oneOnOneKeys.all });
      notifications.show({ color: 'green', message: t('oneOnOnes.series.scheduleSaved') });
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('oneOnOnes.series.scheduleTitle')}>
      <Stack gap="md">
        <Select
          label={t('oneOnOnes.cadence.label')}
          value={cadence}
          onChange={(value) => value && setCadence(value as Cadence)}
          allowDeselect={false}
          data={cadences.map((value) => ({ value, label: t(`oneOnOnes.cadence.${value}`) }))}
        />
        {series.currentMeeting ? (
          <DatePickerInput
            label={t('oneOnOnes.series.nextMeeting')}
            valueFormat="D MMMM YYYY"
            value={nextMeetingOn}
            onChange={setNextMeetingOn}
          />
        ) : null}
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
