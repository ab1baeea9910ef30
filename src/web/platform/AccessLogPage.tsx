import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../app/format';
import { EmptyPanel } from '../components/EmptyPanel';
import { Page } from '../components/Page';
import { Pager } from '../components/Pager';
import { QueryView } from '../components/QueryView';
import { accessLogQuery } from './api';

const route = getRouteApi('/app/privacy/access-log');
const classColors: Record<string, string> = {
  performance: 'indigo',
  compensation: 'orange',
  development: 'brand',
  confidential: 'red',
  talent: 'grape',
  anonymous: 'gray',
};
const knownClasses = [
  'performance',
  'compensation',
  'development',
  'confidential',
  'talent',
  'anonymous',
] as const;

/** SPEC S1.5: every read of your records by someone else, with who, what, when and why. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const log = useQuery(accessLogQuery(page));

  return (
    <Page title={t('accessLog.title')} description={t('accessLog.lead')}>
      <QueryView
        query={log}
        empty={
          <EmptyPanel
            testId="access-log-empty"
            icon={<IconEye size={28} />}
            title={t('accessLog.empty.title')}
            description={t('accessLog.empty.description')}
          />
        }
      >
        {(data) => (
          <Stack gap="sm">
            <Paper p={0} style={{ overflow: 'hidden' }}>
              <Table data-testid="access-log-table" aria-label={t('accessLog.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('accessLog.when')}</Table.Th>
                    <Table.Th scope="col">{t('accessLog.who')}</Table.Th>
                    <Table.Th scope="col">{t('accessLog.what')}</Table.Th>
                    <Table.Th scope="col" visibleFrom="md">
                      {t('accessLog.reason')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((entry) => (
                    <Table.Tr key={entry.id} data-testid="access-log-row">
                      {/* The date may wrap: on a phone the three columns then fit without clipping "What". */}
                      <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                      <Table.Td>
                        {entry.viewer ? (
                          <Stack gap={0}>
                            <Text size="sm" fw={600}>
                              {entry.viewer.displayName}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {entry.viewer.jobTitle}
                            </Text>
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('accessLog.unknownViewer')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <Badge color={classColors[entry.dataClass] ?? 'gray'}>
                            {(knownClasses as readonly string[]).includes(entry.dataClass)
                              ? t(`dataClasses.${entry.dataClass as (typeof knownClasses)[number]}`)
                              : entry.dataClass}
                          </Badge>
                          <Text size="xs">{entry.resource}</Text>
                          {entry.reason ? (
                            <Text size="xs" c="dimmed" hiddenFrom="md">
                              {entry.reason}
                            </Text>
                          ) : null}
                        </Stack>
                      </Table.Td>
                      <Table.Td visibleFrom="md">{entry.reason ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })}
            />
          </Stack>
        )}
      </QueryView>
    </Page>
  );
}
