import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Rating,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../../contracts/mentoring';
import { apiPost } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { mentoringKeys, sessionsQuery } from './api';

export function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** A change to the match: refreshes mentoring and reports success; errors show where it happened. */
export function useMatchChange<T>(run: (input: T) => Promise<unknown>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: mentoringKeys.all });
      showToast({ tone: 'positive', message: t('mentoring.match.saved') });
    },
  });
}

export function Sessions({ match }: { match: Match }) {
  const { t } = useTranslation();
  const sessions = useQuery(sessionsQuery(match.id));
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState<number | string>(45);
  const [topic, setTopic] = useState('');
  const [notes, setNotes] = useState('');
  const log = useMatchChange(() =>
    apiPost('/api/growth/mentoring/matches/{matchId}/sessions', {
      params: { path: { matchId: match.id } },
      body: {
        startsAt: new Date(startsAt).toISOString(),
        durationMinutes: Number(duration),
        topic,
        sessionNotes: notes,
      },
    }).then(() => {
      setTopic('');
      setNotes('');
    }),
  );
  return (
    <Block id="match-sessions" title={t('mentoring.match.sessions')}>
      <QueryView
        query={sessions}
        empty={
          <Text size="sm" c="dimmed">
            {t('mentoring.match.sessionsEmpty')}
          </Text>
        }
      >
        {(data) =>
          data.items.map((s) => (
            <Paper key={s.id} withBorder p="sm" data-testid="mentoring-session">
              <Group justify="space-between" wrap="wrap">
                <Text fw={600} size="sm">
                  {formatDateTime(s.startsAt)} · {s.durationMinutes} min · {s.topic}
                </Text>
                <Anchor
                  href={`/api/growth/mentoring/matches/${match.id}/sessions/${s.id}/session.ics`}
                  size="sm"
                >
                  {t('mentoring.match.download')}
                </Anchor>
              </Group>
              {s.sessionNotes ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {s.sessionNotes}
                </Text>
              ) : null}
            </Paper>
          ))
        }
      </QueryView>
      {match.abilities.logSession ? (
        <Stack gap="sm" data-testid="mentoring-session-form">
          <Title order={3} size="h4">
            {t('mentoring.match.logSession')}
          </Title>
          <Group grow wrap="wrap">
            <TextInput
              type="datetime-local"
              label={t('mentoring.match.startsAt')}
              value={startsAt}
              onChange={(e) => setStartsAt(e.currentTarget.value)}
              required
              miw={200}
            />
            <NumberInput
              label={t('mentoring.match.duration')}
              min={5}
              max={480}
              value={duration}
              onChange={setDuration}
              miw={140}
            />
          </Group>
          <TextInput
            label={t('mentoring.match.topic')}
            value={topic}
            onChange={(e) => setTopic(e.currentTarget.value)}
            required
            maxLength={200}
          />
          <Textarea
            label={t('mentoring.match.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          {log.error ? <ErrorAlert error={log.error} /> : null}
          <Group justify="flex-end">
            <Button
              color="brand"
              onClick={() => log.mutate(undefined)}
              loading={log.isPending}
              disabled={!startsAt || !topic}
              data-testid="mentoring-session-save"
            >
              {t('mentoring.match.saveSession')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Block>
  );
}

export function Feedback({ match }: { match: Match }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState(4);
  const [comment, setComment] = useState('');
  const send = useMatchChange(() =>
    apiPost('/api/growth/mentoring/matches/{matchId}/feedback', {
      params: { path: { matchId: match.id } },
      body: { version: match.version, rating, comment },
    }),
  );
  return (
    <Block id="match-feedback" title={t('mentoring.match.feedbackTitle')}>
      <Stack gap={4}>
        <Text size="sm" id="match-rating">
          {t('mentoring.match.rating')}
        </Text>
        <Rating value={rating} onChange={setRating} aria-labelledby="match-rating" />
      </Stack>
      <Textarea
        label={t('mentoring.match.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
      />
      {send.error ? <ErrorAlert error={send.error} /> : null}
      <Group justify="flex-end">
        <Button color="brand" onClick={() => send.mutate(undefined)} loading={send.isPending}>
          {t('mentoring.match.sendFeedback')}
        </Button>
      </Group>
    </Block>
  );
}

export function Close({ match }: { match: Match }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [rematch, setRematch] = useState(false);
  const close = useMatchChange(() =>
    apiPost('/api/growth/mentoring/matches/{matchId}/closure', {
      params: { path: { matchId: match.id } },
      body: { version: match.version, reason, rematch: match.viewerRole !== 'mentor' && rematch },
    }),
  );
  return (
    <Block id="match-close" title={t('mentoring.match.close')}>
      <TextInput
        label={t('mentoring.match.closeReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={1000}
      />
      {match.viewerRole !== 'mentor' ? (
        <Checkbox
          label={t('mentoring.match.rematch')}
          checked={rematch}
          onChange={(e) => setRematch(e.currentTarget.checked)}
        />
      ) : null}
      {close.error ? <ErrorAlert error={close.error} /> : null}
      <Group justify="flex-end">
        <Button
          color={toneColor.negative}
          variant="light"
          disabled={!reason.trim()}
          onClick={() => close.mutate(undefined)}
          loading={close.isPending}
        >
          {t('mentoring.match.close')}
        </Button>
      </Group>
    </Block>
  );
}
