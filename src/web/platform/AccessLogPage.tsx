import { Badge, Stack, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../app/format';
import { type DataColumn, DataTable } from '../components/DataTable';
import { EmptyPanel } from '../components/EmptyPanel';
import { Page } from '../components/Page';
import { QueryView } from '../components/QueryView';
import { type AccessLogEntry, accessLogQuery } from './api';

const route = getRouteApi('/app/privacy/access-log');
// Each data class has its own colour, which only tells the classes apart: the two tracks' own
// colours for their data, and hues that are no status tone (red or amber here would read as a
// warning) for the rest.
const classColors: Record<string, string> = {
  performance: 'indigo',
  compensation: 'cyan',
  development: 'brand',
  confidential: 'violet',
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
  const columns: DataColumn<AccessLogEntry>[] = [
    { key: 'when', header: t('accessLog.when'), cell: (entry) => formatDateTime(entry.at) },
    {
      key: 'who',
      header: t('accessLog.who'),
      primary: true,
      cell: (entry) =>
        entry.viewer ? (
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {entry.viewer.displayName}
            </Text>
            <Text size="xs" c="dimmed" fw={400}>
              {entry.viewer.jobTitle}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('accessLog.unknownViewer')}
          </Text>
        ),
    },
    {
      key: 'what',
      header: t('accessLog.what'),
      cell: (entry) => (
        <Stack gap={4} align="flex-start">
          <Badge color={classColors[entry.dataClass] ?? 'gray'}>
            {(knownClasses as readonly string[]).includes(entry.dataClass)
              ? t(`dataClasses.${entry.dataClass as (typeof knownClasses)[number]}`)
              : entry.dataClass}
          </Badge>
          <Text size="xs">{entry.resource}</Text>
        </Stack>
      ),
    },
    { key: 'reason', header: t('accessLog.reason'), cell: (entry) => entry.reason ?? '—' },
  ];

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
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(entry) => entry.id}
            label={t('accessLog.title')}
            pagination={{
              page: data.page,
              pageSize: data.pageSize,
              total: data.total,
              onChange: (p) => void navigate({ search: { page: p > 1 ? p : undefined } }),
            }}
            framed
            testId="access-log-table"
            rowTestId="access-log-row"
          />
        )}
      </QueryView>
    </Page>
  );
}
