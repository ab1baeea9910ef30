import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost, apiPut } from '../../api/client';
import { toneBadge, toneColor } from '../../app/statusColors';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { aspirationChoicesQuery, coachingKeys, engagementQuery, notesQuery } from './api';

/** One engagement for its coachee or coach: goals, sessions (.ics), notes, and the coachee's summary. */
export function EngagementView({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(engagementQuery(engagementId));
  const notes = useQuery(notesQuery(engagementId));
  const [note, setNote] = useState('');
  const [when, setWhen] = useState('');
  const [summaryText, setSummaryText] = useState<string | null>(null);
  const [share, setShare] = useState<boolean | null>(null);
  const [goalText, setGoalText] = useState('');
  const [aspirationId, setAspirationId] = useState<string | null>(null);
  const editGoals = query.data?.abilities.editGoals ?? false;
  const choices = useQuery({ ...aspirationChoicesQuery(), enabled: editGoals });
  const refresh = () => queryClient.invalidateQueries({ queryKey: coachingKeys.all });
  const addNote = useMutation({
    mutationFn: () =>
      apiPost('/api/growth/coaching/engagements/{engagementId}/notes', {
        params: { path: { engagementId } },
        body: { noteText: note },
      }),
    onSuccess: async () => {
      setNote('');
      await refresh();
    },
  });
  const schedule = useMutation({
    mutationFn: () =>
      apiPost('/api/growth/coaching/engagements/{engagementId}/sessions', {
        params: { path: { engagementId } },
        body: { scheduledAt: new Date(when).toISOString() },
      }),
    onSuccess: refresh,
  });
  const markHeld = useMutation({
    mutationFn: (session: { id: string; version: number }) =>
      apiPatch('/api/growth/coaching/sessions/{sessionId}', {
        params: { path: { sessionId: session.id } },
        body: { version: session.version, status: 'held' },
      }),
    onSuccess: refresh,
  });
  const saveSummary = useMutation({
    mutationFn: (body: { summaryText: string; sharedWithManager: boolean; version?: number }) =>
      apiPut('/api/growth/coaching/engagements/{engagementId}/summary', {
        params: { path: { engagementId } },
        body,
      }),
    onSuccess: async () => {
      showToast({ tone: 'positive', message: t('coaching.engagement.summarySaved') });
      await refresh();
    },
  });
  const addGoal = useMutation({
    mutationFn: (e: { version: number; goals: { goalText: string; aspiration: { id: string } | null }[] }) =>
      apiPut('/api/growth/coaching/engagements/{engagementId}/goals', {
        params: { path: { engagementId } },
        body: {
          version: e.version,
          goals: [
            ...e.goals.map((g) => ({ goalText: g.goalText, aspirationId: g.aspiration?.id ?? null })),
            { goalText: goalText.trim(), aspirationId },
          ],
        },
      }),
    onSuccess: async () => {
      setGoalText('');
      setAspirationId(null);
      await refresh();
    },
  });
  const close = useMutation({
    mutationFn: (v: { how: 'cancel' | 'complete'; version: number }) =>
      apiPost(`/api/growth/coaching/engagements/{engagementId}/${v.how}`, {
        params: { path: { engagementId } },
        body: { version: v.version },
      }),
    onSuccess: refresh,
  });
  const dateTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <QueryView query={query}>
      {(e) => (
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="light">{t(`coaching.engagement.status.${e.status}`)}</Badge>
            {e.stalled ? <Badge {...toneBadge('caution')}>{t('coaching.engagement.stalled')}</Badge> : null}
            <Text size="sm">
              {t('coaching.engagement.sessions', { held: e.sessionsHeld, allowance: e.sessionAllowance })}
            </Text>
            {e.endsOn ? <Text size="sm">{t('coaching.engagement.until', { date: e.endsOn })}</Text> : null}
          </Group>
          <Paper withBorder p="md" component="section" aria-labelledby={`goals-${e.id}`}>
            <Title order={3} size="h4" id={`goals-${e.id}`}>
              {t('coaching.engagement.goals')}
            </Title>
            <Stack gap={4} mt="xs">
              {e.goals.map((g) => (
                <Text key={g.id} size="sm">
                  • {g.goalText}
                  {g.aspiration ? (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      ({g.aspiration.aspirationText})
                    </Text>
                  ) : null}
                </Text>
              ))}
              {e.abilities.editGoals ? (
                <Stack gap="xs" mt="xs" data-testid="coaching-goal-form">
                  <TextInput
                    label={t('coaching.engagement.goalPlaceholder')}
                    value={goalText}
                    onChange={(ev) => setGoalText(ev.currentTarget.value)}
                    maxLength={500}
                  />
                  <Select
                    label={t('coaching.engagement.linkAspiration')}
                    data={(choices.data?.items ?? []).map((a) => ({ value: a.id, label: a.aspirationText }))}
                    value={aspirationId}
                    onChange={setAspirationId}
                    clearable
                  />
                  <Button
                    style={{ alignSelf: 'flex-start' }}
                    variant="light"
                    disabled={!goalText.trim() || e.goals.length >= 10}
                    loading={addGoal.isPending}
                    onClick={() => addGoal.mutate(e)}
                  >
                    {t('coaching.engagement.addGoal')}
                  </Button>
                </Stack>
              ) : null}
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby={`sessions-${e.id}`}>
            <Title order={3} size="h4" id={`sessions-${e.id}`}>
              {t('coaching.engagement.sessionsTitle')}
            </Title>
            <Stack gap="xs" mt="xs">
              {e.sessions.map((s) => (
                <Group key={s.id} gap="xs" wrap="wrap">
                  <Text size="sm">{dateTime(s.scheduledAt)}</Text>
                  <Badge variant="outline" size="sm">
                    {t(`coaching.engagement.sessionStatus.${s.status}`)}
                  </Badge>
                  <Button
                    component="a"
                    href={`/api/growth/coaching/sessions/${s.id}/invite.ics`}
                    size="compact-xs"
                    variant="subtle"
                  >
                    {t('coaching.engagement.ics')}
                  </Button>
                  {s.status === 'scheduled' && e.abilities.schedule ? (
                    <Button size="compact-xs" variant="light" onClick={() => markHeld.mutate(s)}>
                      {t('coaching.engagement.held')}
                    </Button>
                  ) : null}
                </Group>
              ))}
              {e.abilities.schedule ? (
                <Group align="flex-end" wrap="wrap">
                  <TextInput
                    type="datetime-local"
                    label={t('coaching.engagement.when')}
                    value={when}
                    onChange={(ev) => setWhen(ev.currentTarget.value)}
                  />
                  <Button disabled={!when} loading={schedule.isPending} onClick={() => schedule.mutate()}>
                    {t('coaching.engagement.schedule')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Paper>
          {e.yourRole !== 'chemistry' && (e.status === 'active' || e.status === 'completed') ? (
            <Paper withBorder p="md" component="section" aria-labelledby={`notes-${e.id}`}>
              <Title order={3} size="h4" id={`notes-${e.id}`}>
                {t('coaching.engagement.notes')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('coaching.engagement.notesPrivacy')}
              </Text>
              <Stack gap="xs" mt="xs" data-testid="coaching-notes">
                <QueryView
                  query={notes}
                  isEmpty={(d) => d.items.length === 0}
                  empty={<Text size="sm">{t('coaching.engagement.noNotes')}</Text>}
                >
                  {(d) =>
                    d.items.map((n) => (
                      <Paper key={n.id} bg="gray.0" p="xs">
                        <Text size="xs" c="dimmed">
                          {n.author?.name} · {dateTime(n.createdAt)}
                        </Text>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {n.noteText}
                        </Text>
                      </Paper>
                    ))
                  }
                </QueryView>
                {e.abilities.writeNotes ? (
                  <>
                    <Textarea
                      label={t('coaching.engagement.notePlaceholder')}
                      value={note}
                      onChange={(ev) => setNote(ev.currentTarget.value)}
                      autosize
                      minRows={2}
                    />
                    <Button
                      style={{ alignSelf: 'flex-start' }}
                      disabled={!note.trim()}
                      loading={addNote.isPending}
                      onClick={() => addNote.mutate()}
                    >
                      {t('coaching.engagement.addNote')}
                    </Button>
                  </>
                ) : null}
              </Stack>
            </Paper>
          ) : null}
          {e.abilities.shareSummary ? (
            <Paper withBorder p="md" component="section" aria-labelledby={`summary-${e.id}`}>
              <Title order={3} size="h4" id={`summary-${e.id}`}>
                {t('coaching.engagement.summary')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('coaching.engagement.summaryHint')}
              </Text>
              <Stack gap="xs" mt="xs">
                <Textarea
                  label={t('coaching.engagement.summary')}
                  value={summaryText ?? e.summary?.summaryText ?? ''}
                  onChange={(ev) => setSummaryText(ev.currentTarget.value)}
                  autosize
                  minRows={2}
                />
                <Switch
                  label={t('coaching.engagement.share')}
                  checked={share ?? e.summary?.sharedWithManager ?? false}
                  onChange={(ev) => setShare(ev.currentTarget.checked)}
                />
                <Button
                  style={{ alignSelf: 'flex-start' }}
                  loading={saveSummary.isPending}
                  disabled={!(summaryText ?? e.summary?.summaryText ?? '').trim()}
                  onClick={() =>
                    saveSummary.mutate({
                      summaryText: summaryText ?? e.summary?.summaryText ?? '',
                      sharedWithManager: share ?? e.summary?.sharedWithManager ?? false,
                      version: e.summary?.version,
                    })
                  }
                >
                  {t('coaching.engagement.saveSummary')}
                </Button>
              </Stack>
            </Paper>
          ) : null}
          {e.abilities.complete || e.abilities.cancel ? (
            <Group gap="xs">
              {e.abilities.complete ? (
                <Button
                  variant="default"
                  loading={close.isPending && close.variables?.how === 'complete'}
                  onClick={() => close.mutate({ how: 'complete', version: e.version })}
                >
                  {t('coaching.engagement.complete')}
                </Button>
              ) : null}
              {e.abilities.cancel ? (
                <Button
                  variant="subtle"
                  color={toneColor.negative}
                  loading={close.isPending && close.variables?.how === 'cancel'}
                  onClick={() => close.mutate({ how: 'cancel', version: e.version })}
                >
                  {t('coaching.engagement.cancel')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      )}
    </QueryView>
  );
}
