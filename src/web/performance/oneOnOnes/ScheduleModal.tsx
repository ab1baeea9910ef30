import { Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type Cadence,
  type SeriesDetail,
  type UpdateSeriesRequest,
  updateSeriesRequest,
} from '../../../contracts/oneOnOnes';
import { apiPatch } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { oneOnOneKeys } from './api';
import { cadences } from './CreateSeriesModal';

interface ScheduleValues {
  cadence: Cadence;
  nextMeetingOn: string | null;
}

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
  const form = useContractForm<ScheduleValues, UpdateSeriesRequest, SeriesDetail>({
    schema: updateSeriesRequest,
    initialValues: { cadence: series.cadence, nextMeetingOn: series.currentMeeting?.scheduledOn ?? null },
    toRequest: (values) => ({
      version: series.version,
      cadence: values.cadence,
      nextMeetingOn: values.nextMeetingOn ?? undefined,
    }),
    submit: (body) =>
      apiPatch('/api/one-on-ones/{seriesId}', { params: { path: { seriesId: series.id } }, body }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(oneOnOneKeys.series(series.id), updated);
      await queryClient.invalidateQueries({ queryKey: oneOnOneKeys.all });
      showToast({ tone: 'positive', message: t('oneOnOnes.series.scheduleSaved') });
      onClose();
    },
    opened,
  });
  const input = form.form.getInputProps;
  return (
    <FormModal opened={opened} onClose={onClose} title={t('oneOnOnes.series.scheduleTitle')} form={form}>
      <Select
        label={t('oneOnOnes.cadence.label')}
        allowDeselect={false}
        data={cadences.map((value) => ({ value, label: t(`oneOnOnes.cadence.${value}`) }))}
        {...input('cadence')}
      />
      {series.currentMeeting ? (
        <DatePickerInput
          label={t('oneOnOnes.series.nextMeeting')}
          valueFormat="D MMMM YYYY"
          {...input('nextMeetingOn')}
        />
      ) : null}
    </FormModal>
  );
}
