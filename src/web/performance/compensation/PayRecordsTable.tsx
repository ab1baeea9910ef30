import { Badge, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { toneBadge } from '../../app/statusColors';
import { type DataColumn, DataTable } from '../../components/DataTable';
import type { PayRecord } from './api';
import { bpsPercent, fteShare, money } from './format';

/** A pay record's base with how often it is paid: "€85,000.00 per year". */
export function BaseAmount({ record }: { record: PayRecord }) {
  const { t } = useTranslation();
  return (
    <>
      {money(record.baseMinor, record.currency)}{' '}
      <Text span size="sm" c="dimmed">
        {t(`compensation.record.frequencies.${record.frequency}`)}
      </Text>
    </>
  );
}

/**
 * Pay records newest first, as a table (cards on a phone). A record a correction replaced is
 * marked, never hidden: the history is the record; one dated after today is marked as upcoming.
 */
export function PayRecordsTable({ records, asOf }: { records: readonly PayRecord[]; asOf: string }) {
  const { t } = useTranslation();
  const columns: DataColumn<PayRecord>[] = [
    {
      key: 'effectiveFrom',
      header: t('compensation.record.effectiveFrom'),
      primary: true,
      nowrap: true,
      cell: (record) => (
        <Stack gap={2} align="flex-start">
          <span>{formatDate(record.effectiveFrom)}</span>
          {record.superseded ? (
            <Tooltip label={t('compensation.record.supersededHint')}>
              <Badge {...toneBadge('neutral')} size="sm" tabIndex={0}>
                {t('compensation.record.superseded')}
              </Badge>
            </Tooltip>
          ) : record.effectiveFrom > asOf ? (
            <Badge {...toneBadge('info')} size="sm">
              {t('compensation.record.scheduled')}
            </Badge>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'base',
      header: t('compensation.record.base'),
      cell: (record) => (
        <Text span size="sm" td={record.superseded ? 'line-through' : undefined}>
          <BaseAmount record={record} />
        </Text>
      ),
    },
    {
      key: 'fte',
      header: t('compensation.record.fte'),
      align: 'right',
      cell: (r) => fteShare(r.ftePermille),
    },
    {
      key: 'variable',
      header: t('compensation.record.variable'),
      cell: (record) =>
        record.variableTargetBps === null
          ? '—'
          : t('compensation.record.percentOfBase', { percent: bpsPercent(record.variableTargetBps) }),
    },
    {
      key: 'family',
      header: t('compensation.record.jobFamily'),
      cell: (record) => [record.jobFamily, record.payZone].filter(Boolean).join(' · '),
    },
    {
      key: 'reason',
      header: t('compensation.record.reason'),
      cell: (record) => (
        <Stack gap={0}>
          <span>{t(`compensation.record.reasons.${record.reason}`)}</span>
          {record.note ? (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {record.note}
            </Text>
          ) : null}
        </Stack>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={records}
      rowKey={(record) => record.id}
      label={t('compensation.history.label')}
      minWidth={720}
      testId="pay-history"
      rowTestId="pay-record"
    />
  );
}
