import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowReport } from '../../../contracts/import';
import { apiPost } from '../../api/client';
import { toneAlert } from '../../app/statusColors';
import { CsvImportForm } from '../../org/admin/CsvImportForm';
import { ImportReportView } from '../../org/admin/ImportReportView';
import { useCsvImport } from '../../org/admin/useCsvImport';
import { payKeys } from './api';
import { PayColumnsHelp } from './PayColumnsHelp';

export type PayImportKind = 'pay' | 'bands';

const endpoints = {
  pay: '/api/performance/compensation/pay-records/import',
  bands: '/api/performance/compensation/bands/import',
} as const;

/**
 * HR imports current pay or salary bands from CSV, as people are imported: check the file (a dry
 * run), read the row-by-row report, then import every row at once — or nothing, when a row is wrong.
 */
export function PayImportPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<PayImportKind>('pay');
  const upload = useCsvImport({
    post: (csv, dryRun) => apiPost(endpoints[kind], { body: { csv, dryRun } }),
    onImported: () => void queryClient.invalidateQueries({ queryKey: payKeys.all }),
  });
  const { outcome } = upload;
  const startOver = (nextKind: PayImportKind = kind, chosen: File | null = null) => {
    setKind(nextKind);
    upload.chooseFile(chosen);
  };
  const outcomeOf = (row: ImportRowReport) => {
    if (row.status === 'create') return t(`compensation.import.newRow.${kind}`);
    return row.changes.length > 0
      ? t('compensation.import.correction', { columns: row.changes.join(', ') })
      : t('compensation.import.sameAsOnFile');
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('compensation.import.lead')}</Text>
      {outcome?.kind === 'imported' ? (
        <Alert
          {...toneAlert('positive')}
          icon={<IconCircleCheck aria-hidden />}
          role="status"
          data-testid="pay-import-done"
        >
          <Stack gap="sm">
            <Text size="sm">
              {t('compensation.import.done', {
                created: outcome.report.created,
                updated: outcome.report.updated,
              })}
            </Text>
            <Group>
              <Button size="xs" variant="default" onClick={() => startOver()}>
                {t('compensation.import.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <CsvImportForm
          upload={upload}
          testId="pay-import"
          before={
            <Stack gap={4}>
              <Text size="sm" fw={500} id="pay-import-kind">
                {t('compensation.import.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="pay-import-kind"
                value={kind}
                onChange={(value) => startOver(value as PayImportKind, upload.file)}
                data={[
                  { value: 'pay', label: t('compensation.import.kinds.pay') },
                  { value: 'bands', label: t('compensation.import.kinds.bands') },
                ]}
                disabled={upload.busy}
              />
            </Stack>
          }
        />
      )}
      {outcome && outcome.kind !== 'imported' && outcome.report.invalid > 0 ? (
        <Alert
          {...toneAlert('negative')}
          icon={<IconAlertTriangle aria-hidden />}
          role="alert"
          data-testid="pay-import-invalid"
        >
          {t(outcome.kind === 'refused' ? 'admin.import.refused' : 'admin.import.needsFixing', {
            count: outcome.report.invalid,
          })}
        </Alert>
      ) : null}
      {outcome ? (
        <ImportReportView
          report={outcome.report}
          wording={{
            identity: t(`compensation.import.identity.${kind}`),
            missingIdentity: '—',
            outcome: outcomeOf,
          }}
        />
      ) : null}
      <PayColumnsHelp kind={kind} />
    </Stack>
  );
}
