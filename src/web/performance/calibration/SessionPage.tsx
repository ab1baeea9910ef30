import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconInfoCircle, IconLock, IconScale } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../contracts/calibration';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { calibrationSessionTone, toneAlert, toneSeries, toneText } from '../../app/statusColors';
import { DownloadMenu } from '../../components/DownloadMenu';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { AcknowledgmentStatus } from './AcknowledgmentStatus';
import { ApproversPanel } from './ApproversPanel';
import { calibrationExportHref, calibrationKeys, calibrationWrites, gridQuery, sessionQuery } from './api';
import { CalibrationGrid } from './CalibrationGrid';
import { SessionStateBadge } from './CalibrationListPage';
import classes from './calibration.module.css';
import { DistributionPanel } from './DistributionPanel';
import { LeniencyTable } from './LeniencyTable';
import { MovesHistory } from './MovesHistory';

const routeApi = getRouteApi('/app/performance/calibration/$sessionId');

/** `/performance/calibration/$sessionId`: the grid, the distribution, leniency, moves and sign-off. */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId } = routeApi.useParams();
  const session = useQuery(sessionQuery(sessionId));
  const grid = useQuery(gridQuery(sessionId));
  const back = (
    <AnchorLink to="/performance/calibration" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('calibration.session.back')}
      </Group>
    </AnchorLink>
  );
  const detail = session.data;
  if (!detail)
    return (
      <Page title={t('calibration.title')} above={back}>
        <QueryView query={session} skeleton={<TableSkeleton rows={6} />}>
          {() => null}
        </QueryView>
      </Page>
    );
  return (
    <Page
      title={detail.name}
      above={back}
      actions={
        <Group gap="sm">
          <SessionStateBadge state={detail.state} />
          {/* Whoever may open the session (HR, its approvers) may download what it shows. */}
          <DownloadMenu
            label={t('calibration.session.download.label')}
            testId="calibration-download"
            items={[
              {
                label: t('calibration.session.download.ratingsCsv'),
                href: calibrationExportHref(sessionId, 'ratings.csv'),
                format: 'csv',
              },
              {
                label: t('calibration.session.download.ratingsXlsx'),
                href: calibrationExportHref(sessionId, 'ratings.xlsx'),
                format: 'xlsx',
              },
              {
                label: t('calibration.session.download.movesCsv'),
                href: calibrationExportHref(sessionId, 'moves.csv'),
                format: 'csv',
              },
            ]}
          />
        </Group>
      }
      description={<SessionFacts session={detail} />}
    >
      <Stack gap="lg">
        {detail.state === 'locked' ? (
          <Alert
            {...toneAlert(calibrationSessionTone.locked)}
            icon={<IconLock aria-hidden />}
            data-testid="calibration-locked"
          >
            {t('calibration.session.lockedOn', { date: formatDate(detail.lockedAt) })}
          </Alert>
        ) : (
          <Readiness session={detail} />
        )}
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          {t('calibration.performanceOnly')}
        </Alert>
        <QueryView
          query={grid}
          skeleton={<TableSkeleton rows={6} />}
          isEmpty={(data) => data.cards.length === 0}
          empty={
            <EmptyPanel
              icon={<IconScale size={28} />}
              title={t('calibration.session.empty.title')}
              description={t('calibration.session.empty.description')}
            />
          }
        >
          {(data) => (
            <>
              <section aria-label={t('calibration.grid.title')}>
                <CalibrationGrid sessionId={sessionId} grid={data} canMove={detail.abilities.move} />
              </section>
              <SimpleGrid cols={{ base: 1, xl: 2 }}>
                <DistributionPanel grid={data} session={detail} />
                <LeniencyTable grid={data} threshold={detail.leniencyThreshold} />
              </SimpleGrid>
            </>
          )}
        </QueryView>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <MovesHistory sessionId={sessionId} labels={detail.ratingLabels} />
          <ApproversPanel session={detail} />
        </SimpleGrid>
        {detail.state === 'locked' ? <HrFollowUp session={detail} /> : null}
      </Stack>
    </Page>
  );
}

function SessionFacts({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const population = [...session.population.departments, ...session.population.levels].map((p) => p.name);
  return (
    <Stack gap={2}>
      <Text c="dimmed">
        {session.cycle.name}
        {session.facilitator
          ? ` · ${t('calibration.session.facilitator', { name: session.facilitator.displayName })}`
          : ''}
      </Text>
      <Text size="sm" c="dimmed">
        {t('calibration.session.population')}:{' '}
        {population.length ? population.join(', ') : t('calibration.session.wholeCycle')}
      </Text>
    </Stack>
  );
}

/**
 * How much of the session's population is in it ("4 of 20 ready"), how many are still being
 * written, and — for HR — bringing in any that are ready but waiting. Late reviews join by
 * themselves when their manager review is submitted.
 */
function Readiness({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const admit = useMutation({
    mutationFn: () => calibrationWrites.admit(session.id),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: calibrationKeys.session(session.id) });
      await queryClient.invalidateQueries({ queryKey: calibrationKeys.grid(session.id) });
      showToast({
        tone: 'positive',
        message: t('calibration.session.admitted', { count: result.admitted }),
      });
    },
  });
  const total = session.populationCount;
  const inSession = session.reviewCount;
  const complete = inSession >= total;
  const percent = total === 0 ? 100 : Math.round((inSession / total) * 100);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="calibration-readiness-count"
      data-testid="calibration-readiness"
      data-complete={complete || undefined}
      className={complete ? undefined : classes.incomplete}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" gap="xs">
          <Text
            component="h2"
            id="calibration-readiness-count"
            fz="xl"
            fw={700}
            m={0}
            data-testid="calibration-ready-count"
          >
            {t('calibration.session.readiness', { inSession, total })}
          </Text>
          {complete ? (
            <Text size="sm" c={toneText('positive')} fw={600}>
              <IconCircleCheck
                size={16}
                aria-hidden
                style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
              />
              {t('calibration.session.complete')}
            </Text>
          ) : null}
        </Group>
        <Progress
          value={percent}
          color={toneSeries(complete ? 'positive' : 'caution')}
          size="lg"
          aria-label={t('calibration.session.readinessLabel')}
        />
        {session.notReadyCount > 0 ? (
          <Text size="sm">{t('calibration.session.notReady', { count: session.notReadyCount })}</Text>
        ) : null}
        {session.readyCount > 0 ? (
          <Group gap="sm">
            <Text size="sm">{t('calibration.session.ready', { count: session.readyCount })}</Text>
            {session.abilities.admit ? (
              <Button size="xs" variant="light" loading={admit.isPending} onClick={() => admit.mutate()}>
                {t('calibration.session.admit')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {complete ? null : (
          <Text size="sm" c="dimmed">
            {session.incompleteSignOffAllowed
              ? t('calibration.session.lateJoinAllowed')
              : t('calibration.session.lateJoin')}
          </Text>
        )}
        {admit.isError ? <ErrorAlert error={admit.error} /> : null}
      </Stack>
    </Paper>
  );
}

function HrFollowUp({ session }: { session: SessionDetail }) {
  const me = useMe();
  if (!hasRole(me, 'hr_admin')) return null;
  return <AcknowledgmentStatus cycleId={session.cycle.id} sessionId={session.id} />;
}
