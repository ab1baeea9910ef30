import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toneBadge } from '../../app/statusColors';
import { QueryView } from '../../components/QueryView';
import { hrCoachesQuery, logisticsQuery } from './api';

const statuses = [
  'requested',
  'chemistry',
  'awaiting_approval',
  'active',
  'completed',
  'declined',
  'cancelled',
] as const;

/** /growth/coaching/hr: per-programme counts (small groups withheld) and the coach pool. No names, goals or notes. */
export function CoachingHrPage() {
  const { t } = useTranslation();
  const logistics = useQuery(logisticsQuery());
  const coaches = useQuery(hrCoachesQuery());
  const min = logistics.data?.minimumGroup ?? 5;
  const cell = (c: { count: number | null; suppressed: string | null }) =>
    c.suppressed ? (
      <Badge color="gray" variant="light" size="sm" title={t('coaching.hr.suppressed', { min })}>
        <span aria-hidden>–</span>
        <span className="visually-hidden" style={{ position: 'absolute', left: -9999 }}>
          {t('coaching.hr.suppressed', { min })}
        </span>
      </Badge>
    ) : (
      c.count
    );
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('coaching.hr.title')}
        </Title>
        <Text c="dimmed">{t('coaching.hr.lead', { min })}</Text>
      </Stack>
      <Paper
        withBorder
        p="md"
        component="section"
        aria-labelledby="hr-logistics"
        style={{ overflowX: 'auto' }}
      >
        <Title order={3} size="h4" id="hr-logistics" mb="xs">
          {t('coaching.hr.title')}
        </Title>
        <QueryView query={logistics}>
          {(d) => (
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('coaching.hr.programme')}</Table.Th>
                  {statuses.map((s) => (
                    <Table.Th key={s}>{t(`coaching.engagement.status.${s}`)}</Table.Th>
                  ))}
                  <Table.Th>{t('coaching.hr.sessions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((row) => (
                  <Table.Tr key={row.programme.id}>
                    <Table.Td>{row.programme.name}</Table.Td>
                    {statuses.map((s) => (
                      <Table.Td key={s}>{row.byStatus[s] ? cell(row.byStatus[s]) : 0}</Table.Td>
                    ))}
                    <Table.Td>
                      {row.sessionsHeld === null
                        ? cell({ count: null, suppressed: 'below_threshold' })
                        : `${row.sessionsHeld} / ${row.sessionsAllowed}`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryView>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="hr-pool">
        <Title order={3} size="h4" id="hr-pool" mb="xs">
          {t('coaching.hr.pool')}
        </Title>
        <QueryView query={coaches}>
          {(d) =>
            d.items.map((c) => (
              <Group key={c.personId} justify="space-between" wrap="wrap" py={4}>
                <Text size="sm">
                  {c.name} · {t(`coaching.pool.${c.kind}`)} ·{' '}
                  {t('coaching.pool.capacity', { active: c.activeEngagements, capacity: c.capacity })}
                </Text>
                <Badge {...toneBadge(c.inPool && c.hasCoachRole ? 'positive' : 'neutral')}>
                  {c.inPool && c.hasCoachRole ? t('coaching.hr.inPool') : t('coaching.hr.outOfPool')}
                </Badge>
              </Group>
            ))
          }
        </QueryView>
      </Paper>
    </Stack>
  );
}
