import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cadence } from '../../../contracts/oneOnOnes';
import { apiPost } from '../../api/client';
import { today } from '../../app/format';
import { useMe } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PersonPicker, type PickedPerson } from '../../org/PersonPicker';
import { oneOnOneKeys } from './api';
import { fieldError as fieldErrorOf } from './fieldMessage';

export const cadences: Cadence[] = ['weekly', 'biweekly', 'monthly'];

/** Start a series: pick a colleague, a cadence and the first date; then open the new series. */
export function CreateSeriesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [cadence, setCadence] = useState<Cadence>('weekly');
  const [firstMeetingOn, setFirstMeetingOn] = useState<string | null>(today());
  const [touched, setTouched] = useState(false);
  const create = useMutation({
    // Submitted only with a person and a date (the form's submit handler).
    mutationFn: () =>
      apiPost('/api/one-on-ones', {
        body: { withPersonId: person!.id, cadence, firstMeetingOn: firstMeetingOn! },
      }),
    onSuccess: async (series) => {
      await queryClient.invalidateQueries({ queryKey: oneOnOneKeys.all });
      notifications.show({
        color: 'green',
        message: t('oneOnOnes.create.created', { name: series.withPerson.displayName }),
      });
      onClose();
      void navigate({ to: '/performance/one-on-ones/$seriesId', params: { seriesId: series.id } });
    },
  });
  const fieldError = (name: string) => fieldErrorOf(create.error, name, t);
  const personError = touched && !person ? t('oneOnOnes.create.choosePerson') : fieldError('withPersonId');
  const otherError = create.isError && !fieldError('withPersonId') && !fieldError('firstMeetingOn');

  return (
    <Modal opened={opened} onClose={onClose} title={t('oneOnOnes.create.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (person && firstMeetingOn) create.mutate();
        }}
      >
        <Stack gap="md">
          <PersonPicker
            label={t('oneOnOnes.create.person')}
            description={t('oneOnOnes.create.personHint')}
            value={person?.id ?? null}
            onChange={setPerson}
            excludeId={me.person?.id}
            error={personError}
            testId="series-person"
          />
          <Select
            label={t('oneOnOnes.cadence.label')}
            value={cadence}
            onChange={(value) => value && setCadence(value as Cadence)}
            allowDeselect={false}
            data={cadences.map((value) => ({ value, label: t(`oneOnOnes.cadence.${value}`) }))}
          />
          <DatePickerInput
            label={t('oneOnOnes.create.firstMeeting')}
            required
            valueFormat="D MMMM YYYY"
            value={firstMeetingOn}
            onChange={setFirstMeetingOn}
            error={fieldError('firstMeetingOn')}
          />
          {otherError ? <ErrorAlert error={create.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!firstMeetingOn}>
              {t('oneOnOnes.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
