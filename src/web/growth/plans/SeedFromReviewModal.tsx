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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { ErrorAlert } from '../../components/ErrorAlert';
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
        {reviews.isPending ? (
          <Loader size="sm" aria-label={t('plans.seed.loading')} />
        ) : reviews.isError ? (
          <ErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} />
        ) : reviews.data.items.length === 0 ? (
          <Alert color="gray">{t('plans.seed.noReviews')}</Alert>
        ) : (
          <>
            <Select
              label={t('plans.seed.review')}
              value={reviewId}
              onChange={setReviewId}
              allowDeselect={false}
              data={reviews.data.items.map((review) => ({
                value: review.reviewId,
                label: review.releasedAt
                  ? `${review.cycleName} (${formatDate(review.releasedAt.slice(0, 10))})`
                  : review.cycleName,
              }))}
            />
            {reviewId ? <SeedForm key={reviewId} reviewId={reviewId} onDone={onClose} /> : null}
          </>
        )}
      </Stack>
    </Modal>
  );
}

function SeedForm({ reviewId, onDone }: { reviewId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const seed = useQuery(reviewSeedQuery(reviewId));
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (seed.data && title === '') setTitle(t('plans.seed.defaultTitle', { cycle: seed.data.cycleName }));
  }, [seed.data, title, t]);
  const create = useMutation({
    mutationFn: () =>
      planApi.seed({
        reviewId,
        title,
        goals: Object.entries(chosen).map(([highlightId, goalTitle]) => ({ highlightId, title: goalTitle })),
      }),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
      onDone();
      void navigate({ to: '/growth/plans/$planId', params: { planId: plan.id } });
    },
  });
  if (seed.isPending) return <Loader size="sm" aria-label={t('plans.seed.loading')} />;
  if (seed.isError) return <ErrorAlert error={seed.error} />;
  if (seed.data.highlights.length === 0) return <Alert color="gray">{t('plans.seed.noHighlights')}</Alert>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (Object.keys(chosen).length === 0) {
          setError(t('plans.seed.chooseOne'));
          return;
        }
        setError(null);
        create.mutate();
      }}
    >
      <Stack>
        <TextInput
          label={t('plans.seed.planTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          required
          maxLength={200}
        />
        {seed.data.highlights.map((highlight) => {
          const selected = highlight.id in chosen;
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
                  checked={selected}
                  onChange={(event) => {
                    const next = { ...chosen };
                    if (event.currentTarget.checked)
                      next[highlight.id] = highlight.text.split('\n')[0]!.slice(0, 300);
                    else delete next[highlight.id];
                    setChosen(next);
                  }}
                />
                {selected ? (
                  <TextInput
                    label={t('plans.seed.goalTitle')}
                    value={chosen[highlight.id]}
                    onChange={(event) => setChosen({ ...chosen, [highlight.id]: event.currentTarget.value })}
                    required
                    maxLength={300}
                  />
                ) : null}
              </Stack>
            </Paper>
          );
        })}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        {create.isError ? <ErrorAlert error={create.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('plans.seed.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
