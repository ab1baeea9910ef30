import {
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
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
            <Badge color="red" variant="light" data-testid="overdue-count">
              {t('conversations.cadence.overdueCount', { count: reports.data.overdueCount })}
            </Badge>
          ) : null}
        </Group>
        {settings.data ? (
          <Text size="sm" c="dimmed">
            {t('conversations.cadence.lead', { count: settings.data.cadenceMonths })}
          </Text>
        ) : null}
        {reports.isPending ? (
          <Skeleton height={120} />
        ) : reports.isError ? (
          <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
        ) : reports.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('conversations.cadence.empty')}
          </Text>
        ) : (
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
                {reports.data.items.map((row) => (
                  <Table.Tr key={row.person.id} data-testid="cadence-row" data-overdue={row.overdue}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {row.person.displayName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.person.jobTitle}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {row.lastHeldAt ? formatDate(row.lastHeldAt) : t('conversations.cadence.never')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {row.nextConversationId && row.nextScheduledAt ? (
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
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={row.overdue ? 'red' : 'green'} variant="light">
                        {row.overdue ? t('conversations.cadence.overdue') : formatDate(row.dueBy)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {row.nextConversationId ? null : (
                        <Button
                          size="xs"
                          variant="light"
                          color="brand"
                          onClick={() => onSchedule(row.person.id)}
                        >
                          {t('conversations.cadence.schedule')}
                          <VisuallyHidden> {row.person.displayName}</VisuallyHidden>
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
