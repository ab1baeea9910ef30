import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, ParticipantRef } from '../../../contracts/oneOnOnes';
import { toneBadge } from '../../app/statusColors';
import { ActionItems } from './ActionItems';
import { AgendaSection } from './AgendaSection';
import { meetingWrites } from './api';
import { NotesEditor } from './NotesEditor';

interface MeetingViewProps {
  meeting: MeetingDetail;
  participants: ParticipantRef[];
  otherName: string;
  onReload: () => void;
}

/** One meeting: the two-part agenda, action items, shared notes and the caller's private notes. */
export function MeetingView({ meeting, participants, otherName, onReload }: MeetingViewProps) {
  const { t } = useTranslation();
  const agendaId = `agenda-${meeting.id}`;
  return (
    <Stack gap="lg">
      {meeting.status === 'completed' ? (
        <Text size="sm" c="dimmed">
          {t('oneOnOnes.meeting.readOnly')}
        </Text>
      ) : null}
      <Stack gap="sm" component="section" aria-labelledby={agendaId}>
        <Title order={3} id={agendaId}>
          {t('oneOnOnes.agenda.heading')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <AgendaSection meeting={meeting} section="now" />
          <AgendaSection meeting={meeting} section="next" />
        </SimpleGrid>
      </Stack>
      <ActionItems meeting={meeting} participants={participants} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs" component="section" aria-labelledby={`shared-${meeting.id}`}>
          <Title order={3} id={`shared-${meeting.id}`}>
            {t('oneOnOnes.sharedNotes.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('oneOnOnes.sharedNotes.hint')}
          </Text>
          {meeting.abilities.editSharedNotes ? (
            <NotesEditor
              label={t('oneOnOnes.sharedNotes.label')}
              saveLabel={t('oneOnOnes.sharedNotes.save')}
              savedMessage={t('oneOnOnes.sharedNotes.saved')}
              text={meeting.sharedNotes}
              version={meeting.version}
              save={(input) => meetingWrites.saveSharedNotes(meeting.id, input)}
              onReload={onReload}
              testId="shared-notes"
            />
          ) : (
            <Paper withBorder p="sm">
              <Text
                size="sm"
                style={{ whiteSpace: 'pre-wrap' }}
                c={meeting.sharedNotes ? undefined : 'dimmed'}
              >
                {meeting.sharedNotes || t('oneOnOnes.sharedNotes.empty')}
              </Text>
            </Paper>
          )}
        </Stack>
        {meeting.abilities.writePrivateNote ? (
          <Paper
            component="section"
            aria-labelledby={`private-${meeting.id}`}
            p="md"
            // Set apart from the shared notes by its own surface, in no tone: private is not a status.
            bg="gray.0"
            withBorder
            style={{ borderColor: 'var(--mantine-color-gray-4)' }}
            data-testid="private-note-panel"
          >
            <Stack gap="xs">
              <Group gap="xs" justify="space-between">
                <Title order={3} id={`private-${meeting.id}`}>
                  {t('oneOnOnes.privateNote.heading')}
                </Title>
                <Badge {...toneBadge('neutral')} leftSection={<IconLock size={12} aria-hidden />}>
                  {t('oneOnOnes.privateNote.badge')}
                </Badge>
              </Group>
              <Text size="sm" c="gray.8">
                {t('oneOnOnes.privateNote.hint', { name: otherName })}
              </Text>
              <NotesEditor
                label={t('oneOnOnes.privateNote.label')}
                saveLabel={t('oneOnOnes.privateNote.save')}
                savedMessage={t('oneOnOnes.privateNote.saved')}
                text={meeting.privateNote?.body ?? ''}
                version={meeting.privateNote?.version ?? 0}
                save={(input) => meetingWrites.savePrivateNote(meeting.id, input)}
                onReload={onReload}
                testId="private-note"
              />
            </Stack>
          </Paper>
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}
