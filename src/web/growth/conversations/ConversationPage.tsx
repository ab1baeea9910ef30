import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconCalendarTime, IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationDetail } from '../../../contracts/conversations';
import { apiPost } from '../../api/client';
import { formatDate, formatDateTime } from '../../app/format';
import { conversationTone, toneAlert, toneBadge, toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { AgreedActions } from './AgreedActions';
import { conversationKeys, conversationQuery } from './api';
import { CompleteModal } from './CompleteModal';
import { AddNoteForm, NoteItem } from './NoteItem';
import { ReleaseWarningAlert } from './ReleaseWarningAlert';
import { ScheduleModal } from './ScheduleModal';

const route = getRouteApi('/app/growth/conversations/$conversationId');

/** `/growth/conversations/$conversationId`: one conversation with its guided questions and notes. */
export function ConversationPage() {
  const { t } = useTranslation();
  const { conversationId } = route.useParams();
  const query = useQuery(conversationQuery(conversationId));
  const above = (
    <AnchorLink to="/growth/conversations" size="sm">
      ← {t('conversations.detail.back')}
    </AnchorLink>
  );
  if (query.isPending)
    return (
      <Page title={t('conversations.title')} above={above}>
        <TableSkeleton rows={4} />
      </Page>
    );
  if (query.isError)
    return (
      <Page title={t('conversations.title')} above={above}>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  const conversation = query.data;
  const other = conversation.viewerRole === 'employee' ? conversation.manager : conversation.employee;
  return (
    <Page title={t('conversations.detail.title', { name: other.displayName })} above={above}>
      <Header conversation={conversation} />
      {conversation.releaseWarning ? <ReleaseWarningAlert warning={conversation.releaseWarning} /> : null}
      <Alert {...toneAlert('info')} icon={<IconInfoCircle aria-hidden />}>
        {t('conversations.detail.separate')}
      </Alert>
      {conversation.status === 'completed' ? <Outcome conversation={conversation} /> : null}
      <AgreedActions conversation={conversation} />
      <Questions conversation={conversation} />
    </Page>
  );
}

function Header({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [moving, setMoving] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [completing, setCompleting] = useState(false);
  const cancel = useMutation({
    mutationFn: () =>
      apiPost('/api/growth/conversations/{conversationId}/cancel', {
        params: { path: { conversationId: conversation.id } },
        body: { version: conversation.version },
      }),
    onSuccess: async () => {
      setCancelling(false);
      await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      showToast({ tone: 'neutral', message: t('conversations.detail.cancelled') });
    },
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      style={{ borderTop: '4px solid var(--mantine-color-brand-7)' }}
      data-testid="conversation-header"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <IconCalendarTime size={18} aria-hidden />
              <Text fw={600} data-testid="conversation-when-text">
                {formatDateTime(conversation.scheduledAt)}
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              {t('conversations.minutes', { count: conversation.durationMinutes })}
              {conversation.location ? ` · ${conversation.location}` : ''}
            </Text>
            <Text size="sm">
              {conversation.employee.displayName} · {conversation.manager.displayName}
            </Text>
          </Stack>
          <Badge
            {...toneBadge(conversationTone[conversation.status])}
            size="lg"
            data-testid="conversation-status"
          >
            {t(`conversations.statuses.${conversation.status}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          {conversation.status === 'scheduled' ? (
            <Button
              component="a"
              href={`/api/growth/conversations/${conversation.id}/invite.ics`}
              download="career-conversation.ics"
              variant="light"
              color="brand"
              leftSection={<IconCalendarDown size={16} aria-hidden />}
              data-testid="conversation-ics"
            >
              {t('conversations.detail.invite')}
            </Button>
          ) : null}
          {conversation.abilities.reschedule ? (
            <Button variant="default" onClick={() => setMoving(true)}>
              {t('conversations.detail.reschedule')}
            </Button>
          ) : null}
          {conversation.abilities.complete ? (
            <Button
              color="brand"
              leftSection={<IconCheck size={16} aria-hidden />}
              onClick={() => setCompleting(true)}
              data-testid="conversation-complete"
            >
              {t('conversations.detail.complete')}
            </Button>
          ) : null}
          {conversation.abilities.cancel ? (
            <Button
              variant="subtle"
              color={toneColor.negative}
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => setCancelling(true)}
            >
              {t('conversations.detail.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      <ScheduleModal opened={moving} onClose={() => setMoving(false)} existing={conversation} />
      <CompleteModal conversation={conversation} opened={completing} onClose={() => setCompleting(false)} />
      <Modal
        opened={cancelling}
        onClose={() => setCancelling(false)}
        title={t('conversations.detail.cancelTitle')}
      >
        <Stack>
          <Text size="sm">{t('conversations.detail.cancelBody')}</Text>
          {cancel.isError ? <ErrorAlert error={cancel.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCancelling(false)}>
              {t('actions.cancel')}
            </Button>
            <Button color={toneColor.negative} loading={cancel.isPending} onClick={() => cancel.mutate()}>
              {t('conversations.detail.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function Outcome({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="outcome-title"
      data-testid="conversation-outcome"
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="outcome-title">
            {t('conversations.detail.outcome')}
          </Title>
          {conversation.completedAt ? (
            <Text size="sm" c="dimmed">
              {t('conversations.detail.held', { date: formatDate(conversation.completedAt) })}
            </Text>
          ) : null}
        </Group>
        {conversation.outcomeSummary ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{conversation.outcomeSummary}</Text>
        ) : conversation.viewerRole === 'manager' ? (
          <Text size="sm" c="dimmed">
            {t('conversations.detail.outcomeHidden')}
          </Text>
        ) : null}
        {conversation.planDrafted && conversation.viewerRole === 'employee' ? (
          <Group gap="xs">
            <Text size="sm">{t('conversations.detail.planDrafted')}</Text>
            <AnchorLink to="/growth/plans" size="sm">
              {t('conversations.detail.openPlans')}
            </AnchorLink>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Questions({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const active = new Set(conversation.questions.map((q) => q.id));
  const other = conversation.notes.filter((n) => !n.questionId || !active.has(n.questionId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="guided-title">
      <Title order={2} size="h4" id="guided-title" c="brand.9">
        {t('conversations.detail.guided')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('conversations.detail.guidedLead')}
      </Text>
      {conversation.questions.map((question, index) => {
        const notes = conversation.notes.filter((n) => n.questionId === question.id);
        return (
          <Paper key={question.id} withBorder p="md" radius="md" data-testid="guided-question">
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge color="brand" variant="light" style={{ flexShrink: 0 }}>
                  {index + 1}
                </Badge>
                <Stack gap={2}>
                  <Title order={3} size="h5">
                    {question.prompt}
                  </Title>
                  {question.guidance ? (
                    <Text size="xs" c="dimmed">
                      {t(`conversations.themes.${question.theme}`)} · {question.guidance}
                    </Text>
                  ) : null}
                </Stack>
              </Group>
              {notes.map((note) => (
                <NoteItem key={note.id} conversation={conversation} note={note} />
              ))}
              {conversation.abilities.addNote ? (
                <AddNoteForm conversation={conversation} questionId={question.id} />
              ) : null}
            </Stack>
          </Paper>
        );
      })}
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('conversations.detail.otherNotes')}
          </Title>
          {other.map((note) => (
            <Stack key={note.id} gap={2}>
              {note.questionPrompt ? (
                <Text size="xs" c="dimmed">
                  {note.questionPrompt}
                </Text>
              ) : null}
              <NoteItem conversation={conversation} note={note} />
            </Stack>
          ))}
          {conversation.abilities.addNote ? (
            <AddNoteForm conversation={conversation} questionId={null} />
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
