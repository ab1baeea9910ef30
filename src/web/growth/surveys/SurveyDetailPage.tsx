import { Alert, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconListNumbers, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey, SurveyRound } from '../../../contracts/surveys';
import { isApiError } from '../../api/client';
import { formatDate, formatNumber } from '../../app/format';
import { toneAlert, toneBadge } from '../../app/statusColors';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { roundsQuery, SURVEY_PAGE_SIZE, surveyKeys, surveyQuery, surveyWrites } from './api';
import { ConfirmButton } from './ConfirmButton';
import { SurveyModal } from './SurveyModal';
import { RoundStatus } from './SurveysPage';

/** `/growth/surveys/manage/$surveyId`: one survey's set-up, its rounds, launching and closing them (HR). */
export function SurveyDetailPage() {
  const { t } = useTranslation();
  const { surveyId } = useParams({ from: '/app/growth/surveys/manage/$surveyId' });
  const survey = useQuery(surveyQuery(surveyId));
  const back = (
    <AnchorLink to="/growth/surveys" search={{ tab: 'manage' }} size="sm">
      ← {t('surveys.detail.back')}
    </AnchorLink>
  );
  return (
    <QueryView
      query={survey}
      frame={(body) => (
        <Page title={t('surveys.title')} above={back}>
          {body}
        </Page>
      )}
    >
      {(data) => <SurveyDetail survey={data} back={back} />}
    </QueryView>
  );
}

/**
 * A launch refused because nobody could be invited (409 `surveyNobodyInvited`), with the server's
 * why: how many in the audience rest under the fatigue guard and from when (0: the audience is empty).
 */
function nobodyInvited(error: unknown): { resting: number; availableOn: string | null } | null {
  if (!isApiError(error) || error.reason?.code !== 'surveyNobodyInvited') return null;
  const { resting, availableOn } = error.reason.params ?? {};
  return {
    resting: typeof resting === 'number' ? resting : 0,
    availableOn: typeof availableOn === 'string' ? availableOn : null,
  };
}

function SurveyDetail({ survey, back }: { survey: Survey; back: React.ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: surveyKeys.all });
  const launch = useMutation({
    mutationFn: () => surveyWrites.launch(survey.id),
    onSuccess: (round) => {
      showToast({
        tone: 'positive',
        message:
          round.skippedForFatigue > 0
            ? t('surveys.detail.launchedSkipped', { people: formatNumber(round.skippedForFatigue) })
            : t('surveys.detail.launched'),
      });
      refresh();
    },
  });
  const nobody = nobodyInvited(launch.error);
  const end = useMutation({
    mutationFn: () => surveyWrites.update(survey.id, { version: survey.version, ended: true }),
    onSuccess: refresh,
  });
  const actions = (
    <>
      {survey.abilities.edit ? (
        <Button variant="default" onClick={() => setEditing(true)} data-testid="survey-edit">
          {t('surveys.detail.edit')}
        </Button>
      ) : null}
      {survey.abilities.edit && survey.schedule !== 'one_off' && !survey.ended ? (
        <ConfirmButton
          variant="default"
          question={t('surveys.detail.endConfirm')}
          confirmLabel={t('surveys.detail.end')}
          onConfirm={() => end.mutate()}
          loading={end.isPending}
        >
          {t('surveys.detail.end')}
        </ConfirmButton>
      ) : null}
      {survey.abilities.launch ? (
        <ConfirmButton
          question={t('surveys.detail.launchConfirm')}
          confirmLabel={t('surveys.detail.launch')}
          onConfirm={() => launch.mutate()}
          loading={launch.isPending}
          testId="survey-launch"
        >
          {t('surveys.detail.launch')}
        </ConfirmButton>
      ) : null}
    </>
  );
  return (
    <Page title={survey.name} above={back} actions={actions}>
      <SurveyModal opened={editing} onClose={() => setEditing(false)} survey={survey} />
      {nobody ? (
        <Alert
          {...toneAlert('caution')}
          title={t('surveys.detail.nobodyInvitedTitle')}
          role="alert"
          data-testid="survey-nobody-invited"
        >
          {nobody.resting > 0
            ? t('surveys.detail.nobodyResting', {
                people: formatNumber(nobody.resting),
                date: nobody.availableOn ? formatDate(nobody.availableOn) : '—',
              })
            : t('surveys.detail.nobodyInAudience')}
        </Alert>
      ) : launch.isError ? (
        <ErrorAlert error={launch.error} />
      ) : null}
      {end.isError ? <ErrorAlert error={end.error} /> : null}
      {survey.ended ? <Alert {...toneAlert('neutral')}>{t('surveys.detail.ended')}</Alert> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Stack gap={6}>
            <Text>
              {t('surveys.detail.scheduleLine', {
                schedule: t(`surveys.schedules.${survey.schedule}`),
                days: survey.openDays,
              })}
            </Text>
            {survey.schedule !== 'one_off' ? (
              <Text size="sm" c="dimmed">
                {survey.driversPerRound
                  ? t('surveys.detail.rotation', { count: survey.driversPerRound })
                  : t('surveys.detail.rotationAll')}
                {survey.nextRoundOn
                  ? ` · ${t('surveys.detail.nextRoundOn', { date: formatDate(survey.nextRoundOn) })}`
                  : ''}
              </Text>
            ) : null}
            <Group gap={6} wrap="nowrap" align="flex-start" data-testid="survey-rules">
              {survey.anonymityLocked ? (
                <IconLock size={18} aria-hidden />
              ) : (
                <IconLockOpen size={18} aria-hidden />
              )}
              <Text size="sm">
                {t('surveys.detail.rules', survey.anonymity)}{' '}
                {survey.anonymityLocked ? t('surveys.detail.rulesLocked') : t('surveys.detail.rulesOpen')}
              </Text>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('surveys.detail.questions')}
          </Title>
          <List size="sm" spacing={4}>
            {survey.questions.map((q) => (
              <List.Item key={q.id}>
                <Badge {...toneBadge('neutral')} size="sm" mr={6}>
                  {q.kind === 'likert' && q.driver
                    ? t(`surveys.drivers.${q.driver}`)
                    : t(`surveys.detail.kind.${q.kind}`)}
                </Badge>
                {q.prompt}
              </List.Item>
            ))}
          </List>
        </Paper>
      </SimpleGrid>
      <Rounds survey={survey} />
    </Page>
  );
}

