import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../contracts/oneOnOnes';
import { formatDate } from '../../app/format';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { meetingWrites } from './api';
import { useMeetingWrite } from './useMeetingWrite';

/** Completes the meeting after a confirmation that says what carries over. */
export function CompleteMeetingButton({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const complete = useMeetingWrite(
    () => meetingWrites.complete(meeting.id, meeting.version),
    (next) => {
      setOpened(false);
      showToast({
        tone: 'positive',
        message: t('oneOnOnes.meeting.completedToast', { date: formatDate(next.scheduledOn) }),
      });
    },
  );
  return (
    <>
      <Button
        variant="light"
        color={toneColor.positive}
        leftSection={<IconCircleCheck size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('oneOnOnes.meeting.complete')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('oneOnOnes.meeting.completeTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('oneOnOnes.meeting.completeExplain')}</Text>
          {complete.isError ? <ErrorAlert error={complete.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('actions.cancel')}
            </Button>
            <Button
              color={toneColor.positive}
              onClick={() => complete.mutate(undefined)}
              loading={complete.isPending}
            >
              {t('oneOnOnes.meeting.completeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
