import { Badge, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowReport } from '../../../contracts/import';
import { importRowTone, type Tone, toneBadge, toneColor } from '../../app/statusColors';
import { translateIssue } from '../../i18n/issues';
import { rowsForReview } from './importReport';

type CountKey = 'created' | 'updated' | 'toCreate' | 'toUpdate' | 'invalid';

/**
 * How an import whose rows are not people (pay records, salary bands) names a row and says what a
 * valid one does; the people import's wording otherwise.
 */
export interface ImportReportWording {
  /** Heads the column that identifies a row ("Person", "Band"). */
  identity: string;
  /** What a row without an identity shows. */
  missingIdentity: string;
  /** What a valid row does ("New pay record", "Replaces the record on this date: base"). */
  outcome: (row: ImportRowReport) => string;
}

/** Counts, then one table row per file row: rows to fix first, with each problem by column. */
export function ImportReportView({
  report,
  wording,
}: {
  report: ImportReport;
  wording?: ImportReportWording;
}) {
  const { t } = useTranslation();
  const missing = wording?.missingIdentity ?? t('admin.import.noEmail');
  // Each count is coloured as the rows it counts.
  const counts: { key: CountKey; value: number; tone: Tone }[] = report.applied
    ? [
        { key: 'created', value: report.created, tone: importRowTone.create },
        { key: 'updated', value: report.updated, tone: importRowTone.update },
      ]
    : [
        { key: 'toCreate', value: report.created, tone: importRowTone.create },
        { key: 'toUpdate', value: report.updated, tone: importRowTone.update },
        { key: 'invalid', value: report.invalid, tone: importRowTone.invalid },
      ];
  return (
    <Stack gap="sm" data-testid="import-report">
      <Group justify="space-between" align="baseline" gap="sm">
        <Title order={2} size="h3">
          {t('admin.import.reportTitle')}
        </Title>
        <Group gap="xs" data-testid="import-counts">
          {counts.map(({ key, value, tone }) => (
            <Badge key={key} {...toneBadge(tone)} size="lg" tt="none">
              {t(`admin.import.counts.${key}`, { value })}
            </Badge>
          ))}
        </Group>
      </Group>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        <Table data-testid="import-rows" aria-label={t('admin.import.reportTitle')} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={64}>
                {t('admin.import.line')}
              </Table.Th>
              <Table.Th scope="col" w={110}>
                {t('admin.import.status')}
              </Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {wording?.identity ?? t('admin.import.email')}
              </Table.Th>
              <Table.Th scope="col">{t('admin.import.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rowsForReview(report.rows).map((row) => (
              <Table.Tr key={row.line} data-testid={`import-row-${row.status}`}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>
                  <Badge
                    color={toneColor[importRowTone[row.status]]}
                    variant={row.status === 'invalid' ? 'filled' : 'light'}
                  >
                    {t(`admin.import.statuses.${row.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td visibleFrom="sm" style={{ wordBreak: 'break-word' }}>
                  {row.email || (
                    <Text span c="dimmed" size="sm">
                      {missing}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" hiddenFrom="sm" style={{ wordBreak: 'break-word' }}>
                    {row.email || missing}
                  </Text>
                  <RowDetails row={row} outcome={wording?.outcome} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

function RowDetails({ row, outcome }: { row: ImportRowReport; outcome?: ImportReportWording['outcome'] }) {
  const { t } = useTranslation();
  if (row.errors.length > 0) {
    return (
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {row.errors.map((error) => (
          <Text component="li" size="sm" key={`${error.field}:${error.message}`}>
            <Code>{error.field === 'file' ? t('admin.import.wholeFile') : error.field}</Code>{' '}
            {translateIssue(error, error.message)}
          </Text>
        ))}
      </Stack>
    );
  }
  if (outcome) {
    return (
      <Text size="sm" c="dimmed">
        {outcome(row)}
      </Text>
    );
  }
  if (row.status === 'update') {
    return (
      <Text size="sm" c="dimmed">
        {row.changes.length > 0
          ? t('admin.import.changes', { columns: row.changes.join(', ') })
          : t('admin.import.noChanges')}
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {t('admin.import.newPerson')}
    </Text>
  );
}
