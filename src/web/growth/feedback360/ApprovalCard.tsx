import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Approval360 } from '../../../contracts/feedback360';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { keys360, writes360 } from './api';

/** The manager's decision on each nominated rater; they never see answers or the report. */
export function ApprovalCard({ approval }: { approval: Approval360 }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const open = approval.nominations.filter((n) => n.status !== 'rejected');
  const [decisions, setDecisions] = useState<Record<string, boolean>>(
    Object.fromEntries(open.map((n) => [n.id, true])),
  );
  const decide = useMutation({
    mutationFn: () =>
      writes360.decide(
        approval.id,
        approval.version,
        open.map((n) => ({ nominationId: n.id, approved: decisions[n.id] ?? true })),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys360.all });
      showToast({ tone: 'positive', message: t('feedback360.approval.done') });
    },
  });
  const name = approval.subject.displayName;
  return (
    <Paper withBorder p="md" data-testid="feedback360-approval">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('feedback360.approval.title', { name })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('feedback360.approval.help', { name })}{' '}
          {t('feedback360.list.deadline', { date: formatDate(approval.deadline) })}
        </Text>
        {approval.managerNamed ? (
          <Alert {...toneAlert('caution')} p="xs">
            <Text size="sm">{t('feedback360.approval.managerNamed', { name })}</Text>
          </Alert>
        ) : null}
        {open.map((n) => (
          <Group key={n.id} justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text fw={500}>{n.displayName}</Text>
              <Group gap={6}>
                <Badge variant="light" size="sm">
                  {approval.managerNamed && n.group === 'manager'
                    ? t('feedback360.request.managerNamedGroup')
                    : t(`feedback360.groups.${n.group}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {n.jobTitle}
                </Text>
              </Group>
            </Stack>
            <SegmentedControl
              size="xs"
              aria-label={n.displayName}
              value={decisions[n.id] === false ? 'reject' : 'approve'}
              onChange={(value) => setDecisions((d) => ({ ...d, [n.id]: value === 'approve' }))}
              data={[
                { value: 'approve', label: t('feedback360.approval.approve') },
                { value: 'reject', label: t('feedback360.approval.reject') },
              ]}
            />
          </Group>
        ))}
        {decide.isError ? <ErrorAlert error={decide.error} /> : null}
        <Group justify="flex-end">
          <Button onClick={() => decide.mutate()} loading={decide.isPending}>
            {t('feedback360.approval.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
