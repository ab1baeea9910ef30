import { Button, Group, NumberInput, Paper, Radio, Stack, Switch, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type CheckInStatus, checkInRequest, type GoalDetail } from '../../../contracts/goals';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { goalKeys, goalWrites } from './api';

const statuses: CheckInStatus[] = ['on_track', 'at_risk', 'off_track'];

/** Status, comment and new current values of the key results; a stale version shows the conflict. */
export function CheckInForm({ goal }: { goal: GoalDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: checkInRequest,
    initialValues: {
      status: (goal.health ?? 'on_track') as CheckInStatus,
      comment: '',
      current: Object.fromEntries(goal.keyResults.map((kr) => [kr.id, kr.currentValue])) as Record<
        string,
        number
      >,
    },
    toRequest: ({ status, comment, current }) => ({
      status,
      comment,
      version: goal.version,
      values: goal.keyResults
        .filter((kr) => current[kr.id] !== kr.currentValue)
        .map((kr) => ({ keyResultId: kr.id, value: current[kr.id] ?? kr.currentValue })),
    }),
    submit: (body) => goalWrites.checkIn(goal.id, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(goalKeys.detail(goal.id), saved);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all });
    },
  });
  // Start again from the stored values whenever another version of the goal arrives.
  const reset = form.reset;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another version arrives
  useEffect(() => reset(), [goal.version]);
  const current = form.form.getValues().current;
  const setCurrent = (id: string, value: number) =>
    form.form.setFieldValue('current', { ...current, [id]: value });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="check-in-heading">
      <form onSubmit={form.onSubmit} ref={form.formRef} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="check-in-heading">
            {t('goals.checkIn.title')}
          </Title>
          <Radio.Group label={t('goals.checkIn.status')} {...form.form.getInputProps('status')}>
            <Group gap="md" mt={4}>
              {statuses.map((value) => (
                <Radio key={value} value={value} label={t(`goals.health.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          {goal.keyResults.map((kr) =>
            kr.kind === 'boolean' || kr.kind === 'milestone' ? (
              <Switch
                key={kr.id}
                label={kr.title}
                checked={(current[kr.id] ?? 0) >= 1}
                onChange={(event) => setCurrent(kr.id, event.currentTarget.checked ? 1 : 0)}
              />
            ) : (
              <NumberInput
                key={kr.id}
                label={kr.title}
                description={t('goals.checkIn.valueHelp', { start: kr.startValue, target: kr.targetValue })}
                value={current[kr.id] ?? kr.currentValue}
                onChange={(next) => setCurrent(kr.id, Number(next) || 0)}
                suffix={
                  kr.kind === 'percent'
                    ? ' %'
                    : kr.kind === 'currency' && kr.currency
                      ? ` ${kr.currency}`
                      : undefined
                }
              />
            ),
          )}
          <Textarea
            label={t('goals.checkIn.comment')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.form.getInputProps('comment')}
          />
          {form.error ? (
            <ErrorAlert
              error={form.error}
              title={isApiError(form.error, 'version_conflict') ? t('goals.checkIn.conflict') : undefined}
            />
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={form.pending}>
              {t('goals.checkIn.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
