import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReportCadence as Row } from '../../../contracts/conversations';
import { formatDate } from '../../app/format';
import { toneBadge } from '../../app/statusColors';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { useIsPhone } from '../../components/useIsPhone';
import { reportsQuery, settingsQuery } from './api';

/** A manager's direct reports: when each last had a career conversation, the next one, and who is overdue. */
export function ReportsCadence({ onSchedule }: { onSchedule: (personId: string) => void }) {
  const { t } = useTranslation();
  const reports = useQuery(reportsQuery());
  const settings = useQuery(settingsQuery());
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="cadence-title"
      data-testid="reports-cadence"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="cadence-title">
            {t('conversations.cadence.title')}
          </Title>
          {reports.data && reports.data.overdueCount > 0 ? (
            <Badge {...toneBadge('negative')} data-testid="overdue-count">
              {t('conversations.cadence.overdueCount', { count: reports.data.overdueCount })}
            </Badge>
          ) : null}
        </Group>
        {settings.data ? (
          <Text size="sm" c="dimmed">
            {t('conversations.cadence.lead', { count: settings.data.cadenceMonths })}
          </Text>
        ) : null}
        <QueryView
          query={reports}
          skeleton={<Skeleton height={120} />}
          empty={
            <Text size="sm" c="dimmed">
              {t('conversations.cadence.empty')}
            </Text>
          }
        >
          {(data) => <CadenceList items={data.items} onSchedule={onSchedule} />}
        </QueryView>
      </Stack>
    </Paper>
  );
}

/** Cells shared by the phone cards and the table, so both say the same thing. */
function cells(row: Row, t: TFunction, onSchedule: (personId: string) => void) {
  return {
    lastHeld: (
      <Text size="sm">{row.lastHeldAt ? formatDate(row.lastHeldAt) : t('conversations.cadence.never')}</Text>
    ),
    next:
      row.nextConversationId && row.nextScheduledAt ? (
        <AnchorLink
          to="/growth/conversations/$conversationId"
          params={{ conversationId: row.nextConversationId }}
          size="sm"
        >
          {formatDate(row.nextScheduledAt)}
        </AnchorLink>
      ) : (
        <Text size="sm" c="dimmed">
          {t('conversations.cadence.none')}
        </Text>
      ),
    dueBy: (
      <Badge {...toneBadge(row.overdue ? 'negative' : 'positive')}>
        {row.overdue ? t('conversations.cadence.overdue') : formatDate(row.dueBy)}
      </Badge>
    ),
    schedule: row.nextConversationId ? null : (
      <Button size="xs" variant="light" color="brand" onClick={() => onSchedule(row.person.id)}>
        {t('conversations.cadence.schedule')}
        <VisuallyHidden> {row.person.displayName}</VisuallyHidden>
      </Button>
    ),
  };
}

/** A table from `sm` up; on a phone one card per report, so "Due by" is never off-screen. */
function CadenceList({ items, onSchedule }: { items: Row[]; onSchedule: (personId: string) => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  if (phone)
    return (
      <Stack component="ul" gap="xs" p={0} m={0}>
        {items.map((row) => {
          const cell = cells(row, t, onSchedule);
          return (
            <Paper
              key={row.person.id}
              component="li"
              withBorder
              p="sm"
              style={{ listStyle: 'none' }}
              data-testid="cadence-row"
              data-overdue={row.overdue}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {row.person.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.person.jobTitle}
                  </Text>
                </Stack>
                <Stack gap={2} align="flex-end">
                  <Text size="xs" c="dimmed">
                    {t('conversations.cadence.dueBy')}
                  </Text>
                  {cell.dueBy}
                </Stack>
              </Group>
              <SimpleGrid cols={2} spacing="xs" mt={6}>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t('conversations.cadence.lastHeld')}
                  </Text>
                  {cell.lastHeld}
                </Stack>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t('conversations.cadence.next')}
                  </Text>
                  {cell.next}
                </Stack>
              </SimpleGrid>
              {cell.schedule ? <Group mt="xs">{cell.schedule}</Group> : null}
            </Paper>
          );
        })}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('conversations.cadence.person')}</Table.Th>
            <Table.Th>{t('conversations.cadence.lastHeld')}</Table.Th>
            <Table.Th>{t('conversations.cadence.next')}</Table.Th>
            <Table.Th>{t('conversations.cadence.dueBy')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('conversations.cadence.schedule')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => {
            const cell = cells(row, t, onSchedule);
            return (
              <Table.Tr key={row.person.id} data-testid="cadence-row" data-overdue={row.overdue}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {row.person.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.person.jobTitle}
                  </Text>
                </Table.Td>
                <Table.Td>{cell.lastHeld}</Table.Td>
                <Table.Td>{cell.next}</Table.Td>
                <Table.Td>{cell.dueBy}</Table.Td>
                <Table.Td>{cell.schedule}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
