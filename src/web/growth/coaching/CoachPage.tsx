import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { coach360Query, coacheesQuery, coachingKeys } from './api';
import { EngagementView } from './EngagementView';

/** /growth/coaching/coach: requests to answer, my coachees with their next session, 360s to release. */
export function CoachPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const coachees = useQuery(coacheesQuery());
  const reports = useQuery(coach360Query());
  const respond = useMutation({
    mutationFn: (v: { id: string; version: number; accept: boolean }) =>
      apiPost('/api/growth/coaching/engagements/{engagementId}/response', {
        params: { path: { engagementId: v.id } },
        body: { version: v.version, accept: v.accept },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coachingKeys.all }),
  });
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const items = coachees.data?.items ?? [];
  const requests = items.filter((e) => e.abilities.respond || e.yourRole === 'chemistry');
  const mine = items.filter(
    (e) => e.yourRole === 'coach' && (e.status === 'active' || e.status === 'completed'),
  );
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('coaching.coach.title')}
      </Title>
      <Paper withBorder p="md" component="section" aria-labelledby="coach-requests">
        <Title order={3} size="h4" id="coach-requests">
          {t('coaching.coach.requests')}
        </Title>
        <QueryView
          query={coachees}
          isEmpty={() => requests.length === 0}
          empty={<Text size="sm">{t('coaching.coach.empty')}</Text>}
        >
          {() =>
            requests.map((e) => (
              <Group key={e.id} justify="space-between" mt="xs" wrap="wrap">
                <Text size="sm">
                  {e.coachee.name} · {e.programme.name}
                  {e.yourRole === 'chemistry' ? ` · ${t('coaching.coach.chemistry')}` : ''}
                </Text>
                {e.abilities.respond ? (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      onClick={() => respond.mutate({ id: e.id, version: e.version, accept: true })}
                    >
                      {t('coaching.coach.accept')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => respond.mutate({ id: e.id, version: e.version, accept: false })}
                    >
                      {t('coaching.coach.decline')}
                    </Button>
                  </Group>
                ) : null}
              </Group>
            ))
          }
        </QueryView>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="coach-coachees">
        <Title order={3} size="h4" id="coach-coachees">
          {t('coaching.coach.coachees')}
        </Title>
        {mine.length === 0 ? <Text size="sm">{t('coaching.coach.empty')}</Text> : null}
        {mine.map((e) => (
          <Paper key={e.id} withBorder p="md">
            <Group gap="xs" mb="xs">
              <Title order={4} size="h5">
                {e.coachee.name}
              </Title>
              <Badge variant="light">{t(`coaching.engagement.status.${e.status}`)}</Badge>
              {e.nextSessionAt ? (
                <Text size="xs" c="dimmed">
                  {t('coaching.coach.next', { date: date(e.nextSessionAt) })}
                </Text>
              ) : null}
            </Group>
            <EngagementView engagementId={e.id} />
          </Paper>
        ))}
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="coach-360">
        <Title order={3} size="h4" id="coach-360">
          {t('coaching.coach.reports360')}
        </Title>
        <QueryView
          query={reports}
          isEmpty={(d) => d.items.length === 0}
          empty={<Text size="sm">{t('coaching.coach.empty')}</Text>}
        >
          {(d) =>
            d.items.map((r) => (
              <Group key={r.id} justify="space-between" mt="xs">
                <Text size="sm">{r.subject?.displayName ?? ''}</Text>
                <AnchorLink to="/growth/360" size="sm">
                  {t('coaching.coach.open360')}
                </AnchorLink>
              </Group>
            ))
          }
        </QueryView>
      </Paper>
    </Stack>
  );
}
