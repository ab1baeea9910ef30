import { Select, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  type ConversationDetail,
  rescheduleConversationRequest,
  scheduleConversationRequest,
} from '../../../contracts/conversations';
import { apiPatch, apiPost } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
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
/** The local `datetime-local` value as an ISO instant ('' when empty or not a time). */
const toInstant = (local: string) => {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : '';
};

interface ScheduleValues {
  personId: string | null;
  scheduledAt: string;
  durationMinutes: string;
  location: string;
}

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
  const toRequest = (values: ScheduleValues) => {
    const body = {
      scheduledAt: toInstant(values.scheduledAt),
      durationMinutes: Number(values.durationMinutes),
      location: values.location,
    };
    return existing ? { ...body, version: existing.version } : { ...body, personId: values.personId ?? '' };
  };
  const form = useContractForm<ScheduleValues, ReturnType<typeof toRequest>, ConversationDetail>({
    schema: existing ? rescheduleConversationRequest : scheduleConversationRequest,
    initialValues: {
      personId: withPersonId ?? null,
      scheduledAt: existing ? toLocalInput(existing.scheduledAt) : inAWeek(),
      durationMinutes: String(existing?.durationMinutes ?? 45),
      location: existing?.location ?? '',
    },
    toRequest,
    // The screen's own wording for the two choices it asks for.
    validate: (values) => ({
      ...(!existing && !values.personId ? { personId: t('conversations.schedule.choosePerson') } : {}),
      ...(!values.scheduledAt ? { scheduledAt: t('conversations.schedule.chooseTime') } : {}),
    }),
    overrideContractMessages: true,
    submit: (body) =>
      existing
        ? apiPatch('/api/growth/conversations/{conversationId}', {
            params: { path: { conversationId: existing.id } },
            body: body as ReturnType<typeof toRequest> & { version: number },
          })
        : apiPost('/api/growth/conversations', {
            body: body as ReturnType<typeof toRequest> & { personId: string },
          }),
    onSuccess: async (detail) => {
      await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      onClose();
      if (!existing)
        void navigate({ to: '/growth/conversations/$conversationId', params: { conversationId: detail.id } });
    },
    opened,
  });
  const input = form.form.getInputProps;
  const options = (partners.data?.items ?? []).map((p) => ({
    value: p.person.id,
    label: `${p.person.displayName} · ${p.relation === 'manager' ? t('conversations.yourManager') : t('conversations.yourReport')}`,
  }));
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={existing ? t('conversations.schedule.rescheduleTitle') : t('conversations.schedule.title')}
      form={form}
      submitLabel={existing ? t('conversations.schedule.save') : t('conversations.schedule.submit')}
      submitProps={{ color: 'brand', 'data-testid': 'conversation-schedule-submit' }}
    >
      {existing ? null : partners.isSuccess && options.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('conversations.schedule.noPartners')}
        </Text>
      ) : (
        <Select
          label={t('conversations.schedule.with')}
          placeholder={t('conversations.schedule.withPlaceholder')}
          data={options}
          required
          searchable
          data-testid="conversation-with"
          {...input('personId')}
        />
      )}
      <TextInput
        type="datetime-local"
        label={t('conversations.schedule.when')}
        required
        data-testid="conversation-when"
        {...input('scheduledAt')}
      />
      <Select
        label={t('conversations.schedule.duration')}
        data={durations.map((d) => ({
          value: String(d),
          label: t('conversations.minutes', { count: d }),
        }))}
        allowDeselect={false}
        {...input('durationMinutes')}
      />
      <TextInput
        label={t('conversations.schedule.location')}
        placeholder={t('conversations.schedule.locationPlaceholder')}
        data-testid="conversation-location"
        {...input('location')}
      />
    </FormModal>
  );
}
