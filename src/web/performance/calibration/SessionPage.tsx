import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconInfoCircle, IconLock, IconScale } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../contracts/calibration';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { TableSkeleton } from '../../components/TableSkeleton';
import { AcknowledgmentStatus } from './AcknowledgmentStatus';
import { ApproversPanel } from './ApproversPanel';
import { calibrationKeys, calibrationWrites, gridQuery, sessionQuery } from './api';
import { CalibrationGrid } from './CalibrationGrid';
import { SessionStateBadge } from './CalibrationListPage';
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
  if (session.isPending)
    return (
      <Page title={t('calibration.title')} above={back}>
        <TableSkeleton rows={6} />
      </Page>
    );
  if (session.isError)
    return (
      <Page title={t('calibration.title')} above={back}>
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </Page>
    );
  const detail = session.data;
  return (
    <Page
      title={detail.name}
      above={back}
      actions={<SessionStateBadge state={detail.state} />}
      description={<SessionFacts session={detail} />}
    >
      <Stack gap="lg">
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          {t('calibration.performanceOnly')}
        </Alert>
        {detail.state === 'locked' ? (
          <Alert
            variant="light"
            color="green"
            icon={<IconLock aria-hidden />}
            data-testid="calibration-locked"
          >
            {t('calibration.session.lockedOn', { date: formatDate(detail.lockedAt) })}
          </Alert>
        ) : (
          <Readiness session={detail} />
        )}
        {grid.isPending ? (
          <TableSkeleton rows={6} />
        ) : grid.isError ? (
          <ErrorAlert error={grid.error} onRetry={() => void grid.refetch()} />
        ) : grid.data.cards.length === 0 ? (
          <EmptyPanel
            icon={<IconScale size={28} />}
            title={t('calibration.session.empty.title')}
            description={t('calibration.session.empty.description')}
          />
        ) : (
          <>
            <section aria-label={t('calibration.grid.title')}>
              <CalibrationGrid sessionId={sessionId} grid={grid.data} canMove={detail.abilities.move} />
            </section>
            <SimpleGrid cols={{ base: 1, xl: 2 }}>
              <DistributionPanel grid={grid.data} session={detail} />
              <LeniencyTable grid={grid.data} threshold={detail.leniencyThreshold} />
            </SimpleGrid>
          </>
        )}
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

/** How many reviews of the population cannot join yet, and — for HR — bringing in those now ready. */
function Readiness({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const admit = useMutation({
    mutationFn: () => calibrationWrites.admit(session.id),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: calibrationKeys.session(session.id) });
      notifications.show({
        color: 'green',
        message: t('calibration.session.admitted', { count: result.admitted }),
      });
    },
  });
  if (session.notReadyCount === 0 && session.readyCount === 0) return null;
  return (
    <Alert variant="light" color="blue" data-testid="calibration-readiness">
      <Stack gap="xs">
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
        {admit.isError ? <ErrorAlert error={admit.error} /> : null}
      </Stack>
    </Alert>
  );
}

function HrFollowUp({ session }: { session: SessionDetail }) {
  const me = useMe();
  if (!hasRole(me, 'hr_admin')) return null;
  return <AcknowledgmentStatus cycleId={session.cycle.id} sessionId={session.id} />;
}
