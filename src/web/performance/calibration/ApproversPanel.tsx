import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SessionDetail, signOffRequest } from '../../../contracts/calibration';
import { isApiError } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { toneAlert, toneText } from '../../app/statusColors';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { calibrationKeys, calibrationWrites } from './api';

/** Who must sign off, who has, and — for an approver who has not — the sign-off itself. */
export function ApproversPanel({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
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
                <Text size="xs" c={toneText('positive')} fw={600} ta="right">
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
      <SignOffModal session={session} opened={confirming} onClose={() => setConfirming(false)} />
    </Paper>
  );
}

/**
 * The sign-off: an optional comment and, while reviews of the population are missing from the
 * session, an explicit acknowledgment (the server refuses the sign-off without it, unless the
 * organisation allows incomplete sign-offs).
 */
function SignOffModal({
  session,
  opened,
  onClose,
}: {
  session: SessionDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const missing = Math.max(0, session.populationCount - session.reviewCount);
  const mustAcknowledge = missing > 0 && !session.incompleteSignOffAllowed;
  const form = useContractForm({
    schema: signOffRequest,
    initialValues: { comment: '', acknowledgeIncomplete: false },
    toRequest: (values) => ({
      version: session.version,
      comment: values.comment.trim() || undefined,
      ...(missing > 0 ? { acknowledgeIncomplete: values.acknowledgeIncomplete } : {}),
    }),
    validate: (values) =>
      mustAcknowledge && !values.acknowledgeIncomplete
        ? { acknowledgeIncomplete: t('calibration.approvers.acknowledgeRequired') }
        : {},
    submit: (body) => calibrationWrites.signOff(session.id, body),
    onSuccess: async (updated) => {
      await queryClient.invalidateQueries({ queryKey: calibrationKeys.all });
      showToast({
        tone: 'positive',
        message:
          updated.state === 'locked'
            ? t('calibration.approvers.lockedDone')
            : t('calibration.approvers.done'),
      });
      onClose();
    },
    onError: (error) => {
      // The grid or the population changed under the approver: show them the session as it is now.
      if (isApiError(error, 'version_conflict') || isApiError(error, 'calibration_incomplete'))
        void queryClient.invalidateQueries({ queryKey: calibrationKeys.session(session.id) });
    },
    opened,
  });
  const failure = form.lastError;
  const banner = isApiError(failure, 'guideline_not_met') ? (
    <Alert {...toneAlert('negative')} role="alert">
      {t('calibration.approvers.guidelineNotMet')}
    </Alert>
  ) : isApiError(failure, 'version_conflict') ? (
    <Alert {...toneAlert('negative')} role="alert">
      {t('calibration.approvers.stale')}
    </Alert>
  ) : isApiError(failure, 'calibration_incomplete') ? (
    <Alert {...toneAlert('negative')} role="alert">
      {t('calibration.approvers.incompleteRefused')}
    </Alert>
  ) : undefined;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('calibration.approvers.confirmTitle')}
      form={form}
      banner={banner}
      submitLabel={t('calibration.approvers.confirm')}
      submitProps={{ 'data-testid': 'calibration-signoff-confirm' }}
      testId="calibration-signoff-form"
    >
      {missing > 0 ? (
        <Alert
          {...toneAlert('caution')}
          icon={<IconAlertTriangle aria-hidden />}
          title={t('calibration.approvers.incompleteTitle', {
            inSession: session.reviewCount,
            total: session.populationCount,
          })}
          data-testid="calibration-signoff-incomplete"
        >
          <Stack gap="xs">
            <Text size="sm">{t('calibration.approvers.incompleteText', { count: missing })}</Text>
            {session.incompleteSignOffAllowed ? (
              <Text size="sm">{t('calibration.approvers.incompleteAllowed')}</Text>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      <Text size="sm">{t('calibration.approvers.confirmText')}</Text>
      <Textarea
        label={t('calibration.approvers.comment')}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.form.getInputProps('comment')}
      />
      {mustAcknowledge ? (
        <Checkbox
          label={t('calibration.approvers.acknowledge', { count: missing })}
          data-testid="calibration-signoff-acknowledge"
          {...form.form.getInputProps('acknowledgeIncomplete', { type: 'checkbox' })}
          // Marked invalid on the input itself, so a refused send puts the focus here.
          aria-invalid={Boolean(form.form.errors.acknowledgeIncomplete)}
        />
      ) : null}
    </FormModal>
  );
}
