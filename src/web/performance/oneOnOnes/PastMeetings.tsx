import { Accordion, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRef } from '../../../contracts/oneOnOnes';
import { formatDate } from '../../app/format';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { MEETINGS_PAGE_SIZE, meetingQuery, pastMeetingsQuery } from './api';
import { MeetingView } from './MeetingView';

/** Completed meetings, newest first; each opens in place (loaded when opened). */
export function PastMeetings({
  seriesId,
  participants,
  otherName,
}: {
  seriesId: string;
  participants: ParticipantRef[];
  otherName: string;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const meetings = useQuery(pastMeetingsQuery(seriesId, page));
  return (
    <Stack gap="sm" component="section" aria-labelledby="past-meetings">
      <Title order={2} id="past-meetings">
        {t('oneOnOnes.past.heading')}
      </Title>
      <QueryView
        query={meetings}
        skeleton={<TableSkeleton rows={3} />}
        empty={
          <Text c="dimmed" size="sm" data-testid="past-meetings-empty">
            {t('oneOnOnes.past.empty')}
          </Text>
        }
      >
        {(data) => (
          <>
            <Accordion variant="separated" value={open} onChange={setOpen} data-testid="past-meetings">
              {data.items.map((meeting) => (
                <Accordion.Item key={meeting.id} value={meeting.id}>
                  <Accordion.Control>
                    <Stack gap={0}>
                      <Text fw={600}>
                        {t('oneOnOnes.meeting.heading', { date: formatDate(meeting.scheduledOn) })}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t('oneOnOnes.past.topics', { count: meeting.agendaItems })} ·{' '}
                        {t('oneOnOnes.past.actions', { count: meeting.actionItems })}
                      </Text>
                    </Stack>
                  </Accordion.Control>
                  <Accordion.Panel>
                    {open === meeting.id ? (
                      <PastMeeting meetingId={meeting.id} participants={participants} otherName={otherName} />
                    ) : null}
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
            <Pager page={page} pageSize={MEETINGS_PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryView>
    </Stack>
  );
}

function PastMeeting({
  meetingId,
  participants,
  otherName,
}: {
  meetingId: string;
  participants: ParticipantRef[];
  otherName: string;
}) {
  const meeting = useQuery(meetingQuery(meetingId));
  return (
    <QueryView query={meeting} skeleton={<Skeleton height={160} />}>
      {(data) => (
        <MeetingView
          meeting={data}
          participants={participants}
          otherName={otherName}
          onReload={() => void meeting.refetch()}
        />
      )}
    </QueryView>
  );
}
