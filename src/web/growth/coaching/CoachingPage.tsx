import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import { hasRole, useMe } from '../../app/session';
import { ButtonLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { coachingKeys, invitationsQuery, myEngagementsQuery, poolQuery, programmesQuery } from './api';
import { EngagementView } from './EngagementView';

const open = ['requested', 'chemistry', 'awaiting_approval', 'active'];

/** /growth/coaching: my engagement, invitations I received, and the coach pool to ask from. */
export function CoachingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [specialty, setSpecialty] = useState('');
  const [language, setLanguage] = useState('');
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const engagements = useQuery(myEngagementsQuery());
  const invitations = useQuery(invitationsQuery());
  const programmes = useQuery(programmesQuery());
  const pool = useQuery(poolQuery({ specialty, language }));
  const programme = programmeId ?? programmes.data?.items[0]?.id ?? null;
  const current = engagements.data?.items.find((e) => open.includes(e.status)) ?? engagements.data?.items[0];
  const refresh = () => queryClient.invalidateQueries({ queryKey: coachingKeys.all });
  const request = useMutation({
    mutationFn: (coachId: string) =>
      apiPost('/api/growth/coaching/engagements', { body: { programmeId: programme!, coachId } }),
    onSuccess: async () => {
      showToast({ tone: 'positive', message: t('coaching.request.sent') });
      await refresh();
    },
  });
  const dismiss = useMutation({
    mutationFn: (invitationId: string) =>
      apiPost('/api/growth/coaching/invitations/{invitationId}/dismiss', {
        params: { path: { invitationId } },
      }),
    onSuccess: refresh,
  });
  const canRequest = !engagements.data?.items.some((e) => open.includes(e.status));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Title order={1} size="h2">
            {t('coaching.title')}
          </Title>
          <Group gap="xs">
            {hasRole(me, 'coach') ? (
              <ButtonLink to="/growth/coaching/coach" variant="light" size="xs">
                {t('coaching.coach.title')}
              </ButtonLink>
            ) : null}
            {hasRole(me, 'hr_admin') ? (
              <ButtonLink to="/growth/coaching/hr" variant="light" size="xs">
                {t('coaching.hr.title')}
              </ButtonLink>
            ) : null}
          </Group>
        </Group>
        <Text c="dimmed">{t('coaching.lead')}</Text>
      </Stack>
      {invitations.data?.items.length ? (
        <Paper withBorder p="md" component="section" aria-labelledby="coaching-invitations">
          <Title order={3} size="h4" id="coaching-invitations">
            {t('coaching.invitations.title')}
          </Title>
          {invitations.data.items.map((inv) => (
            <Group key={inv.id} justify="space-between" mt="xs" wrap="wrap">
              <Text size="sm">{t('coaching.invitations.from', { name: inv.sender?.name ?? '' })}</Text>
              <Button size="xs" variant="subtle" onClick={() => dismiss.mutate(inv.id)}>
                {t('coaching.invitations.dismiss')}
              </Button>
            </Group>
          ))}
        </Paper>
      ) : null}
      <Paper withBorder p="md" component="section" aria-labelledby="coaching-mine">
        <Title order={3} size="h4" id="coaching-mine" mb="xs">
          {t('coaching.engagement.title')}
          {current?.coach ? ` · ${t('coaching.engagement.with', { name: current.coach.name })}` : ''}
        </Title>
        <QueryView
          query={engagements}
          isEmpty={(d) => d.items.length === 0}
          empty={<Text size="sm">{t('coaching.engagement.none')}</Text>}
        >
          {() => (current ? <EngagementView engagementId={current.id} /> : null)}
        </QueryView>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="coaching-pool">
        <Title order={3} size="h4" id="coaching-pool">
          {t('coaching.pool.title')}
        </Title>
        <Group wrap="wrap" align="flex-end">
          <TextInput
            label={t('coaching.pool.specialty')}
            value={specialty}
            onChange={(e) => setSpecialty(e.currentTarget.value)}
          />
          <TextInput
            label={t('coaching.pool.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
          />
          <Select
            label={t('coaching.request.programme')}
            data={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={programme}
            onChange={setProgrammeId}
            allowDeselect={false}
          />
        </Group>
        <QueryView
          query={pool}
          isEmpty={(d) => d.items.length === 0}
          empty={<Text size="sm">{t('coaching.pool.empty')}</Text>}
        >
          {(d) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {d.items.map((c) => (
                <Paper key={c.personId} withBorder p="md" data-testid="coach-card">
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap">
                      <Title order={4} size="h5">
                        {c.name}
                      </Title>
                      <Badge variant="light">{t(`coaching.pool.${c.kind}`)}</Badge>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {c.credentials}
                    </Text>
                    <Text size="sm">{c.bio}</Text>
                    <Group gap={4}>
                      {c.specialties.map((s) => (
                        <Badge key={s} size="xs" variant="outline">
                          {s}
                        </Badge>
                      ))}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {c.languages.join(', ')} · {c.timeZone} ·{' '}
                      {t('coaching.pool.capacity', { active: c.activeEngagements, capacity: c.capacity })}
                    </Text>
                    {canRequest && c.personId !== me.person?.id ? (
                      <Button
                        size="xs"
                        style={{ alignSelf: 'flex-start' }}
                        disabled={!programme || c.activeEngagements >= c.capacity}
                        loading={request.isPending && request.variables === c.personId}
                        onClick={() => request.mutate(c.personId)}
                      >
                        {t('coaching.pool.choose')}
                      </Button>
                    ) : null}
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
          )}
        </QueryView>
      </Stack>
    </Stack>
  );
}
