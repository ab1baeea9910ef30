import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../contracts/calibration';
import { isApiError } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { calibrationKeys, calibrationWrites } from './api';

/** Who must sign off, who has, and — for an approver who has not — the sign-off itself. */
export function ApproversPanel({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [comment, setComment] = useState('');
  const signOff = useMutation({
    mutationFn: () =>
      calibrationWrites.signOff(session.id, {
        version: session.version,
        comment: comment.trim() || undefined,
      }),
    onSuccess: async (updated) => {
      await queryClient.invalidateQueries({ queryKey: calibrationKeys.all });
      notifications.show({
        color: 'green',
        message:
          updated.state === 'locked'
            ? t('calibration.approvers.lockedDone')
            : t('calibration.approvers.done'),
      });
      setConfirming(false);
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: calibrationKeys.session(session.id) });
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calibration-approvers">
      <Stack gap="sm">
        <Title order={2} size="h4" id="calibration-approvers">
          {t('calibration.approvers.title')}
        </Title>
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {session.approvers.map((approver) => (
            <Group component="li" key={approver.id} justify="space-between" gap="xs" wrap="nowrap">
              <Stack gap={0} miw={0}>
                <Text size="sm" fw={500}>
                  {approver.displayName}
                </Text>
                {approver.comment ? (
                  <Text size="xs" c="dimmed">
                    “{approver.comment}”
                  </Text>
                ) : null}
              </Stack>
              {approver.signedOffAt ? (
                <Text size="xs" c="green.9" fw={600} ta="right">
                  <IconCircleCheck
                    size={14}
                    aria-hidden
                    style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
                  />
                  {t('calibration.approvers.signed', { date: formatDateTime(approver.signedOffAt) })}
                </Text>
              ) : (
                <Text size="xs" c="dimmed" ta="right">
                  <IconClock size={14} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 4 }} />
                  {t('calibration.approvers.pending')}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
        {session.abilities.signOff ? (
          <Button
            onClick={() => setConfirming(true)}
            data-testid="calibration-signoff"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('calibration.approvers.signOff')}
          </Button>
        ) : null}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('calibration.approvers.confirmTitle')}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            signOff.mutate();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('calibration.approvers.confirmText')}</Text>
            <Textarea
              label={t('calibration.approvers.comment')}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
            {isApiError(signOff.error, 'guideline_not_met') ? (
              <Alert color="orange" variant="light" role="alert">
                {t('calibration.approvers.guidelineNotMet')}
              </Alert>
            ) : isApiError(signOff.error, 'version_conflict') ? (
              <Alert color="orange" variant="light" role="alert">
                {t('calibration.approvers.stale')}
              </Alert>
            ) : signOff.isError ? (
              <ErrorAlert error={signOff.error} />
            ) : null}
            <Group justify="flex-end">
              <Button type="submit" loading={signOff.isPending} data-testid="calibration-signoff-confirm">
                {t('calibration.approvers.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
