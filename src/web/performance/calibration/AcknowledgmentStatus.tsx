import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconMessage } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgmentTone, toneBadge } from '../../app/statusColors';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { ACKNOWLEDGMENTS_PAGE_SIZE, acknowledgmentsQuery } from './api';
import { ScrollRegion } from './ScrollRegion';

/** HR follows up after the lock: who still waits for release, who has not acknowledged yet. */
export function AcknowledgmentStatus({ cycleId, sessionId }: { cycleId: string; sessionId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const status = useQuery(acknowledgmentsQuery(cycleId, sessionId, page));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calibration-acknowledgments">
      <Stack gap="sm">
        <Title order={2} size="h4" id="calibration-acknowledgments">
          {t('calibration.acknowledgments.title')}
        </Title>
        <QueryView
          query={status}
          skeleton={<TableSkeleton rows={3} />}
          empty={<Text size="sm">{t('calibration.acknowledgments.empty')}</Text>}
        >
          {(data) => (
            <>
              <Text size="sm" data-testid="calibration-acknowledgment-summary">
                {t('calibration.acknowledgments.summary', data.summary)}
              </Text>
              <ScrollRegion label={t('calibration.acknowledgments.title')}>
                <Table verticalSpacing={4} fz="sm" miw={480}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('calibration.acknowledgments.person')}</Table.Th>
                      <Table.Th scope="col">{t('calibration.acknowledgments.manager')}</Table.Th>
                      <Table.Th scope="col">{t('calibration.acknowledgments.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((row) => (
                      <Table.Tr key={row.reviewId}>
                        <Table.Th scope="row" fw={500}>
                          {row.person.displayName}
                        </Table.Th>
                        <Table.Td>{row.manager?.displayName ?? '—'}</Table.Td>
                        <Table.Td>
                          <Badge
                            {...toneBadge(
                              acknowledgmentTone[row.state as keyof typeof acknowledgmentTone] ?? 'neutral',
                            )}
                          >
                            {t(`calibration.reviewState.${row.state}`)}
                          </Badge>
                          {row.commented ? (
                            <IconMessage
                              size={14}
                              aria-label={t('calibration.acknowledgments.commented')}
                              style={{ marginLeft: 6 }}
                            />
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
              <Pager
                page={page}
                pageSize={ACKNOWLEDGMENTS_PAGE_SIZE}
                total={data.total}
                onChange={setPage}
                label={t('calibration.acknowledgments.title')}
              />
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
