import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconCalendarStats } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../app/format';
import { cycleStatusTone, toneBadge } from '../../../app/statusColors';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { AnchorLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { Pager } from '../../../components/Pager';
import { QueryView } from '../../../components/QueryView';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useIsPhone } from '../../../components/useIsPhone';
import { cyclesQuery, PAGE_SIZE } from '../api';
import { CycleWizard } from './CycleWizard';

/** Shared with the cycle page, so a status looks the same in the list and on the dashboard. */
export const cycleStatusBadge = (status: CycleStatusName) => toneBadge(cycleStatusTone[status]);
type CycleStatusName = keyof typeof cycleStatusTone;

export function CyclesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const cycles = useQuery(cyclesQuery(page));
  const phone = useIsPhone();
  const participants = (cycle: { status: CycleStatusName; participantCount: number }) =>
    cycle.status === 'draft' ? t('reviews.cycles.notLaunched') : formatNumber(cycle.participantCount);
  const createButton = (
    <Button onClick={() => setCreating(true)} data-testid="cycle-new">
      {t('reviews.cycles.create')}
    </Button>
  );
  return (
    <Page title={t('reviews.cycles.title')} description={t('reviews.cycles.lead')} actions={createButton}>
      <QueryView
        query={cycles}
        skeleton={<TableSkeleton />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconCalendarStats size={28} />}
            title={t('reviews.cycles.empty')}
            description={t('reviews.cycles.emptyHint')}
          />
        }
      >
        {(data) => (
          <>
            {phone ? (
              <Stack component="ul" gap="xs" p={0} m={0} data-testid="cycles-table">
                {data.items.map((cycle) => (
                  <Paper key={cycle.id} component="li" withBorder p="sm" style={{ listStyle: 'none' }}>
                    <Group justify="space-between" gap="xs" align="flex-start">
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <AnchorLink to="/performance/cycles/$cycleId" params={{ cycleId: cycle.id }} fw={600}>
                          {cycle.name}
                        </AnchorLink>
                        <Text size="xs" c="dimmed">
                          {formatDate(cycle.periodStart)} – {formatDate(cycle.periodEnd)}
                        </Text>
                      </Stack>
                      <Badge {...cycleStatusBadge(cycle.status)}>
                        {t(`reviews.cycles.statuses.${cycle.status}`)}
                      </Badge>
                    </Group>
                    {cycle.closedAt ? (
                      <Text size="xs" c="dimmed" mt={2}>
                        {t('reviews.cycles.closedOn', { date: formatDate(cycle.closedAt) })}
                      </Text>
                    ) : null}
                    <SimpleGrid cols={2} spacing="xs" mt={6}>
                      <Stack gap={0}>
                        <Text size="xs" c="dimmed">
                          {t('reviews.cycles.participants')}
                        </Text>
                        <Text size="sm">{participants(cycle)}</Text>
                      </Stack>
                      <Stack gap={0}>
                        <Text size="xs" c="dimmed">
                          {t('reviews.cycles.selfDue')}
                        </Text>
                        <Text size="sm">{formatDate(cycle.selfReviewDue)}</Text>
                      </Stack>
                    </SimpleGrid>
                  </Paper>
                ))}
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table data-testid="cycles-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reviews.cycles.name')}</Table.Th>
                      <Table.Th>{t('reviews.cycles.period')}</Table.Th>
                      <Table.Th>{t('reviews.cycles.status')}</Table.Th>
                      <Table.Th>{t('reviews.cycles.participants')}</Table.Th>
                      <Table.Th>{t('reviews.cycles.selfDue')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((cycle) => (
                      <Table.Tr key={cycle.id}>
                        <Table.Td>
                          <AnchorLink
                            to="/performance/cycles/$cycleId"
                            params={{ cycleId: cycle.id }}
                            fw={600}
                          >
                            {cycle.name}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {formatDate(cycle.periodStart)} – {formatDate(cycle.periodEnd)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge {...cycleStatusBadge(cycle.status)}>
                            {t(`reviews.cycles.statuses.${cycle.status}`)}
                          </Badge>
                          {cycle.closedAt ? (
                            <Text size="xs" c="dimmed" mt={2}>
                              {t('reviews.cycles.closedOn', { date: formatDate(cycle.closedAt) })}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{participants(cycle)}</Table.Td>
                        <Table.Td>{formatDate(cycle.selfReviewDue)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryView>
      <CycleWizard
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(cycle) => {
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: ['review-cycles'] });
          void navigate({ to: '/performance/cycles/$cycleId', params: { cycleId: cycle.id } });
        }}
      />
    </Page>
  );
}
