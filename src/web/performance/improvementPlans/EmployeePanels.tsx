import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  acknowledgePipRequest,
  type PipDetail,
  pipResponseRequest,
} from '../../../contracts/improvementPlans';
import { formatDateTime } from '../../app/format';
import { FormErrorBanner } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { pipKeys, pipResponsesQuery, pipWrites, storePlan } from './api';

/**
 * The employee acknowledges the plan as it stands, and may say in their own words what they think of
 * it: acknowledging is not agreeing. The response cannot be changed afterwards by anyone.
 */
export function AcknowledgePanel({ plan }: { plan: PipDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: acknowledgePipRequest,
    initialValues: { response: '' },
    toRequest: (values) => ({ version: plan.version, response: values.response }),
    submit: (body) => pipWrites.acknowledge(plan.id, body),
    onSuccess: (acknowledged) => {
      storePlan(queryClient, acknowledged);
      showToast({ tone: 'positive', message: t('improvementPlans.acknowledge.done') });
    },
  });
  return (
    <Paper p="md" withBorder data-testid="pip-acknowledge">
      <form onSubmit={form.onSubmit} ref={form.formRef} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('improvementPlans.acknowledge.title')}
          </Title>
          <Text size="sm">{t('improvementPlans.acknowledge.lead')}</Text>
          <Textarea
            label={t('improvementPlans.acknowledge.response')}
            autosize
            minRows={3}
            {...form.form.getInputProps('response')}
            data-testid="pip-acknowledge-response"
          />
          <FormErrorBanner form={form} />
          <Group>
            <Button type="submit" loading={form.pending} data-testid="pip-acknowledge-submit">
              {t('improvementPlans.acknowledge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A further response by the employee, added beside the earlier ones. */
function AddResponse({ plan }: { plan: PipDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: pipResponseRequest,
    initialValues: { body: '' },
    submit: (body) => pipWrites.respond(plan.id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: pipKeys.responses(plan.id) });
      showToast({ tone: 'positive', message: t('improvementPlans.responses.added') });
    },
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={form.onSubmit} ref={form.formRef} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('improvementPlans.responses.add')}
          autosize
          minRows={2}
          {...form.form.getInputProps('body')}
          data-testid="pip-response-body"
        />
        <FormErrorBanner form={form} />
        <Group>
          <Button type="submit" variant="light" loading={form.pending} data-testid="pip-response-submit">
            {t('improvementPlans.responses.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The employee's responses, newest first; the employee adds more here (once the plan is theirs). */
export function ResponsesPanel({ plan }: { plan: PipDetail }) {
  const { t } = useTranslation();
  const responses = useInfiniteQuery(pipResponsesQuery(plan.id));
  return (
    <Paper p="md" withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('improvementPlans.responses.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('improvementPlans.responses.lead')}
        </Text>
        <QueryView
          query={responses}
          isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
          empty={
            <Text size="sm" c="dimmed">
              {t('improvementPlans.responses.empty')}
            </Text>
          }
          loadMore
        >
          {(data) => (
            <Stack gap="sm" data-testid="pip-responses">
              {data.pages
                .flatMap((page) => page.items)
                .map((response) => (
                  <Stack key={response.id} gap={2}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(response.createdAt)}
                      {response.withRevision
                        ? ` · ${t('improvementPlans.responses.withRevision', { number: response.withRevision })}`
                        : ''}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {response.body}
                    </Text>
                  </Stack>
                ))}
            </Stack>
          )}
        </QueryView>
        {/* While an acknowledgement is due, its form takes the response: one place to write, not two. */}
        {plan.abilities.respond && !plan.abilities.acknowledge ? <AddResponse plan={plan} /> : null}
      </Stack>
    </Paper>
  );
}
