import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../app/format';
import { QueryView } from '../../../components/QueryView';
import { type CompCycle, payrollHref, releaseSummaryQuery } from './api';
import { StepModal } from './CycleActions';

/** The states whose page shows the release: decided, released, archived after release. */
export const showsRelease = (cycle: Pick<CompCycle, 'state' | 'sandbox'>) =>
  !cycle.sandbox && (cycle.state === 'approved' || cycle.state === 'released' || cycle.state === 'archived');

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * HR's release section of an approved or released cycle (issue 12 item 7): how many pay records the
 * release writes (or wrote), from when employees see them, the release itself behind its confirm
 * dialog, and the payroll export as CSV and XLSX.
 */
export function ReleasePanel({ cycle }: { cycle: CompCycle }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const summary = useQuery(releaseSummaryQuery(cycle.id));
  const canRelease = cycle.abilities.transitions.includes('released');
  const headingId = `comp-cycle-release-${cycle.id}`;
  return (
    <Paper p="lg" component="section" aria-labelledby={headingId} data-testid="comp-cycle-release">
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId}>
          {t('compensation.cycles.release.title')}
        </Title>
        <QueryView
          query={summary}
          skeleton={<Text size="sm">{t('compensation.cycles.release.counting')}</Text>}
        >
          {(data) => (
            <Stack gap="md">
              <Text size="sm">
                {t(
                  data.state === 'approved'
                    ? 'compensation.cycles.release.before'
                    : 'compensation.cycles.release.after',
                  {
                    count: data.payChanges,
                    effective: formatDate(data.effectiveDate),
                    date: formatDate(data.visibilityDate),
                  },
                )}
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="md">
                <Fact
                  label={t('compensation.cycles.release.payChanges')}
                  value={String(data.payChanges)}
                  testId="comp-cycle-release-changes"
                />
                <Fact label={t('compensation.cycles.release.promotions')} value={String(data.promotions)} />
                <Fact label={t('compensation.cycles.release.bonuses')} value={String(data.bonuses)} />
                <Fact
                  label={t('compensation.cycles.release.effective')}
                  value={formatDate(data.effectiveDate)}
                />
                <Fact
                  label={t('compensation.cycles.release.visible')}
                  value={formatDate(data.visibilityDate)}
                />
              </SimpleGrid>
              {data.releasedAt ? (
                <Text size="sm" c="dimmed">
                  {t('compensation.cycles.release.releasedAt', { at: formatDateTime(data.releasedAt) })}
                </Text>
              ) : null}
              <Group gap="sm">
                {canRelease ? (
                  <Button
                    leftSection={<IconSend size={16} aria-hidden />}
                    onClick={() => setConfirming(true)}
                    data-testid="comp-cycle-release-open"
                  >
                    {t('compensation.cycles.steps.released.button')}
                  </Button>
                ) : null}
                {data.payrollAvailable ? (
                  <>
                    <Button
                      component="a"
                      href={payrollHref(cycle.id, 'csv')}
                      download
                      variant="light"
                      leftSection={<IconFileTypeCsv size={16} aria-hidden />}
                      data-testid="comp-cycle-payroll-csv"
                    >
                      {t('compensation.cycles.release.csv')}
                    </Button>
                    <Button
                      component="a"
                      href={payrollHref(cycle.id, 'xlsx')}
                      download
                      variant="light"
                      leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
                      data-testid="comp-cycle-payroll-xlsx"
                    >
                      {t('compensation.cycles.release.xlsx')}
                    </Button>
                  </>
                ) : null}
              </Group>
            </Stack>
          )}
        </QueryView>
      </Stack>
      <StepModal cycle={cycle} step={confirming ? 'released' : null} onClose={() => setConfirming(false)} />
    </Paper>
  );
}
