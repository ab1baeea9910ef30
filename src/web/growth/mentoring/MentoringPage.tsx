import { Alert, Badge, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconLock, IconStar, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match, Profile, ProfileRole, Programme } from '../../../contracts/mentoring';
import { apiPost } from '../../api/client';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { toneAlert } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { mentoringKeys, myMatchesQuery, myProfilesQuery, programmesQuery, suggestionsQuery } from './api';
import { MatchCard } from './MatchCard';
import { ProfileModal } from './ProfileModal';
import { CreateProgrammeButton } from './ProgrammeSettings';
import { ScoreBars } from './ScoreBars';

type Editing = { programme: Programme; role: ProfileRole; profile: Profile | null } | null;

/** `/growth/mentoring`: the mentee's, the mentor's and the programme admin's views. */
export function MentoringPage() {
  const { t } = useTranslation();
  const me = useMe();
  const programmes = useQuery(programmesQuery());
  const profiles = useQuery(myProfilesQuery());
  const matches = useQuery(myMatchesQuery());
  const [editing, setEditing] = useState<Editing>(null);
  const runs = (programmes.data?.items ?? []).filter((p) => p.abilities.manage);
  const profileOf = (programmeId: string, role: ProfileRole) =>
    profiles.data?.items.find((p) => p.programmeId === programmeId && p.role === role) ?? null;
  const edit = (programme: Programme, role: ProfileRole) =>
    setEditing({ programme, role, profile: profileOf(programme.id, role) });
  return (
    <Page title={t('mentoring.title')} description={t('mentoring.lead')}>
      <Alert {...toneAlert('info')} icon={<IconLock aria-hidden />}>
        {t('mentoring.privacyNote')}
      </Alert>
      <Tabs defaultValue="mentee" keepMounted={false}>
        <Tabs.List aria-label={t('mentoring.tabs.label')}>
          <Tabs.Tab value="mentee">{t('mentoring.tabs.mentee')}</Tabs.Tab>
          <Tabs.Tab value="mentor">{t('mentoring.tabs.mentor')}</Tabs.Tab>
          {runs.length > 0 || hasRole(me, 'hr_admin') ? (
            <Tabs.Tab value="admin">{t('mentoring.tabs.admin')}</Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="mentee" pt="md">
          <Stack gap="lg">
            <ProgrammeList programmes={programmes} side="mentee" onEdit={edit} profileOf={profileOf} />
            {(profiles.data?.items ?? [])
              .filter((p) => p.role === 'mentee' && p.optedIn)
              .map((p) => (
                <Suggestions key={p.id} profile={p} />
              ))}
            <MatchList side="mentee" matches={matches} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="mentor" pt="md">
          <Stack gap="lg">
            <ProgrammeList programmes={programmes} side="mentor" onEdit={edit} profileOf={profileOf} />
            <MatchList side="mentor" matches={matches} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="admin" pt="md">
          <Stack gap="sm">
            {hasRole(me, 'hr_admin') ? <CreateProgrammeButton /> : null}
            {runs.length === 0 ? <Text c="dimmed">{t('mentoring.admin.empty')}</Text> : null}
            {runs.map((p) => (
              <Paper key={p.id} withBorder p="md" radius="md">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{p.name}</Text>
                    <Group gap="xs">
                      <Badge variant="light">{t(`mentoring.programmeStatus.${p.status}`)}</Badge>
                      <Text size="sm" c="dimmed">
                        {t(`mentoring.modes.${p.matchingMode}`)}
                      </Text>
                    </Group>
                  </Stack>
                  <ButtonLink
                    to="/growth/mentoring/programmes/$programmeId"
                    params={{ programmeId: p.id }}
                    variant="light"
                    color="brand"
                    size="xs"
                  >
                    {t('mentoring.admin.manage')}
                  </ButtonLink>
                </Group>
              </Paper>
            ))}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      {editing ? (
        <ProfileModal
          programme={editing.programme}
          role={editing.role}
          profile={editing.profile}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Page>
  );
}

function ProgrammeList({
  programmes,
  side: role,
  onEdit,
  profileOf,
}: {
  programmes: ReturnType<typeof useQuery<{ items: Programme[]; total: number }>>;
  side: ProfileRole;
  onEdit: (programme: Programme, role: ProfileRole) => void;
  profileOf: (programmeId: string, role: ProfileRole) => Profile | null;
}) {
  const { t } = useTranslation();
  const open = (programmes.data?.items ?? []).filter((p) => p.status === 'open');
  return (
    <Stack gap="sm" component="section" aria-labelledby={`programmes-${role}`}>
      <Title order={2} size="h3" id={`programmes-${role}`}>
        {t('mentoring.programmes.title')}
      </Title>
      <QueryView
        query={programmes}
        skeleton={<TableSkeleton rows={2} />}
        isEmpty={() => open.length === 0}
        empty={<Text c="dimmed">{t('mentoring.programmes.empty')}</Text>}
      >
        {() =>
          open.map((p) => {
            const mine = profileOf(p.id, role);
            return (
              <Paper key={p.id} withBorder p="md" radius="md" data-testid="mentoring-programme">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={4} maw={560}>
                    <Text fw={600}>{p.name}</Text>
                    <Text size="sm">{p.description}</Text>
                    <Group gap="xs">
                      <Badge variant="light" color="brand">
                        {t(`mentoring.programmeTypes.${p.programmeType}`)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t(`mentoring.modes.${p.matchingMode}`)} ·{' '}
                        {p.cohortStart && p.cohortEnd
                          ? t('mentoring.programmes.cohort', {
                              start: formatDate(p.cohortStart),
                              end: formatDate(p.cohortEnd),
                            })
                          : t('mentoring.programmes.always')}
                      </Text>
                    </Group>
                  </Stack>
                  {mine || p.abilities.join ? (
                    <Button
                      variant={mine ? 'default' : 'filled'}
                      color="brand"
                      size="xs"
                      onClick={() => onEdit(p, role)}
                      data-testid={`mentoring-join-${role}`}
                    >
                      {mine
                        ? t('mentoring.programmes.edit')
                        : role === 'mentee'
                          ? t('mentoring.programmes.join')
                          : t('mentoring.programmes.offer')}
                    </Button>
                  ) : null}
                </Group>
              </Paper>
            );
          })
        }
      </QueryView>
    </Stack>
  );
}

/** Ranked mentors for one mentee profile, with the score breakdown and a request button. */
function Suggestions({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(suggestionsQuery(profile.programmeId));
  const ask = useMutation({
    mutationFn: (mentor: { id: string; name: string }) =>
      apiPost('/api/growth/mentoring/programmes/{programmeId}/requests', {
        params: { path: { programmeId: profile.programmeId } },
        body: { mentorId: mentor.id },
      }).then(() => mentor),
    onSuccess: async (mentor) => {
      await queryClient.invalidateQueries({ queryKey: mentoringKeys.all });
      showToast({ tone: 'positive', message: t('mentoring.suggestions.asked', { name: mentor.name }) });
    },
  });
  const id = `suggestions-${profile.id}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={id} data-testid="mentoring-suggestions">
      <Title order={2} size="h3" id={id}>
        {t('mentoring.suggestions.title', { programme: profile.programmeName })}
      </Title>
      <Text size="sm" c="dimmed">
        {t('mentoring.suggestions.lead')}
      </Text>
      {ask.error ? <ErrorAlert error={ask.error} /> : null}
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={2} />}
        isEmpty={(d) => !d.hasOpenMatch && d.items.length === 0}
        empty={<Text c="dimmed">{t('mentoring.suggestions.none')}</Text>}
      >
        {(data) =>
          data.hasOpenMatch ? (
            <Text c="dimmed">{t('mentoring.suggestions.openMatch')}</Text>
          ) : (
            data.items.map((s) => (
              <Paper key={s.mentor.id} withBorder p="md" radius="md" data-testid="mentoring-suggestion">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={2}>
                      <Group gap="xs">
                        <Text fw={600}>{s.mentor.name}</Text>
                        {s.featured ? (
                          <Badge
                            color="brand"
                            variant="filled"
                            leftSection={<IconStar size={12} aria-hidden />}
                          >
                            {t('mentoring.suggestions.featured')}
                          </Badge>
                        ) : null}
                      </Group>
                      <Text size="sm" c="dimmed">
                        {[s.mentor.jobTitle, s.mentor.departmentName].filter(Boolean).join(' · ')}
                      </Text>
                    </Stack>
                    <Badge color="brand" size="lg" variant="outline">
                      {t('mentoring.score', { score: s.score })}
                    </Badge>
                  </Group>
                  {s.offers.length ? (
                    <Text size="sm">
                      {t('mentoring.suggestions.offers')}:{' '}
                      {s.offers.map((o) => `${o.name} (${o.level})`).join(', ')}
                    </Text>
                  ) : null}
                  <ScoreBars breakdown={s.breakdown} />
                  <Group justify="flex-end">
                    <Button
                      size="xs"
                      color="brand"
                      leftSection={<IconUsersGroup size={14} aria-hidden />}
                      loading={ask.isPending}
                      onClick={() => ask.mutate(s.mentor)}
                      data-testid="mentoring-ask"
                    >
                      {t('mentoring.suggestions.ask', { name: s.mentor.name })}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ))
          )
        }
      </QueryView>
    </Stack>
  );
}

function MatchList({
  side: role,
  matches,
}: {
  side: ProfileRole;
  matches: ReturnType<typeof useQuery<{ items: Match[] }>>;
}) {
  const { t } = useTranslation();
  const mine = (matches.data?.items ?? []).filter((m) => m.viewerRole === role);
  const id = `matches-${role}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {role === 'mentee' ? t('mentoring.matches.title') : t('mentoring.matches.mentorTitle')}
      </Title>
      <QueryView
        query={matches}
        skeleton={<TableSkeleton rows={2} />}
        isEmpty={() => mine.length === 0}
        empty={
          <EmptyPanel
            icon={<IconUsersGroup size={28} />}
            color="brand"
            title={role === 'mentee' ? t('mentoring.matches.empty') : t('mentoring.matches.mentorEmpty')}
            description={t('mentoring.lead')}
            order={3}
          />
        }
      >
        {() => mine.map((m) => <MatchCard key={m.id} match={m} />)}
      </QueryView>
    </Stack>
  );
}