function Rounds({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const rounds = useQuery(roundsQuery(survey.id, page));
  const close = useMutation({
    mutationFn: (roundId: string) => surveyWrites.close(roundId),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('surveys.detail.closed') });
      void queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
  const columns: DataColumn<SurveyRound>[] = [
    {
      key: 'round',
      header: t('surveys.results.round'),
      primary: true,
      cell: (r) => t('surveys.detail.round', { n: r.roundNumber }),
    },
    {
      key: 'period',
      header: t('surveys.results.period'),
      nowrap: true,
      cell: (r) => t('surveys.detail.period', { from: formatDate(r.opensOn), to: formatDate(r.closesOn) }),
    },
    { key: 'status', header: t('surveys.detail.status'), cell: (r) => <RoundStatus round={r} /> },
    {
      key: 'invited',
      header: t('surveys.detail.invited'),
      align: 'right',
      cell: (r) => (r.invited === null ? t('surveys.detail.invitedHidden') : formatNumber(r.invited)),
    },
    {
      key: 'fatigue',
      header: t('surveys.detail.fatigue'),
      align: 'right',
      cell: (r) => formatNumber(r.skippedForFatigue),
    },
    {
      key: 'actions',
      header: t('surveys.detail.results'),
      action: true,
      cell: (r) => (
        <Group gap="xs" wrap="nowrap">
          <ButtonLink
            to="/growth/surveys/results/$roundId"
            params={{ roundId: r.id }}
            size="compact-sm"
            variant="default"
            aria-label={t('surveys.detail.resultsLabel', { n: r.roundNumber })}
          >
            {t('surveys.detail.results')}
          </ButtonLink>
          {r.status === 'open' && survey.abilities.launch ? (
            <ConfirmButton
              size="compact-sm"
              variant="default"
              aria-label={t('surveys.detail.closeLabel', { n: r.roundNumber })}
              question={t('surveys.detail.closeConfirm', { n: r.roundNumber })}
              confirmLabel={t('surveys.detail.close')}
              onConfirm={() => close.mutate(r.id)}
              loading={close.isPending && close.variables === r.id}
              testId="survey-close-round"
            >
              {t('surveys.detail.close')}
            </ConfirmButton>
          ) : null}
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('surveys.detail.rounds')}
      </Title>
      {close.isError ? <ErrorAlert error={close.error} /> : null}
      <QueryView
        query={rounds}
        skeleton={<TableSkeleton rows={2} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconListNumbers />}
            title={t('surveys.detail.roundsEmptyTitle')}
            description={t('surveys.detail.roundsEmpty')}
            order={3}
          />
        }
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(r) => r.id}
            label={t('surveys.detail.rounds')}
            pagination={{ page, pageSize: SURVEY_PAGE_SIZE, total: data.total, onChange: setPage }}
            framed
            minWidth={760}
            testId="survey-rounds"
          />
        )}
      </QueryView>
    </Stack>
  );
}
