import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Pager } from '../../../components/Pager';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useIsPhone } from '../../../components/useIsPhone';
import { cycleReviewsQuery, overdueQuery, PAGE_SIZE } from '../api';
import { FormStateBadge, OpenReviewLink, ReviewStateBadge } from '../ReviewBits';

const states = [
  'self_review',
  'manager_review',
  'submitted',
  'in_calibration',
  'calibrated',
  'released',
  'acknowledged',
] as const;

export function OverdueTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const overdue = useQuery(overdueQuery(cycleId, page));
  const phone = useIsPhone();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="overdue-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="overdue-title">
          {t('reviews.dashboard.overdue')}
        </Title>
        {overdue.isPending ? (
          <TableSkeleton rows={3} />
        ) : overdue.isError ? (
          <ErrorAlert error={overdue.error} onRetry={() => void overdue.refetch()} />
        ) : overdue.data.total === 0 ? (
          <Text c="dimmed">{t('reviews.dashboard.overdueEmpty')}</Text>
        ) : (
          <>
            {phone ? (
              <Stack component="ul" gap="xs" p={0} m={0} data-testid="cycle-overdue">
                {overdue.data.items.map((item) => (
                  <Paper
                    key={`${item.reviewId}:${item.task}:${item.person.id}`}
                    component="li"
                    withBorder
                    p="sm"
                    style={{ listStyle: 'none' }}
                  >
                    <Group justify="space-between" gap="xs" align="flex-start">
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600}>
                          {item.person.displayName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t(`reviews.dashboard.tasks.${item.task}`)} · {item.department ?? '—'}
                        </Text>
                      </Stack>
                      <Text size="sm" c="red.9">
                        <Text span size="xs" c="dimmed">
                          {t('reviews.dashboard.due')}:{' '}
                        </Text>
                        {formatDate(item.due)}
                      </Text>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={480}>
                <Table data-testid="cycle-overdue">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reviews.dashboard.person')}</Table.Th>
                      <Table.Th>{t('reviews.dashboard.task')}</Table.Th>
                      <Table.Th>{t('reviews.dashboard.department')}</Table.Th>
                      <Table.Th>{t('reviews.dashboard.due')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {overdue.data.items.map((item) => (
                      <Table.Tr key={`${item.reviewId}:${item.task}:${item.person.id}`}>
                        <Table.Td>{item.person.displayName}</Table.Td>
                        <Table.Td>{t(`reviews.dashboard.tasks.${item.task}`)}</Table.Td>
                        <Table.Td>{item.department ?? '—'}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c="red.9">
                            {formatDate(item.due)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Pager page={page} pageSize={10} total={overdue.data.total} onChange={setPage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

export function CycleReviewsTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [state, setState] = useState<string | null>(null);
  const list = useQuery(cycleReviewsQuery(cycleId, state, page));
  const done = (value: boolean) =>
    value ? (
      <FormStateBadge state="submitted" />
    ) : (
      <Text size="sm" c="dimmed">
        {t('reviews.tasks.draft')}
      </Text>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cycle-reviews-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="cycle-reviews-title">
          {t('reviews.dashboard.reviews')}
        </Title>
        <Select
          label={t('reviews.dashboard.filterState')}
          placeholder={t('reviews.dashboard.allStates')}
          data={states.map((s) => ({ value: s, label: t(`reviews.state.${s}`) }))}
          value={state}
          onChange={(value) => {
            setState(value);
            setPage(1);
          }}
          clearable
          maw={280}
        />
        {list.isPending ? (
          <TableSkeleton rows={4} />
        ) : list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table data-testid="cycle-reviews">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reviews.dashboard.person')}</Table.Th>
                    <Table.Th>{t('reviews.dashboard.reviewer')}</Table.Th>
                    <Table.Th>{t('reviews.dashboard.department')}</Table.Th>
                    <Table.Th>{t('reviews.cycles.status')}</Table.Th>
                    <Table.Th>{t('reviews.dashboard.selfDone')}</Table.Th>
                    <Table.Th>{t('reviews.dashboard.managerDone')}</Table.Th>
                    <Table.Th>
                      <span className="visually-hidden">{t('reviews.dashboard.open')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Td>{row.subject.displayName}</Table.Td>
                      <Table.Td>{row.reviewer?.displayName ?? '—'}</Table.Td>
                      <Table.Td>{row.department ?? '—'}</Table.Td>
                      <Table.Td>
                        <ReviewStateBadge state={row.state} />
                      </Table.Td>
                      <Table.Td>{done(row.selfSubmitted)}</Table.Td>
                      <Table.Td>{done(row.managerSubmitted)}</Table.Td>
                      <Table.Td>
                        <OpenReviewLink reviewId={row.id} name={row.subject.displayName} variant="default" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
