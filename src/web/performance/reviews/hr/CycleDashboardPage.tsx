import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail, Dashboard } from '../../../../contracts/reviews';
import { formatDate, formatNumber } from '../../../app/format';
import { categoricalColor, toneAlert, toneColor } from '../../../app/statusColors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AnchorLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { QueryView } from '../../../components/QueryView';
import { showToast } from '../../../components/showToast';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { cycleQuery, dashboardQuery, reviewWrites } from '../api';
import { CloseCycleDialog } from './CloseCycleDialog';
import { cycleStatusBadge } from './CyclesPage';
import { CycleReviewsTable, OverdueTable } from './CycleTables';
import { CycleWizard } from './CycleWizard';

const stateOrder = [
  'self_review',
  'manager_review',
  'submitted',
  'in_calibration',
  'calibrated',
  'released',
  'acknowledged',
] as const;

export function CycleDashboardPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams({ from: '/app/performance/cycles/$cycleId' });
  const cycle = useQuery(cycleQuery(cycleId));
  return (
    <Page
      title={cycle.data?.name ?? t('reviews.cycles.title')}
      above={
        <AnchorLink to="/performance/cycles" size="sm">
          {t('reviews.cycles.title')}
        </AnchorLink>
      }
      actions={
        cycle.data ? (
          <Badge {...cycleStatusBadge(cycle.data.status)} data-testid="cycle-status">
            {t(`reviews.cycles.statuses.${cycle.data.status}`)}
          </Badge>
        ) : null
      }
    >
      <QueryView query={cycle} skeleton={<TableSkeleton />}>
        {(data) => (
          <Stack gap="lg">
            {data.closedAt ? (
              <Alert color="gray" variant="light" data-testid="cycle-closed-hint">
                {t('reviews.dashboard.closedHint', { date: formatDate(data.closedAt) })}
              </Alert>
            ) : null}
            {data.status === 'draft' ? <LaunchPanel cycle={data} /> : <Progress cycle={data} />}
            <Settings cycle={data} />
          </Stack>
        )}
      </QueryView>
    </Page>
  );
}

