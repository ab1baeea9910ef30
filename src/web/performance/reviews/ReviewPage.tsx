import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReviewDetail, ReviewFormDto } from '../../../contracts/reviews';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { AcknowledgePanel } from '../calibration/AcknowledgePanel';
import { releaseQuery } from '../calibration/api';
import { ReleasePanel } from '../calibration/ReleasePanel';
import { reviewKeys, reviewQuery } from './api';
import { FormEditor } from './FormEditor';
import { FormReadOnly } from './FormReadOnly';
import { ReassignButton, ReopenButton } from './HrReviewActions';
import { PeerRequestPanel } from './PeerRequestPanel';
import { DeadlineBanner, ReviewStateBadge } from './ReviewBits';

export function ReviewPage() {
  const { t } = useTranslation();
  const { reviewId } = useParams({ from: '/app/performance/reviews/$reviewId' });
  const review = useQuery(reviewQuery(reviewId));
  const title = review.data
    ? `${review.data.subject.displayName} · ${review.data.cycle.name}`
    : t('reviews.title');
  return (
    <Page
      title={title}
      above={
        <AnchorLink to="/performance/reviews" size="sm">
          {t('reviews.review.back')}
        </AnchorLink>
      }
      actions={review.data ? <ReviewStateBadge state={review.data.state} /> : null}
    >
      <QueryView query={review} skeleton={<TableSkeleton rows={5} />}>
        {(data) => <ReviewBody review={data} />}
      </QueryView>
    </Page>
  );
}

function ReviewBody({ review }: { review: ReviewDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: reviewKeys.detail(review.id) });
  const replace = (next: ReviewDetail) => queryClient.setQueryData(reviewKeys.detail(review.id), next);
  const scale = review.cycle.ratingScale;
  const mine = (form: ReviewFormDto) => form.author?.id === me.person?.id;
  const { abilities, cycle } = review;
  // The release and acknowledgment panels show the outcome to those who may read it there; others
  // who see the final rating (approvers) get it in the panel below instead.
  const outcome = useQuery(releaseQuery(review.id));
  const deadline = abilities.editSelf
    ? { what: t('reviews.form.self'), due: cycle.selfReviewDue }
    : abilities.editManager
      ? { what: t('reviews.form.manager'), due: cycle.managerReviewDue }
      : abilities.acknowledge
        ? { what: t('reviews.tasks.acknowledge'), due: cycle.acknowledgeDue }
        : null;

  const formTitle = (form: ReviewFormDto) =>
    form.kind === 'peer'
      ? mine(form)
        ? t('reviews.form.peerMine')
        : t('reviews.form.peer', { name: form.author?.displayName ?? '' })
      : t(`reviews.form.${form.kind}`);
  const hiddenReason = (form: ReviewFormDto) =>
    form.kind === 'self' && abilities.editManager && form.state === 'submitted'
      ? t('reviews.form.hiddenUntilYours')
      : undefined;

  return (
    <Stack gap="lg">
      <Group gap="lg">
        <Text size="sm" c="dimmed">
          {t('reviews.review.period', {
            from: formatDate(cycle.periodStart),
            to: formatDate(cycle.periodEnd),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {review.reviewer
            ? t('reviews.review.reviewer', { name: review.reviewer.displayName })
            : t('reviews.review.noReviewer')}
        </Text>
        {abilities.reassign ? <ReassignButton review={review} onDone={replace} /> : null}
      </Group>
      {deadline ? <DeadlineBanner what={deadline.what} due={deadline.due} /> : null}
      {/* Each renders only for the viewer it concerns: release for the reviewer or HR, acknowledgment for the subject. */}
      <ReleasePanel reviewId={review.id} />
      <AcknowledgePanel reviewId={review.id} />
      {review.finalRating != null && outcome.isError ? (
        <Paper withBorder p="md" data-testid="review-final-rating">
          <Title order={2} size="h4">
            {t('reviews.review.finalRating')}
          </Title>
          <Text size="lg" fw={700}>
            {review.finalRating} · {scale.labels[review.finalRating - 1]}
          </Text>
          {review.addendum ? (
            <Stack gap={2} mt="sm">
              <Text fw={600}>{t('reviews.review.addendum')}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{review.addendum}</Text>
            </Stack>
          ) : null}
          {review.acknowledgedAt ? (
            <Text size="sm" c="dimmed" mt="sm">
              {t('reviews.review.acknowledgment', { date: formatDate(review.acknowledgedAt) })}
            </Text>
          ) : null}
        </Paper>
      ) : null}
      {review.forms.map((form) =>
        mine(form) && form.abilities.edit ? (
          <FormEditor
            key={`${form.id}:${form.state}`}
            form={form}
            title={formTitle(form)}
            scale={scale}
            goals={review.goals}
            onSubmitted={refresh}
          />
        ) : (
          <FormReadOnly
            key={form.id}
            form={form}
            title={formTitle(form)}
            scale={scale}
            goals={review.goals}
            hiddenReason={hiddenReason(form)}
            actions={form.abilities.reopen ? <ReopenButton formId={form.id} onDone={replace} /> : null}
          />
        ),
      )}
      {abilities.requestPeerInput ? <PeerRequestPanel review={review} onDone={replace} /> : null}
    </Stack>
  );
}
