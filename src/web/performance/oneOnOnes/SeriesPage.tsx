import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconMessageOff, IconShieldLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDate } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page, useDocumentTitle } from '../../components/Page';
import { PersonAvatar } from '../../components/PersonAvatar';
import { QueryView } from '../../components/QueryView';
import { seriesQuery } from './api';
import { CompleteMeetingButton } from './CompleteMeetingButton';
import { MeetingView } from './MeetingView';
import { PastMeetings } from './PastMeetings';
import { ScheduleModal } from './ScheduleModal';

const route = getRouteApi('/app/performance/one-on-ones/$seriesId');

/** `/performance/one-on-ones/$seriesId`: the upcoming meeting's agenda, notes and past meetings. */
export function SeriesPage() {
  const { t } = useTranslation();
  const { seriesId } = route.useParams();
  const series = useQuery(seriesQuery(seriesId));
  const [editing, setEditing] = useState(false);
  useDocumentTitle(
    series.data
      ? t('oneOnOnes.series.title', { name: series.data.withPerson.displayName })
      : t('oneOnOnes.title'),
  );
  const back = (
    <AnchorLink to="/performance/one-on-ones" size="sm">
      ← {t('oneOnOnes.series.back')}
    </AnchorLink>
  );

  const s = series.data;
  if (!s) {
    if (isApiError(series.error) && (series.error.status === 404 || series.error.status === 400)) {
      return (
        <Page title={t('oneOnOnes.series.notFound.title')} above={back}>
          <EmptyPanel
            testId="series-not-found"
            icon={<IconMessageOff size={28} />}
            title={t('oneOnOnes.series.notFound.heading')}
            description={t('oneOnOnes.series.notFound.description')}
            actions={<ButtonLink to="/performance/one-on-ones">{t('oneOnOnes.series.back')}</ButtonLink>}
          />
        </Page>
      );
    }
    // Until the series arrives: the way back, then the page's skeleton or the failure with a retry.
    return (
      <Stack gap="lg">
        {back}
        <QueryView
          query={series}
          skeleton={
            <Stack gap="lg" aria-busy="true">
              <Skeleton height={36} width={320} />
              <Skeleton height={220} />
              <Skeleton height={160} />
            </Stack>
          }
        >
          {() => null}
        </QueryView>
      </Stack>
    );
  }

  const other = s.withPerson;
  const current = s.currentMeeting;
  return (
    <Page
      title={t('oneOnOnes.series.title', { name: other.displayName })}
      above={back}
      leading={<PersonAvatar name={other.displayName} size={48} />}
      description={
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="light" color="indigo">
              {t(`oneOnOnes.cadence.${s.cadence}`)}
            </Badge>
            <Text span c="dimmed" size="sm">
              {other.jobTitle}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconShieldLock size={16} aria-hidden color="var(--mantine-color-gray-7)" />
            <Text size="sm" c="gray.7">
              {t('oneOnOnes.series.privacy', { name: other.displayName })}
            </Text>
          </Group>
        </Stack>
      }
      actions={
        s.abilities.update ? (
          <Button
            variant="default"
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('oneOnOnes.series.editSchedule')}
          </Button>
        ) : undefined
      }
    >
      {current ? (
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="current-meeting">
          <Stack gap="md">
            <Group justify="space-between" gap="sm">
              <Group gap="xs">
                <Title order={2} id="current-meeting">
                  {t('oneOnOnes.meeting.heading', { date: formatDate(current.scheduledOn) })}
                </Title>
                <Badge variant="dot" color={toneColor.info}>
                  {t('oneOnOnes.meeting.upcoming')}
                </Badge>
              </Group>
              {current.abilities.complete ? (
                <CompleteMeetingButton meeting={current} />
              ) : current.abilities.addItems ? (
                // A participant of an open meeting: only its day is still to come.
                <Text size="sm" c="dimmed" data-testid="meeting-complete-from">
                  {t('oneOnOnes.meeting.completeFrom', { date: formatDate(current.scheduledOn) })}
                </Text>
              ) : null}
            </Group>
            <MeetingView
              meeting={current}
              participants={s.participants}
              otherName={other.displayName}
              onReload={() => void series.refetch()}
            />
          </Stack>
        </Paper>
      ) : null}
      <PastMeetings seriesId={s.id} participants={s.participants} otherName={other.displayName} />
      {editing ? <ScheduleModal series={s} opened={editing} onClose={() => setEditing(false)} /> : null}
    </Page>
  );
}
