import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { gridOrder, talentDistributionQuery } from './api';
import { boxName } from './labels';

/** Counts per box for each manager's people (at the time the population was taken). */
export function DistributionTable({ sessionId, labels }: { sessionId: string; labels: (string | null)[] }) {
  const { t } = useTranslation();
  const query = useQuery(talentDistributionQuery(sessionId));
  const boxes = [...gridOrder].sort((a, b) => b - a);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('talent.distribution.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('talent.distribution.hint')}
      </Text>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={3} />}
        isEmpty={(data) => data.managers.length === 0}
        empty={<Text c="dimmed">{t('talent.distribution.empty')}</Text>}
      >
        {(data) => (
          <Table.ScrollContainer minWidth={720}>
            <Table striped withTableBorder data-testid="talent-distribution">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('talent.distribution.manager')}</Table.Th>
                  {boxes.map((box) => (
                    <Table.Th key={box} scope="col" ta="right" title={boxName(t, labels, box)}>
                      {box}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" ta="right">
                    {t('talent.distribution.unplaced')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('talent.distribution.total')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.managers.map((row) => (
                  <Table.Tr key={row.manager?.id ?? 'none'}>
                    <Table.Th scope="row">
                      {row.manager?.displayName ?? t('talent.distribution.noManager')}
                    </Table.Th>
                    {boxes.map((box) => (
                      <Table.Td key={box} ta="right">
                        {row.counts[box - 1] || '·'}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{row.unplaced}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {row.total}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      <Text size="xs" c="dimmed">
        {boxes.map((box) => `${box} = ${boxName(t, labels, box)}`).join(' · ')}
      </Text>
    </Stack>
  );
}
