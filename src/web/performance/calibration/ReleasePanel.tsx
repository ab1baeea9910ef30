import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseView } from '../../../contracts/calibration';
import { formatDateTime } from '../../app/format';
import { useMe } from '../../app/session';
import { acknowledgmentTone, toneBadge } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { calibrationWrites, isNotFound, releaseQuery } from './api';

/**
 * The reviewing manager's (or HR's) side of a review after calibration: the final rating, an
 * addendum that never rewrites the locked review, and the release to the employee. Renders nothing
 * for the review's subject (they get the AcknowledgePanel).
 */
export function ReleasePanel({ reviewId }: { reviewId: string }) {
  const me = useMe();
  const view = useQuery(releaseQuery(reviewId));
  // Viewers who may read the review but not its outcome (an approver, say) simply get no panel.
  if (view.isError && isNotFound(view.error)) return null;
  return (
    <QueryView query={view} skeleton={<TableSkeleton rows={2} />}>
      {(data) => (data.subject.id === me.person?.id ? null : <ReleaseCard data={data} />)}
    </QueryView>
  );
}

function ReleaseCard({ data }: { data: ReleaseView }) {
  const { t } = useTranslation();
  const headingId = `release-${data.reviewId}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="release-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={headingId}>
            {t('calibration.release.title')}
          </Title>
          <Badge
            {...toneBadge(acknowledgmentTone[data.state as keyof typeof acknowledgmentTone] ?? 'neutral')}
          >
            {t(`calibration.reviewState.${data.state}`)}
          </Badge>
        </Group>
        {data.finalRating === null ? (
          <Text size="sm" c="dimmed">
            {t('calibration.release.waiting')}
          </Text>
        ) : (
          <Text size="sm">
            {t('calibration.release.finalRating')}:{' '}
            <Text span fw={700} data-testid="release-final-rating">
              {data.finalRating} · {data.finalRatingLabel}
            </Text>
          </Text>
        )}
        <AddendumEditor view={data} />
        {data.releasedAt ? (
          <Text size="sm">
            {t('calibration.release.released', { date: formatDateTime(data.releasedAt) })}
          </Text>
        ) : null}
        {data.acknowledgedAt ? (
          <Text size="sm">
            {t('calibration.release.acknowledged', { date: formatDateTime(data.acknowledgedAt) })}
          </Text>
        ) : null}
        {data.acknowledgmentComment ? (
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('calibration.release.employeeComment', { name: data.subject.displayName })}
            </Text>
            <Text size="sm">{data.acknowledgmentComment}</Text>
          </Stack>
        ) : null}
        {data.abilities.release ? <ReleaseButton view={data} /> : null}
      </Stack>
    </Paper>
  );
}

function AddendumEditor({ view }: { view: ReleaseView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(view.addendum ?? '');
  useEffect(() => setText(view.addendum ?? ''), [view.addendum]);
  const save = useMutation({
    mutationFn: () => calibrationWrites.addendum(view.reviewId, { addendum: text, version: view.version }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['reviews'] });
      showToast({ tone: 'positive', message: t('calibration.release.addendumSaved') });
    },
  });
  if (!view.abilities.writeAddendum) {
    if (!view.addendum) return null;
    return (
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {t('calibration.release.addendum')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {view.addendum}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={t('calibration.release.addendum')}
        description={t('calibration.release.addendumHint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={8000}
        data-testid="review-addendum"
      />
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      <Button
        variant="light"
        size="xs"
        onClick={() => save.mutate()}
        loading={save.isPending}
        disabled={text.trim() === (view.addendum ?? '')}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('calibration.release.saveAddendum')}
      </Button>
    </Stack>
  );
}

function ReleaseButton({ view }: { view: ReleaseView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const release = useMutation({
    mutationFn: () => calibrationWrites.release(view.reviewId),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['reviews'] });
    },
  });
  return (
    <>
      <Button
        leftSection={<IconSend size={16} aria-hidden />}
        onClick={() => setConfirming(true)}
        data-testid="review-release"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('calibration.release.release', { name: view.subject.displayName })}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('calibration.release.title')}>
        <Stack gap="md">
          <Text size="sm">{t('calibration.release.confirm', { name: view.subject.displayName })}</Text>
          {release.isError ? <ErrorAlert error={release.error} /> : null}
          <Group justify="flex-end">
            <Button
              onClick={() => release.mutate()}
              loading={release.isPending}
              data-testid="review-release-confirm"
            >
              {t('calibration.release.release', { name: view.subject.displayName })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
