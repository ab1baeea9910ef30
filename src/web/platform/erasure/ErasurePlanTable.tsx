import { Badge, Code, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasurePlanLine } from '../../../contracts/erasure';
import { formatDate, formatNumber } from '../../app/format';
import { toneColor } from '../../app/statusColors';

const actionColor = {
  delete: toneColor.negative,
  anonymise: toneColor.caution,
  keep: toneColor.neutral,
} as const;

const total = (lines: ErasurePlanLine[], action: ErasurePlanLine['action']) =>
  formatNumber(lines.filter((l) => l.action === action).reduce((n, l) => n + l.rows, 0));

/**
 * A plan as both HR admins read it: per table and record kind, what happens, how many rows and why
 * (the retention rule). Kinds with no rows are hidden unless asked for, so the list stays short.
 */
export function ErasurePlanTable({
  lines,
  retainUntil,
  performance,
}: {
  lines: ErasurePlanLine[];
  retainUntil: string | null;
  performance?: 'anonymise' | 'delete';
}) {
  const { t } = useTranslation();
  const [showEmpty, setShowEmpty] = useState(false);
  const shown = showEmpty ? lines : lines.filter((line) => line.rows > 0);
  return (
    <Stack gap="xs" data-testid="erasure-plan">
      <Text size="sm" fw={500}>
        {t('erasure.plan.summary', {
          deleted: total(lines, 'delete'),
          anonymised: total(lines, 'anonymise'),
          kept: total(lines, 'keep'),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {retainUntil
          ? t('erasure.plan.retainUntil', { date: formatDate(retainUntil) })
          : performance === 'delete'
            ? t('erasure.plan.deleteNow')
            : null}
      </Text>
      <Paper p={0} withBorder style={{ overflowX: 'auto' }}>
        <Table aria-label={t('erasure.plan.title')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('erasure.plan.record')}</Table.Th>
              <Table.Th scope="col">{t('erasure.plan.action')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('erasure.plan.rows')}
              </Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {t('erasure.plan.why')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((line) => (
              <Table.Tr key={`${line.domain}/${line.table}/${line.kind}`} data-testid="erasure-plan-line">
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Text size="sm">{line.kind}</Text>
                    <Code>{line.table}</Code>
                  </Stack>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    color={actionColor[line.action]}
                    variant="light"
                    tt="none"
                    styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
                  >
                    {t(`erasure.plan.actions.${line.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(line.rows)}</Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="xs" c="dimmed">
                    {line.reason}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Switch
        size="xs"
        checked={showEmpty}
        onChange={(event) => setShowEmpty(event.currentTarget.checked)}
        label={t('erasure.plan.showEmpty')}
      />
    </Stack>
  );
}
