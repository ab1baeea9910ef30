import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipCheckIn, PipDetail, PipVisibility } from '../../../contracts/improvementPlans';
import { formatDate } from '../../app/format';
import { type Tone, toneBadge } from '../../app/statusColors';
import { type DataColumn, DataTable } from '../../components/DataTable';

const checkInTone: Record<PipCheckIn['status'], Tone> = {
  upcoming: 'info',
  recorded: 'positive',
  missed: 'negative',
};

/** Who reads a part, shown to those who choose it (HR and managers); the employee reads only their parts. */
function VisibilityBadge({ visibility, show }: { visibility: PipVisibility; show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Badge {...toneBadge('neutral')} size="sm">
      {t(`improvementPlans.visibility.${visibility}`)}
    </Badge>
  );
}

function Section({ title, badge, children }: { title: string; badge?: ReactNode; children: ReactNode }) {
  return (
    <Paper p="md" withBorder>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {title}
          </Title>
          {badge}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The plan's parts as the caller reads them: only what the server sent (a part kept from the caller
 * is not in the answer at all), with "who reads this" for HR and managers, and the check-ins with a
 * "record" button for those who record them.
 */
export function PlanSections({
  plan,
  onRecord,
}: {
  plan: PipDetail;
  onRecord: (checkIn: PipCheckIn) => void;
}) {
  const { t } = useTranslation();
  const chooser = plan.audience !== 'employee';
  const none = (
    <Text size="sm" c="dimmed">
      {t('improvementPlans.plan.noItems')}
    </Text>
  );
  const checkInColumns: DataColumn<PipCheckIn>[] = [
    {
      key: 'date',
      header: t('improvementPlans.plan.date'),
      primary: true,
      nowrap: true,
      cell: (c) => formatDate(c.scheduledOn),
    },
    {
      key: 'status',
      header: t('improvementPlans.plan.status'),
      cell: (c) => (
        <Badge {...toneBadge(checkInTone[c.status])} size="sm">
          {t(`improvementPlans.checkInStatus.${c.status}`)}
        </Badge>
      ),
    },
    { key: 'summary', header: t('improvementPlans.plan.summary'), cell: (c) => c.summary || '—' },
    ...(chooser
      ? [{ key: 'notes', header: t('improvementPlans.plan.notes'), cell: (c: PipCheckIn) => c.notes || '—' }]
      : []),
    ...(plan.abilities.recordCheckIn
      ? [
          {
            key: 'record',
            header: t('improvementPlans.plan.record'),
            action: true,
            cell: (c: PipCheckIn) =>
              c.status === 'recorded' ? null : (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onRecord(c)}
                  data-testid="pip-record-check-in"
                >
                  {t('improvementPlans.plan.record')}
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <Stack gap="md">
      {plan.reason !== undefined ? (
        <Section
          title={t('improvementPlans.plan.reason')}
          badge={
            chooser ? (
              <Text size="xs" c="dimmed">
                {plan.reasonVisibleToEmployee
                  ? t('improvementPlans.plan.reasonShown')
                  : t('improvementPlans.plan.reasonHidden')}
              </Text>
            ) : null
          }
        >
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="pip-reason-text">
            {plan.reason}
          </Text>
        </Section>
      ) : null}
      {plan.expectations ? (
        <Section
          title={t('improvementPlans.plan.expectations')}
          badge={<VisibilityBadge visibility={plan.expectations.visibility} show={chooser} />}
        >
          {plan.expectations.items.length === 0 ? (
            none
          ) : (
            <DataTable
              columns={[
                {
                  key: 'statement',
                  header: t('improvementPlans.plan.statement'),
                  primary: true,
                  cell: (e) => e.statement,
                },
                { key: 'measure', header: t('improvementPlans.plan.measure'), cell: (e) => e.measure },
                {
                  key: 'evidence',
                  header: t('improvementPlans.plan.evidence'),
                  cell: (e) => e.evidence || '—',
                },
                {
                  key: 'due',
                  header: t('improvementPlans.plan.due'),
                  nowrap: true,
                  cell: (e) => formatDate(e.dueOn),
                },
              ]}
              rows={plan.expectations.items}
              rowKey={(e) => e.id}
              label={t('improvementPlans.plan.expectations')}
              testId="pip-expectations"
            />
          )}
        </Section>
      ) : null}
      {plan.support ? (
        <Section
          title={t('improvementPlans.plan.support')}
          badge={<VisibilityBadge visibility={plan.support.visibility} show={chooser} />}
        >
          {plan.support.items.length === 0
            ? none
            : plan.support.items.map((support) => (
                <Stack key={support.id} gap={2}>
                  <Text size="sm" fw={600}>
                    {t(`improvementPlans.supportKind.${support.kind}`)}
                  </Text>
                  <Text size="sm">{support.description}</Text>
                  {support.catalogueItemId ? (
                    <Text size="xs" c="dimmed">
                      {t('improvementPlans.plan.catalogueLinked')}
                    </Text>
                  ) : null}
                </Stack>
              ))}
        </Section>
      ) : null}
      {plan.checkIns ? (
        <Section
          title={`${t('improvementPlans.plan.checkIns')} · ${t(`improvementPlans.schedule.${plan.checkIns.schedule}`)}`}
          badge={<VisibilityBadge visibility={plan.checkIns.visibility} show={chooser} />}
        >
          {plan.checkIns.items.length === 0 ? (
            none
          ) : (
            <DataTable
              columns={checkInColumns}
              rows={plan.checkIns.items}
              rowKey={(c) => c.id}
              label={t('improvementPlans.plan.checkIns')}
              testId="pip-check-ins"
              rowTestId="pip-check-in"
            />
          )}
        </Section>
      ) : null}
    </Stack>
  );
}
