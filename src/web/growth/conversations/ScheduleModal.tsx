import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationDetail } from '../../../contracts/conversations';
import { apiPatch, apiPost } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldError } from '../../i18n/issues';
import { conversationKeys, partnersQuery } from './api';

const durations = [30, 45, 60, 90];
const pad = (n: number) => String(n).padStart(2, '0');
/** An ISO instant as the value of a local `datetime-local` input. */
const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const inAWeek = () => {
  const d = new Date(Date.now() + 7 * 86_400_000);
  d.setHours(10, 0, 0, 0);
  return toLocalInput(d.toISOString());
};

/**
 * Schedules a conversation with one's manager or a direct report, or moves an existing one. After
 * scheduling it opens the conversation, where a warning shows if the date is close to a review release.
 */
export function ScheduleModal({
  opened,
  onClose,
  withPersonId,
  existing,
}: {
  opened: boolean;
  onClose: () => void;
  withPersonId?: string;
  existing?: ConversationDetail;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const partners = useQuery({ ...partnersQuery(), enabled: opened && !existing });
  const [personId, setPersonId] = useState<string | null>(null);
  const [when, setWhen] = useState('');
  const [duration, setDuration] = useState('45');
  const [location, setLocation] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setTouched(false);
    setPersonId(withPersonId ?? null);
    setWhen(existing ? toLocalInput(existing.scheduledAt) : inAWeek());
    setDuration(String(existing?.durationMinutes ?? 45));
    setLocation(existing?.location ?? '');
  }, [opened, existing, withPersonId]);
  const save = useMutation({
    mutationFn: () => {
      const body = { scheduledAt: new Date(when).toISOString(), durationMinutes: Number(duration), location };
      return existing
        ? apiPatch('/api/growth/conversations/{conversationId}', {
            params: { path: { conversationId: existing.id } },
            body: { ...body, version: existing.version },
          })
        : apiPost('/api/growth/conversations', { body: { ...body, personId: personId! } });
    },
    onSuccess: async (detail) => {
      await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      onClose();
      if (!existing)
        void navigate({ to: '/growth/conversations/$conversationId', params: { conversationId: detail.id } });
    },
  });
  const fieldError = (name: string) => apiFieldError(save.error, name) ?? null;
  const options = (partners.data?.items ?? []).map((p) => ({
    value: p.person.id,
    label: `${p.person.displayName} · ${p.relation === 'manager' ? t('conversations.yourManager') : t('conversations.yourReport')}`,
  }));
  const known = ['personId', 'scheduledAt', 'durationMinutes', 'location'].some((name) => fieldError(name));
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={existing ? t('conversations.schedule.rescheduleTitle') : t('conversations.schedule.title')}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if ((existing || personId) && when) save.mutate();
        }}
      >
        <Stack gap="md">
          {existing ? null : partners.isSuccess && options.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('conversations.schedule.noPartners')}
            </Text>
          ) : (
            <Select
              label={t('conversations.schedule.with')}
              placeholder={t('conversations.schedule.withPlaceholder')}
              data={options}
              value={personId}
              onChange={setPersonId}
              required
              searchable
              error={touched && !personId ? t('conversations.schedule.choosePerson') : fieldError('personId')}
              data-testid="conversation-with"
            />
          )}
          <TextInput
            type="datetime-local"
            label={t('conversations.schedule.when')}
            value={when}
            onChange={(event) => setWhen(event.currentTarget.value)}
            required
            error={touched && !when ? t('conversations.schedule.chooseTime') : fieldError('scheduledAt')}
            data-testid="conversation-when"
          />
          <Select
            label={t('conversations.schedule.duration')}
            data={durations.map((d) => ({
              value: String(d),
              label: t('conversations.minutes', { count: d }),
            }))}
            value={duration}
            allowDeselect={false}
            onChange={(value) => setDuration(value ?? '45')}
            error={fieldError('durationMinutes')}
          />
          <TextInput
            label={t('conversations.schedule.location')}
            placeholder={t('conversations.schedule.locationPlaceholder')}
            value={location}
            onChange={(event) => setLocation(event.currentTarget.value)}
            error={fieldError('location')}
            data-testid="conversation-location"
          />
          {save.isError && !known ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button
              type="submit"
              color="brand"
              loading={save.isPending}
              data-testid="conversation-schedule-submit"
            >
              {existing ? t('conversations.schedule.save') : t('conversations.schedule.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
