import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconScale } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../contracts/calibration';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { calibrationSessionTone, toneBadge } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useIsPhone } from '../../components/useIsPhone';
import { SESSIONS_PAGE_SIZE, sessionsQuery } from './api';
import { CreateSessionModal } from './CreateSessionModal';
import { ScrollRegion } from './ScrollRegion';

/** `/performance/calibration`: the sessions HR runs and approvers sign off. */
export function CalibrationListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const hr = hasRole(me, 'hr_admin');
  const allowed = hr || hasRole(me, 'approver');
  const [creating, setCreating] = useState(false);
  const newButton = hr ? (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setCreating(true)}
      data-testid="calibration-new"
    >
      {t('calibration.create.button')}
    </Button>
  ) : null;
  return (
    <Page title={t('calibration.title')} description={t('calibration.lead')} actions={newButton}>
      {allowed ? (
        <SessionList hr={hr} newButton={newButton} />
      ) : (
        <EmptyPanel
          icon={<IconScale size={28} />}
          title={t('calibration.list.noAccess.title')}
          description={t('calibration.list.noAccess.description')}
        />
      )}
      {hr ? <CreateSessionModal opened={creating} onClose={() => setCreating(false)} /> : null}
    </Page>
  );
}

export function SessionStateBadge({ state }: { state: SessionSummary['state'] }) {
  const { t } = useTranslation();
  return (
    <Badge {...toneBadge(calibrationSessionTone[state])} data-testid="calibration-state">
      {t(`calibration.state.${state}`)}
    </Badge>
  );
}

function SessionList({ hr, newButton }: { hr: boolean; newButton: React.ReactNode }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const sessions = useQuery(sessionsQuery(page));
  return (
    <QueryView
      query={sessions}
      skeleton={<TableSkeleton rows={4} />}
      empty={
        <EmptyPanel
          testId="calibration-empty"
          icon={<IconScale size={28} />}
          title={t('calibration.list.empty.title')}
          description={hr ? t('calibration.list.empty.hr') : t('calibration.list.empty.approver')}
          actions={newButton}
        />
      }
    >
      {(data) => (
        <Stack gap="md">
          <SessionRows sessions={data.items} />
          <Pager page={page} pageSize={SESSIONS_PAGE_SIZE} total={data.total} onChange={setPage} />
        </Stack>
      )}
    </QueryView>
  );
}

/** The sessions as cards on a phone, where a wide table would not fit, and as a table elsewhere. */
function SessionRows({ sessions }: { sessions: SessionSummary[] }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return phone ? (
    <Stack component="ul" gap="xs" p={0} m={0} aria-label={t('calibration.list.label')}>
      {sessions.map((session) => (
        <Paper
          key={session.id}
          component="li"
          withBorder
          p="sm"
          style={{ listStyle: 'none' }}
          data-testid="calibration-session-row"
        >
          <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <AnchorLink
                to="/performance/calibration/$sessionId"
                params={{ sessionId: session.id }}
                fw={600}
              >
                {session.name}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                {session.cycle.name} · {formatDate(session.lockedAt ?? session.createdAt)}
              </Text>
            </Stack>
            <SessionStateBadge state={session.state} />
          </Group>
          <SimpleGrid cols={2} spacing="xs" mt={6}>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('calibration.list.reviews')}
              </Text>
              <Text size="sm">{session.reviewCount}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('calibration.list.signOffs')}
              </Text>
              <Text size="sm">
                {t('calibration.list.signOffCount', {
                  signed: session.signedOffCount,
                  total: session.approverCount,
                })}
              </Text>
            </Stack>
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  ) : (
    <ScrollRegion label={t('calibration.list.label')}>
      <Table verticalSpacing="sm" highlightOnHover miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('calibration.list.name')}</Table.Th>
            <Table.Th scope="col">{t('calibration.list.cycle')}</Table.Th>
            <Table.Th scope="col">{t('calibration.list.state')}</Table.Th>
            <Table.Th scope="col">{t('calibration.list.reviews')}</Table.Th>
            <Table.Th scope="col">{t('calibration.list.signOffs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id} data-testid="calibration-session-row">
              <Table.Td>
                <AnchorLink
                  to="/performance/calibration/$sessionId"
                  params={{ sessionId: session.id }}
                  fw={600}
                >
                  {session.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {formatDate(session.lockedAt ?? session.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>{session.cycle.name}</Table.Td>
              <Table.Td>
                <SessionStateBadge state={session.state} />
              </Table.Td>
              <Table.Td>{session.reviewCount}</Table.Td>
              <Table.Td>
                {t('calibration.list.signOffCount', {
                  signed: session.signedOffCount,
                  total: session.approverCount,
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
