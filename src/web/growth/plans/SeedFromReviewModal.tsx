import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReviewSeed, seedPlanRequest } from '../../../contracts/plans';
import { formatDate } from '../../app/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { QueryView } from '../../components/QueryView';
import { planApi, reviewSeedQuery, reviewSeedsQuery, storePlan } from './api';

/**
 * Seeds a draft plan from the employee's own released review (SPEC S1.1: performance may inform
 * development, visibly). The server sends the manager's written strengths and growth areas only —
 * never ratings — and the employee chooses which become goals and how they are worded.
 */
export function SeedFromReviewModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const reviews = useQuery({ ...reviewSeedsQuery, enabled: opened });
  const [reviewId, setReviewId] = useState<string | null>(null);
  useEffect(() => {
    if (!reviewId && reviews.data?.items[0]) setReviewId(reviews.data.items[0].reviewId);
  }, [reviews.data, reviewId]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('plans.seed.title')} size="lg">
      <Stack>
        <Text size="sm">{t('plans.seed.lead')}</Text>
        <QueryView
          query={reviews}
          skeleton={<Loader size="sm" aria-label={t('plans.seed.loading')} />}
          empty={<Alert color="gray">{t('plans.seed.noReviews')}</Alert>}
        >
          {(data) => (
            <>
              <Select
                label={t('plans.seed.review')}
                value={reviewId}
                onChange={setReviewId}
                allowDeselect={false}
                data={data.items.map((review) => ({
                  value: review.reviewId,
                  label: review.releasedAt
                    ? `${review.cycleName} (${formatDate(review.releasedAt.slice(0, 10))})`
                    : review.cycleName,
                }))}
              />
              {reviewId ? <SeedForm key={reviewId} reviewId={reviewId} onDone={onClose} /> : null}
            </>
          )}
        </QueryView>
      </Stack>
    </Modal>
  );
}

function SeedForm({ reviewId, onDone }: { reviewId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const seed = useQuery(reviewSeedQuery(reviewId));
  return (
    <QueryView
      query={seed}
      skeleton={<Loader size="sm" aria-label={t('plans.seed.loading')} />}
      isEmpty={(data) => data.highlights.length === 0}
      empty={<Alert color="gray">{t('plans.seed.noHighlights')}</Alert>}
    >
      {(data) => <SeedChoices seed={data} onDone={onDone} />}
    </QueryView>
  );
}

/** Which written points become goals, and in whose words: the employee's. */
function SeedChoices({ seed, onDone }: { seed: ReviewSeed; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useContractForm({
    schema: seedPlanRequest,
    initialValues: {
      reviewId: seed.reviewId,
      title: t('plans.seed.defaultTitle', { cycle: seed.cycleName }),
      goals: [] as { highlightId: string; title: string }[],
    },
    validate: (values) => (values.goals.length === 0 ? { goals: t('plans.seed.chooseOne') } : {}),
    overrideContractMessages: true,
    submit: (body) => planApi.seed(body),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
      onDone();
      void navigate({ to: '/growth/plans/$planId', params: { planId: plan.id } });
    },
  });
  const goals = form.form.getValues().goals;
  const choiceError = form.form.errors.goals;
  return (
    <form onSubmit={form.onSubmit} ref={form.formRef} noValidate>
      <Stack>
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
        {choiceError ? (
          <Alert color="red" role="alert">
            {choiceError}
          </Alert>
        ) : null}
        {form.error ? <ErrorAlert error={form.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={form.pending}>
            {t('plans.seed.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
