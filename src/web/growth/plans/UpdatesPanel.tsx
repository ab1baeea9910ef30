import { Button, Paper, Select, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type AddUpdateRequest, addUpdateRequest, type PlanDetail } from '../../../contracts/plans';
import { formatDate } from '../../app/format';
import { FormErrorBanner } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { planApi } from './api';
import { usePlanMutation } from './usePlanMutation';

/** Dated progress notes, newest first, and (for the owner) a form to add one. */
export function UpdatesPanel({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const add = useContractForm({
    schema: addUpdateRequest,
    initialValues: { note: '', goalId: null as string | null },
    mutation: usePlanMutation(plan.id, (body: AddUpdateRequest) => planApi.addUpdate(plan.id, body)),
    resetOnSuccess: true,
  });
  const goalTitle = new Map(plan.goals.map((goal) => [goal.id, goal.title]));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-updates">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id="plan-updates">
            {t('plans.updates.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('plans.updates.lead')}
          </Text>
        </Stack>
        {plan.abilities.edit ? (
          <form onSubmit={add.onSubmit} ref={add.formRef} noValidate>
            <Stack gap="xs">
              <Textarea
                label={t('plans.updates.note')}
                placeholder={t('plans.updates.notePlaceholder')}
                autosize
                minRows={2}
                maxLength={4000}
                required
                {...add.form.getInputProps('note')}
              />
              {plan.goals.length > 0 ? (
                <Select
                  label={t('plans.updates.goal')}
                  clearable
                  data={plan.goals.map((goal) => ({ value: goal.id, label: goal.title }))}
                  {...add.form.getInputProps('goalId')}
                />
              ) : null}
              <FormErrorBanner form={add} />
              <Button type="submit" loading={add.pending} style={{ alignSelf: 'flex-start' }}>
                {t('plans.updates.add')}
              </Button>
            </Stack>
          </form>
        ) : null}
        {plan.updates.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('plans.updates.empty')}
          </Text>
        ) : (
          <Timeline bulletSize={22} lineWidth={2} active={plan.updates.length}>
            {plan.updates.map((update) => (
              <Timeline.Item
                key={update.id}
                bullet={<IconNotes size={12} aria-hidden />}
                title={formatDate(update.createdAt.slice(0, 10))}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {update.note}
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    update.goalId ? goalTitle.get(update.goalId) : null,
                    `${update.progressPercent}%`,
                    update.author ? t('plans.updates.by', { name: update.author.displayName }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        <Text size="xs" c="dimmed">
          {t('plans.updates.count', { count: plan.updates.length })}
        </Text>
      </Stack>
    </Paper>
  );
}
