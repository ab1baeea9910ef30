import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../contracts/mentoring';
import { apiPost, isApiError } from '../../api/client';
import { toneBadge, toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import {
  choicesQuery,
  draftQuery,
  mentoringKeys,
  participantsQuery,
  participationQuery,
  programmeMatchesQuery,
  programmeQuery,
} from './api';
import { statusTone } from './MatchCard';
import { ProgrammeSettingsForm } from './ProgrammeSettings';

const route = getRouteApi('/app/growth/mentoring/programmes/$programmeId');

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
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

/** `/growth/mentoring/programmes/$programmeId`: settings, participants, matching and participation. */
export function ProgrammeAdminPage() {
  const { t } = useTranslation();
  const { programmeId } = route.useParams();
  const programme = useQuery(programmeQuery(programmeId));
  return (
    <QueryView query={programme} frame={(body) => <Page title={t('mentoring.title')}>{body}</Page>}>
      {(p) => (
        <Page
          title={p.name}
          above={<AnchorLink to="/growth/mentoring">{t('mentoring.match.back')}</AnchorLink>}
          description={t(`mentoring.modes.${p.matchingMode}`)}
        >
          <Section id="programme-settings" title={t('mentoring.admin.settings')}>
            <ProgrammeSettingsForm key={p.version} programme={p} />
          </Section>
          {p.matchingMode === 'whole_pool' ? <DraftSection programme={p} /> : null}
          {p.matchingMode === 'mentee_ranks_admin_decides' ? <ChoicesSection programme={p} /> : null}
          <MatchesSection programme={p} />
          <ParticipantsSection programme={p} />
          <ParticipationSection programme={p} />
        </Page>
      )}
    </QueryView>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mentoringKeys.all });
}

function DraftSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const draft = useQuery(draftQuery(programme.id));
  const run = useMutation({
    mutationFn: () =>
      apiPost('/api/growth/mentoring/programmes/{programmeId}/drafts', {
        params: { path: { programmeId: programme.id } },
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (entry: { draftId: string; entryId: string; version: number }) =>
      apiPost('/api/growth/mentoring/drafts/{draftId}/entries/{entryId}/removal', {
        params: { path: { draftId: entry.draftId, entryId: entry.entryId } },
        body: { version: entry.version },
      }),
    onSuccess: refresh,
  });
  const publish = useMutation({
    mutationFn: (d: { id: string; version: number }) =>
      apiPost('/api/growth/mentoring/drafts/{draftId}/publication', {
        params: { path: { draftId: d.id } },
        body: { version: d.version },
      }),
    onSuccess: async () => {
      await refresh();
      showToast({ tone: 'positive', message: t('mentoring.admin.published') });
    },
  });
  const missing = draft.isError && isApiError(draft.error) && draft.error.status === 404;
  const error = run.error ?? remove.error ?? publish.error;
  return (
    <Section id="programme-draft" title={t('mentoring.admin.draft')}>
      <Group>
        <Button
          color="brand"
          variant="light"
          loading={run.isPending}
          onClick={() => run.mutate()}
          data-testid="mentoring-run-pool"
        >
          {t('mentoring.admin.runPool')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {missing ? (
        <Text c="dimmed">{t('mentoring.admin.noDraft')}</Text>
      ) : (
        <QueryView query={draft} skeleton={<TableSkeleton rows={3} />}>
          {(d) => {
            const kept = d.pairs.filter((pair) => !pair.removed);
            return (
              <Stack gap="sm">
                <Text size="sm">{t('mentoring.admin.totalScore', { score: d.totalScore })}</Text>
                <Table.ScrollContainer minWidth={520}>
                  <Table data-testid="mentoring-draft-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('mentoring.admin.mentee')}</Table.Th>
                        <Table.Th>{t('mentoring.admin.mentor')}</Table.Th>
                        <Table.Th>{t('mentoring.admin.score')}</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.pairs.map((pair) => (
                        <Table.Tr key={pair.entryId} style={pair.removed ? { opacity: 0.5 } : undefined}>
                          <Table.Td>{pair.mentee.name}</Table.Td>
                          <Table.Td>{pair.mentor.name}</Table.Td>
                          <Table.Td>{pair.score}</Table.Td>
                          <Table.Td>
                            {pair.removed ? (
                              <Badge color="gray">{t('mentoring.admin.removed')}</Badge>
                            ) : (
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                color={toneColor.negative}
                                onClick={() =>
                                  remove.mutate({ draftId: d.id, entryId: pair.entryId, version: d.version })
                                }
                                aria-label={`${t('mentoring.admin.remove')}: ${pair.mentee.name}`}
                              >
                                {t('mentoring.admin.remove')}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                      {d.unmatched.map((u) => (
                        <Table.Tr key={u.entryId}>
                          <Table.Td>{u.mentee.name}</Table.Td>
                          <Table.Td colSpan={3}>
                            <Text size="sm" c="dimmed">
                              {t('mentoring.admin.unmatched')}: {t(`mentoring.admin.reasons.${u.reason}`)}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Group justify="flex-end">
                  <Button
                    color="brand"
                    disabled={kept.length === 0}
                    loading={publish.isPending}
                    onClick={() => publish.mutate(d)}
                    data-testid="mentoring-publish"
                  >
                    {t('mentoring.admin.publish', { count: kept.length })}
                  </Button>
                </Group>
              </Stack>
            );
          }}
        </QueryView>
      )}
    </Section>
  );
}

function ChoicesSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const choices = useQuery(choicesQuery(programme.id));
  const decide = useMutation({
    mutationFn: (pair: { menteeId: string; mentorId: string }) =>
      apiPost('/api/growth/mentoring/programmes/{programmeId}/matches', {
        params: { path: { programmeId: programme.id } },
        body: pair,
      }),
    onSuccess: refresh,
  });
  return (
    <Section id="programme-choices" title={t('mentoring.admin.choices')}>
      {decide.error ? <ErrorAlert error={decide.error} /> : null}
      <QueryView query={choices} empty={<Text c="dimmed">{t('mentoring.admin.noChoices')}</Text>}>
        {(data) =>
          data.items.map((row) => (
            <Stack key={row.mentee.id} gap={4}>
              <Text fw={600}>{row.mentee.name}</Text>
              {row.choices.map((c) => (
                <Group key={c.mentor.id} gap="xs" wrap="wrap">
                  <Badge variant="outline">{c.rank}</Badge>
                  <Text size="sm">{c.mentor.name}</Text>
                  <Text size="sm" c="dimmed">
                    {t('mentoring.score', { score: c.score })}
                  </Text>
                  {c.violations.map((v) => (
                    <Badge key={v} {...toneBadge('negative')}>
                      {t(`mentoring.admin.rules.${v}`)}
                    </Badge>
                  ))}
                  {!row.hasOpenMatch && c.violations.length === 0 ? (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="brand"
                      onClick={() => decide.mutate({ menteeId: row.mentee.id, mentorId: c.mentor.id })}
                    >
                      {t('mentoring.admin.decide')}
                    </Button>
                  ) : null}
                </Group>
              ))}
            </Stack>
          ))
        }
      </QueryView>
    </Section>
  );
}

function MatchesSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const matches = useQuery(programmeMatchesQuery(programme.id));
  return (
    <Section id="programme-matches" title={t('mentoring.admin.matches')}>
      <QueryView query={matches} empty={<Text c="dimmed">{t('mentoring.admin.noMatches')}</Text>}>
        {(data) => (
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="mentoring-admin-matches">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mentoring.admin.mentee')}</Table.Th>
                  <Table.Th>{t('mentoring.admin.mentor')}</Table.Th>
                  <Table.Th>{t('mentoring.admin.state')}</Table.Th>
                  <Table.Th>{t('mentoring.admin.score')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.mentee.name}</Table.Td>
                    <Table.Td>{m.mentor.name}</Table.Td>
                    <Table.Td>
                      <Badge {...toneBadge(statusTone[m.status])}>
                        {t(`mentoring.statuses.${m.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{m.score}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
    </Section>
  );
}

function ParticipantsSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const participants = useQuery(participantsQuery(programme.id));
  return (
    <Section id="programme-participants" title={t('mentoring.admin.participants')}>
      <QueryView query={participants}>
        {(data) => (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mentoring.admin.person')}</Table.Th>
                  <Table.Th>{t('mentoring.admin.role')}</Table.Th>
                  <Table.Th>{t('mentoring.admin.department')}</Table.Th>
                  <Table.Th>{t('mentoring.admin.openMatches')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.profileId}>
                    <Table.Td>
                      {p.person.name}
                      {p.optedIn ? null : (
                        <Badge ml="xs" color="gray" variant="light">
                          {t('mentoring.admin.optedOut')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`mentoring.roles.${p.role}`)}</Table.Td>
                    <Table.Td>{p.departmentName ?? '—'}</Table.Td>
                    <Table.Td>
                      {p.openMatches}
                      {p.capacity !== null ? ` / ${p.capacity}` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
    </Section>
  );
}

/** Counts per department as bars; a withheld cell says so instead of showing a number. */
function ParticipationSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const counts = useQuery(participationQuery(programme.id));
  return (
    <Section id="programme-participation" title={t('mentoring.admin.participation')}>
      <QueryView query={counts} isEmpty={(d) => d.rows.length === 0}>
        {(data) => {
          const max = Math.max(1, ...data.rows.flatMap((r) => [r.mentors ?? 0, r.mentees ?? 0]));
          const cell = (value: number | null, label: string) =>
            value === null ? (
              <Badge color="gray" variant="outline" data-testid="mentoring-suppressed">
                {label}: {t('mentoring.admin.suppressed')}
              </Badge>
            ) : (
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" w={90}>
                  {label}
                </Text>
                <Progress value={(value / max) * 100} style={{ flex: 1 }} aria-label={`${label}: ${value}`} />
                <Text size="xs" w={24}>
                  {value}
                </Text>
              </Group>
            );
          return (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('mentoring.admin.participationLead', { minimum: data.minimum })}
              </Text>
              {data.rows.map((row) => (
                <Stack key={row.departmentName} gap={4}>
                  <Text size="sm" fw={600}>
                    {row.departmentName || '—'}
                  </Text>
                  {cell(row.mentors, t('mentoring.admin.mentors'))}
                  {cell(row.mentees, t('mentoring.admin.mentees'))}
                </Stack>
              ))}
            </Stack>
          );
        }}
      </QueryView>
    </Section>
  );
}
