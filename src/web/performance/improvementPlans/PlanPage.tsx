import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipCheckIn, PipDetail } from '../../../contracts/improvementPlans';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { pipPdfHref, pipQuery } from './api';
import { AcknowledgePanel, ResponsesPanel } from './EmployeePanels';
import { HistoryPanel } from './HistoryPanel';
import { CloseModal, ExtendModal, RecordCheckInModal } from './PlanModals';
import { PlanSections } from './PlanSections';
import { PipStateBadge } from './PlansListPage';
import { PublishPanel } from './PublishPanel';

const route = getRouteApi('/app/performance/improvement-plans/$planId');

/**
 * `/performance/improvement-plans/$planId`: one plan as the caller reads it — the employee their
 * parts, with the acknowledgement and their responses; the manager chain the check-ins to record;
 * HR everything, with the fairness check, publishing, extending and closing. A plan the caller may
 * not read answers 404 and shows as not found.
 */
export function PlanPage() {
  const { planId } = route.useParams();
  const plan = useQuery(pipQuery(planId));
  return <QueryView query={plan}>{(data) => <PlanView plan={data} />}</QueryView>;
}

function PlanView({ plan }: { plan: PipDetail }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<PipCheckIn | null>(null);
  const [modal, setModal] = useState<'extend' | 'close' | null>(null);
  return (
    <Page
      title={t('improvementPlans.plan.titleFor', { name: plan.employee.displayName })}
      above={
        <AnchorLink to="/performance/improvement-plans" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('improvementPlans.plan.back')}
          </Group>
        </AnchorLink>
      }
      actions={
        <>
          <Button
            component="a"
            href={pipPdfHref(plan.id)}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            data-testid="pip-pdf"
          >
            {t('improvementPlans.plan.pdf')}
          </Button>
          {plan.abilities.edit ? (
            <ButtonLink
              to="/performance/improvement-plans/$planId/edit"
              params={{ planId: plan.id }}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              data-testid="pip-edit"
            >
              {t('improvementPlans.plan.edit')}
            </ButtonLink>
          ) : null}
          {plan.abilities.extend ? (
            <Button variant="default" onClick={() => setModal('extend')} data-testid="pip-extend">
              {t('improvementPlans.extend.open')}
            </Button>
          ) : null}
          {plan.abilities.close ? (
            <Button variant="default" onClick={() => setModal('close')} data-testid="pip-close">
              {t('improvementPlans.close.open')}
            </Button>
          ) : null}
        </>
      }
      description={
        <Stack gap={4}>
          <Group gap="sm">
            <PipStateBadge state={plan.state} />
            <Text size="sm">
              {t('improvementPlans.plan.dates', {
                start: formatDate(plan.startDate),
                end: formatDate(plan.endDate),
              })}
              {' · '}
              {t('improvementPlans.plan.days', { count: plan.durationDays })}
            </Text>
          </Group>
          {plan.originalEndDate && plan.originalEndDate !== plan.endDate ? (
            <Text size="sm" c="dimmed">
              {t('improvementPlans.plan.extendedFrom', { date: formatDate(plan.originalEndDate) })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {plan.manager ? `${t('improvementPlans.plan.manager')}: ${plan.manager.displayName} · ` : ''}
            {t(`improvementPlans.audience.${plan.audience}`)}
          </Text>
        </Stack>
      }
    >
      <Stack gap="md">
        {plan.outcome ? (
          <Paper p="md" withBorder>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('improvementPlans.plan.outcomeTitle')}: {t(`improvementPlans.outcome.${plan.outcome}`)}
              </Title>
              {plan.outcomeRationale ? (
                <Text style={{ whiteSpace: 'pre-wrap' }}>{plan.outcomeRationale}</Text>
              ) : null}
            </Stack>
          </Paper>
        ) : null}
        {plan.state === 'draft' && plan.abilities.edit ? <PublishPanel plan={plan} /> : null}
        {plan.abilities.acknowledge ? (
          <Alert {...toneAlert('caution')} data-testid="pip-read-first">
            {t('improvementPlans.acknowledge.readFirst')}
          </Alert>
        ) : null}
        <PlanSections plan={plan} onRecord={setRecording} />
        {/* After the plan: acknowledging says it was read, so it comes once there is something read. */}
        {plan.abilities.acknowledge ? <AcknowledgePanel plan={plan} /> : null}
        {plan.state === 'draft' ? null : <ResponsesPanel plan={plan} />}
        <HistoryPanel plan={plan} />
      </Stack>
      <RecordCheckInModal
        plan={plan}
        checkIn={recording}
        opened={recording !== null}
        onClose={() => setRecording(null)}
      />
      <ExtendModal plan={plan} opened={modal === 'extend'} onClose={() => setModal(null)} />
      <CloseModal plan={plan} opened={modal === 'close'} onClose={() => setModal(null)} />
    </Page>
  );
}