function LaunchPanel({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const preview = useQuery({
    queryKey: ['review-cycles', 'preview', cycle.participantFilter],
    queryFn: () => reviewWrites.preview({ participantFilter: cycle.participantFilter, pageSize: 1 }),
  });
  const launch = useMutation({
    mutationFn: () => reviewWrites.launch(cycle.id, cycle.version),
    onSuccess: (result) => {
      setConfirming(false);
      showToast({
        tone: 'positive',
        message: t('reviews.dashboard.launched', { count: result.participants }),
      });
      void queryClient.invalidateQueries({ queryKey: ['review-cycles'] });
    },
  });
  return (
    <Alert {...toneAlert('info')}>
      <Stack gap="sm">
        <Text>{t('reviews.dashboard.draftHint')}</Text>
        <Text fw={600} data-testid="cycle-preview-count">
          {preview.data
            ? preview.data.excludedCount > 0
              ? t('reviews.wizard.previewWithExcluded', {
                  count: preview.data.count,
                  formatted: formatNumber(preview.data.count),
                  excluded: formatNumber(preview.data.excludedCount),
                })
              : t('reviews.wizard.preview', { count: preview.data.count })
            : t('reviews.wizard.previewLoading')}
        </Text>
        {launch.isError ? <ErrorAlert error={launch.error} /> : null}
        <Group gap="sm">
          <Button
            onClick={() => setConfirming(true)}
            disabled={!cycle.abilities.launch}
            data-testid="cycle-launch"
          >
            {t('reviews.dashboard.launch')}
          </Button>
          {cycle.abilities.update ? (
            <Button variant="default" onClick={() => setEditing(true)} data-testid="cycle-edit">
              {t('reviews.dashboard.edit')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      {/* Keyed by version: a reload after a conflict starts the form again from the newer cycle. */}
      <CycleWizard
        key={cycle.version}
        cycle={cycle}
        opened={editing}
        onClose={() => setEditing(false)}
        onReload={() => void queryClient.invalidateQueries({ queryKey: ['review-cycles'] })}
        onSaved={() => {
          setEditing(false);
          showToast({ tone: 'positive', message: t('reviews.wizard.saved') });
          void queryClient.invalidateQueries({ queryKey: ['review-cycles'] });
        }}
      />
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('reviews.dashboard.launchTitle')}
        centered
      >
        <Stack>
          <Text>{t('reviews.dashboard.launchBody', { count: preview.data?.count ?? 0 })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('reviews.submit.cancel')}
            </Button>
            <Button
              loading={launch.isPending}
              onClick={() => launch.mutate()}
              data-testid="cycle-launch-confirm"
            >
              {t('reviews.dashboard.launch')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
}

function Progress({ cycle }: { cycle: CycleDetail }) {
  const dashboard = useQuery(dashboardQuery(cycle.id));
  return (
    <QueryView query={dashboard} skeleton={<TableSkeleton rows={4} />}>
      {(data) => <ProgressBody cycle={cycle} data={data} />}
    </QueryView>
  );
}

/** A launched cycle's figures, charts and follow-up tables, with reminders and closing. */
function ProgressBody({ cycle, data }: { cycle: CycleDetail; data: Dashboard }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const reminders = useMutation({
    mutationFn: () => reviewWrites.sendReminders(cycle.id),
    onSuccess: (result) =>
      showToast({
        tone: 'positive',
        message: t('reviews.dashboard.remindersSent', { count: result.sent }),
      }),
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Stack gap={2}>
          <Text fw={600}>
            {t('reviews.dashboard.total', { count: data.total, formatted: formatNumber(data.total) })}
          </Text>
          {data.currentPhase ? (
            <Text size="sm">
              {t('reviews.dashboard.currentPhase', { phase: t(`reviews.phase.${data.currentPhase}`) })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed" data-testid="cycle-acknowledged">
            {t('reviews.dashboard.acknowledged', data.acknowledgment)}
          </Text>
        </Stack>
        {cycle.status === 'closed' ? null : (
          <Group gap="sm">
            <Button
              variant="default"
              onClick={() => reminders.mutate()}
              loading={reminders.isPending}
              disabled={!cycle.abilities.sendReminders}
              data-testid="cycle-send-reminders"
            >
              {t('reviews.dashboard.reminders')}
            </Button>
            {cycle.abilities.close ? (
              <Button
                color={toneColor.negative}
                variant="light"
                onClick={() => setClosing(true)}
                data-testid="cycle-close"
              >
                {t('reviews.dashboard.close')}
              </Button>
            ) : null}
          </Group>
        )}
      </Group>
      {cycle.abilities.close ? (
        <CloseCycleDialog
          cycle={cycle}
          openReviews={data.total - (data.byState.released ?? 0) - (data.byState.acknowledged ?? 0)}
          opened={closing}
          onClose={() => setClosing(false)}
        />
      ) : null}
      {data.withoutReviewer > 0 ? (
        <Alert {...toneAlert('caution')}>
          {t('reviews.dashboard.withoutReviewer', { count: data.withoutReviewer })}
        </Alert>
      ) : null}
      {reminders.isError ? <ErrorAlert error={reminders.error} /> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PhaseChart data={data} />
        <DepartmentChart data={data} />
      </SimpleGrid>
      <OverdueTable cycleId={cycle.id} />
      <CycleReviewsTable cycleId={cycle.id} />
    </Stack>
  );
}

function PhaseChart({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const rows = stateOrder.map((state) => ({
    state: t(`reviews.state.${state}`),
    count: data.byState[state] ?? 0,
  }));
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="chart-phase-title">
      <Title order={2} size="h4" id="chart-phase-title" mb="sm">
        {t('reviews.dashboard.byPhase')}
      </Title>
      <BarChart
        h={260}
        data={rows}
        dataKey="state"
        orientation="vertical"
        yAxisProps={{ width: 130, interval: 0 }}
        series={[{ name: 'count', label: t('reviews.dashboard.count'), color: categoricalColor(0) }]}
      />
      <Text component="figcaption" className="visually-hidden">
        {rows.map((r) => `${r.state}: ${r.count}`).join(', ')}
      </Text>
    </Paper>
  );
}

function DepartmentChart({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const rows = data.byDepartment.map((d) => ({ department: d.name || '—', ...d.byState }));
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="chart-department-title">
      <Title order={2} size="h4" id="chart-department-title" mb="sm">
        {t('reviews.dashboard.byDepartment')}
      </Title>
      <BarChart
        h={Math.max(260, 34 * rows.length + 80)}
        data={rows}
        dataKey="department"
        type="stacked"
        orientation="vertical"
        yAxisProps={{ width: 130, interval: 0 }}
        withLegend
        series={stateOrder.map((state, i) => ({
          name: state,
          label: t(`reviews.state.${state}`),
          // One distinct, colour-blind-safe colour per phase (app/statusColors.ts), not seven blues.
          color: categoricalColor(i),
        }))}
      />
      <Text component="figcaption" className="visually-hidden">
        {data.byDepartment.map((d) => `${d.name}: ${d.total}`).join(', ')}
      </Text>
    </Paper>
  );
}

function Settings({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const deadlines: [string, string | null][] = [
    ['self_review', cycle.selfReviewDue],
    ['peer_input', cycle.peerInputDue],
    ['manager_review', cycle.managerReviewDue],
    ['calibration', cycle.calibrationDue],
    ['release', cycle.releaseDue],
    ['acknowledgment', cycle.acknowledgeDue],
  ];
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('reviews.dashboard.deadlines')}
        </Title>
        {cycle.templateName ? (
          <Text size="sm">{t('reviews.dashboard.template', { name: cycle.templateName })}</Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          {deadlines
            .filter(([, due]) => due)
            .map(([phase, due]) => (
              <Text key={phase} size="sm">
                {t(`reviews.phase.${phase}` as 'reviews.phase.self_review')}:{' '}
                <strong>{formatDate(due)}</strong>
              </Text>
            ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('reviews.wizard.managerSeesSelf')}: {cycle.managerSeesSelfReview ? '✓' : '—'} ·{' '}
          {t('reviews.wizard.reminderDays')}: {cycle.reminderDaysBefore}
        </Text>
      </Stack>
    </Paper>
  );
}
