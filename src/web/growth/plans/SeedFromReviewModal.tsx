import { Alert, Checkbox, Loader, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ReviewSeed,
  type ReviewSeedSource,
  type SeedPlanRequest,
  seedPlanRequest,
} from '../../../contracts/plans';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { type ContractForm, useContractForm } from '../../components/forms/useContractForm';
import { QueryView } from '../../components/QueryView';
import { planApi, reviewSeedQuery, reviewSeedsQuery, storePlan } from './api';

/** No review chosen yet: the newest one is picked as soon as the list is here. */
const noReview: SeedPlanRequest = { reviewId: '', title: '', goals: [] };

/** A review starts a fresh choice: its own default title and none of its points picked yet. */
function startFrom(review: ReviewSeedSource, t: TFunction): SeedPlanRequest {
  return {
    reviewId: review.reviewId,
    title: t('plans.seed.defaultTitle', { cycle: review.cycleName }),
    goals: [],
  };
}

/**
 * Seeds a draft plan from the employee's own released review (SPEC S1.1: performance may inform
 * development, visibly). The server sends the manager's written strengths and growth areas only —
 * never ratings — and the employee chooses which become goals and how they are worded.
 */
export function SeedFromReviewModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const reviews = useQuery({ ...reviewSeedsQuery, enabled: opened });
  const form = useContractForm({
    schema: seedPlanRequest,
    initialValues: noReview,
    validate: (values) => (values.goals.length === 0 ? { goals: t('plans.seed.chooseOne') } : {}),
    overrideContractMessages: true,
    submit: (body) => planApi.seed(body),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
      onClose();
      void navigate({ to: '/growth/plans/$planId', params: { planId: plan.id } });
    },
    opened,
  });
  const { reviewId } = form.form.getValues();
  const seed = useQuery({ ...reviewSeedQuery(reviewId), enabled: opened && reviewId !== '' });

  const { setValues } = form.form;
  const newest = reviews.data?.items[0];
  useEffect(() => {
    // Each opening clears the form, so the newest review is picked again then.
    if (reviewId === '' && newest) setValues(startFrom(newest, t));
  }, [reviewId, newest, setValues, t]);

  // The "choose a point" message follows the ticks (it goes as soon as one is chosen), so it stands
  // in for the standard banner, whose copy of it would stay until the next save.
  const choiceError = form.form.errors.goals;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('plans.seed.title')}
      size="lg"
      form={form}
      cancelLabel={t('plans.detail.cancel')}
      submitLabel={t('plans.seed.submit')}
      // Nothing to send until the chosen review's points are on screen.
      submitProps={{ disabled: (seed.data?.highlights.length ?? 0) === 0 }}
      banner={
        choiceError ? (
          <Alert {...toneAlert('negative')} role="alert">
            {choiceError}
          </Alert>
        ) : form.error ? (
          <ErrorAlert error={form.error} />
        ) : null
      }
    >
      <Text size="sm">{t('plans.seed.lead')}</Text>
      <QueryView
        query={reviews}
        skeleton={<Loader size="sm" aria-label={t('plans.seed.loading')} />}
        empty={<Alert {...toneAlert('neutral')}>{t('plans.seed.noReviews')}</Alert>}
      >
        {(data) => (
          <>
            <Select
              label={t('plans.seed.review')}
              value={reviewId || null}
              onChange={(id) => {
                const review = data.items.find((item) => item.reviewId === id);
                if (review) setValues(startFrom(review, t));
              }}
              allowDeselect={false}
              error={form.form.errors.reviewId}
              data={data.items.map((review) => ({
                value: review.reviewId,
                label: review.releasedAt
                  ? `${review.cycleName} (${formatDate(review.releasedAt.slice(0, 10))})`
                  : review.cycleName,
              }))}
            />
            {reviewId ? (
              <QueryView
                query={seed}
                skeleton={<Loader size="sm" aria-label={t('plans.seed.loading')} />}
                isEmpty={(points) => points.highlights.length === 0}
                empty={<Alert {...toneAlert('neutral')}>{t('plans.seed.noHighlights')}</Alert>}
              >
                {(points) => <SeedChoices seed={points} form={form} />}
              </QueryView>
            ) : null}
          </>
        )}
      </QueryView>
    </FormModal>
  );
}

/** Which written points become goals, and in whose words: the employee's. */
function SeedChoices({ seed, form }: { seed: ReviewSeed; form: ContractForm<SeedPlanRequest> }) {
  const { t } = useTranslation();
  const { goals } = form.form.getValues();
  return (
    <>
      <TextInput
        label={t('plans.seed.planTitle')}
        required
        maxLength={200}
        {...form.form.getInputProps('title')}
      />
      {seed.highlights.map((highlight) => {
        const index = goals.findIndex((goal) => goal.highlightId === highlight.id);
        return (
          <Paper key={highlight.id} withBorder p="sm">
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {highlight.prompt}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {highlight.text}
              </Text>
              <Checkbox
                label={t('plans.seed.use')}
                checked={index >= 0}
                onChange={(event) => {
                  if (event.currentTarget.checked) {
                    form.form.insertListItem('goals', {
                      highlightId: highlight.id,
                      title: (highlight.text.split('\n')[0] ?? '').slice(0, 300),
                    });
                    form.form.clearFieldError('goals');
                  } else form.form.removeListItem('goals', index);
                }}
              />
              {index >= 0 ? (
                <TextInput
                  label={t('plans.seed.goalTitle')}
                  required
                  maxLength={300}
                  {...form.form.getInputProps(`goals.${index}.title`)}
                />
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </>
  );
}
