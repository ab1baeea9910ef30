import { Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type Cadence, type CreateSeriesRequest, createSeriesRequest } from '../../../contracts/oneOnOnes';
import { apiPost } from '../../api/client';
import { today } from '../../app/format';
import { useMe } from '../../app/session';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { PersonPicker } from '../../org/PersonPicker';
import { oneOnOneKeys } from './api';

export const cadences: Cadence[] = ['weekly', 'biweekly', 'monthly'];

interface SeriesValues {
  withPersonId: string | null;
  cadence: Cadence;
  firstMeetingOn: string | null;
}

/** Start a series: pick a colleague, a cadence and the first date; then open the new series. */
export function CreateSeriesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useContractForm<
    SeriesValues,
    CreateSeriesRequest,
    { id: string; withPerson: { displayName: string } }
  >({
    schema: createSeriesRequest,
    initialValues: { withPersonId: null, cadence: 'weekly', firstMeetingOn: today() },
    toRequest: (values) => ({
      withPersonId: values.withPersonId ?? '',
      cadence: values.cadence,
      firstMeetingOn: values.firstMeetingOn ?? '',
    }),
    // The screen's own wording for the missing colleague.
    validate: (values) => (values.withPersonId ? {} : { withPersonId: t('oneOnOnes.create.choosePerson') }),
    overrideContractMessages: true,
    submit: (body) => apiPost('/api/one-on-ones', { body }),
    onSuccess: async (series) => {
      await queryClient.invalidateQueries({ queryKey: oneOnOneKeys.all });
      showToast({
        tone: 'positive',
        message: t('oneOnOnes.create.created', { name: series.withPerson.displayName }),
      });
      onClose();
      void navigate({ to: '/performance/one-on-ones/$seriesId', params: { seriesId: series.id } });
    },
    opened,
  });
  const values = form.form.getValues();
  const input = form.form.getInputProps;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('oneOnOnes.create.title')}
      form={form}
      submitLabel={t('oneOnOnes.create.submit')}
      submitProps={{ disabled: !values.firstMeetingOn }}
    >
      <PersonPicker
        label={t('oneOnOnes.create.person')}
        description={t('oneOnOnes.create.personHint')}
        value={values.withPersonId}
        onChange={(person) => form.form.setFieldValue('withPersonId', person?.id ?? null)}
        excludeId={me.person?.id}
        error={form.form.errors.withPersonId}
        testId="series-person"
      />
      <Select
        label={t('oneOnOnes.cadence.label')}
        allowDeselect={false}
        data={cadences.map((value) => ({ value, label: t(`oneOnOnes.cadence.${value}`) }))}
        {...input('cadence')}
      />
      <DatePickerInput
        label={t('oneOnOnes.create.firstMeeting')}
        required
        valueFormat="D MMMM YYYY"
        {...input('firstMeetingOn')}
      />
    </FormModal>
  );
}
