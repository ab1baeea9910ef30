import { Button, Group, NumberInput, Paper, Radio, Stack, Switch, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInStatus, GoalDetail } from '../../../contracts/goals';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { goalKeys, goalWrites } from './api';

const statuses: CheckInStatus[] = ['on_track', 'at_risk', 'off_track'];

/** Status, comment and new current values of the key results; a stale version shows the conflict. */
export function CheckInForm({ goal }: { goal: GoalDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const initialValues = () => Object.fromEntries(goal.keyResults.map((kr) => [kr.id, kr.currentValue]));
  const [status, setStatus] = useState<CheckInStatus>(goal.health ?? 'on_track');
  const [comment, setComment] = useState('');
  const [values, setValues] = useState<Record<string, number>>(initialValues);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another version arrives
  useEffect(() => setValues(initialValues()), [goal.version]);

  const save = useMutation({
    mutationFn: () =>
      goalWrites.checkIn(goal.id, {
        status,
        comment,
        version: goal.version,
        values: goal.keyResults
          .filter((kr) => values[kr.id] !== kr.currentValue)
          .map((kr) => ({ keyResultId: kr.id, value: values[kr.id] ?? kr.currentValue })),
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(goalKeys.detail(goal.id), saved);
      setComment('');
      await queryClient.invalidateQueries({ queryKey: goalKeys.all });
    },
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="check-in-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="check-in-heading">
            {t('goals.checkIn.title')}
          </Title>
          <Radio.Group
            label={t('goals.checkIn.status')}
            value={status}
            onChange={(v) => setStatus(v as CheckInStatus)}
          >
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
                checked={(values[kr.id] ?? 0) >= 1}
                onChange={(event) => setValues({ ...values, [kr.id]: event.currentTarget.checked ? 1 : 0 })}
              />
            ) : (
              <NumberInput
                key={kr.id}
                label={kr.title}
                description={t('goals.checkIn.valueHelp', { start: kr.startValue, target: kr.targetValue })}
                value={values[kr.id] ?? kr.currentValue}
                onChange={(next) => setValues({ ...values, [kr.id]: Number(next) || 0 })}
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
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
          />
          {save.isError ? (
            isApiError(save.error, 'version_conflict') ? (
              <ErrorAlert error={save.error} title={t('goals.checkIn.conflict')} />
            ) : (
              <ErrorAlert error={save.error} />
            )
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('goals.checkIn.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
