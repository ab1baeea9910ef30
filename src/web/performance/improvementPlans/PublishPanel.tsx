import { Alert, Button, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PipDetail } from '../../../contracts/improvementPlans';
import { formatDate } from '../../app/format';
import { toneAlert, toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { type PipFairnessResult, pipFairnessQuery, pipWrites, storePlan } from './api';

function Check({ passed, label, detail }: { passed: boolean; label: string; detail: string }) {
  return (
    <List.Item
      icon={
        <ThemeIcon color={toneColor[passed ? 'positive' : 'negative']} size={20} radius="xl" aria-hidden>
          {passed ? <IconCheck size={14} /> : <IconX size={14} />}
        </ThemeIcon>
      }
    >
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="sm" c="dimmed">
        {detail}
      </Text>
    </List.Item>
  );
}

function FairnessList({ result }: { result: PipFairnessResult }) {
  const { t } = useTranslation();
  const prior = result.priorFeedback;
  const since = formatDate(prior.since);
  const priorDetail = !prior.required
    ? t('improvementPlans.fairness.priorFeedbackOff')
    : prior.lastOn
      ? t('improvementPlans.fairness.priorFeedbackFound', { ...prior, lastOn: formatDate(prior.lastOn) })
      : t('improvementPlans.fairness.priorFeedbackNone', { since });
  return (
    <List spacing="sm" data-testid="pip-fairness">
      <Check
        passed={prior.passed}
        label={t('improvementPlans.fairness.priorFeedback', { since })}
        detail={priorDetail}
      />
      <Check
        passed={result.minimumDuration.passed}
        label={t('improvementPlans.fairness.duration', { minimum: result.minimumDuration.minimumDays })}
        detail={t('improvementPlans.fairness.durationFound', { days: result.minimumDuration.durationDays })}
      />
      <Check
        passed={result.expectationsShared.passed}
        label={t('improvementPlans.fairness.expectations')}
        detail={t('improvementPlans.fairness.expectationsFound', {
          count: result.expectationsShared.expectations,
        })}
      />
    </List>
  );
}

/**
 * A draft's fairness check, shown before publishing to those who edit the plan; HR publishes from
 * here once it passes (the server checks again and refuses with what is missing).
 */
export function PublishPanel({ plan }: { plan: PipDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fairness = useQuery(pipFairnessQuery(plan.id));
  const publish = useMutation({
    mutationFn: () => pipWrites.publish(plan.id, plan.version),
    onSuccess: (published) => {
      storePlan(queryClient, published);
      showToast({ tone: 'positive', message: t('improvementPlans.fairness.published') });
    },
  });
  return (
    <Paper p="md" withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('improvementPlans.fairness.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('improvementPlans.fairness.lead')}
        </Text>
        <QueryView query={fairness}>
          {(result) => (
            <Stack gap="sm">
              <Alert {...toneAlert(result.passed ? 'positive' : 'caution')}>
                {result.passed
                  ? t('improvementPlans.fairness.passed')
                  : t('improvementPlans.fairness.failed')}
              </Alert>
              <FairnessList result={result} />
              {plan.abilities.publish ? (
                <Button
                  onClick={() => publish.mutate()}
                  loading={publish.isPending}
                  disabled={!result.passed}
                  data-testid="pip-publish"
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('improvementPlans.fairness.publish')}
                </Button>
              ) : null}
            </Stack>
          )}
        </QueryView>
        {publish.error ? <ErrorAlert error={publish.error} /> : null}
      </Stack>
    </Paper>
  );
}
