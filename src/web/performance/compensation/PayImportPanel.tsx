import { Alert, Button, FileInput, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowReport } from '../../../contracts/import';
import { apiPost } from '../../api/client';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportReportView } from '../../org/admin/ImportReportView';
import { type CsvReadProblem, readCsvFile, refusedReport } from '../../org/admin/importReport';
import { payKeys } from './api';
import { PayColumnsHelp } from './PayColumnsHelp';

export type PayImportKind = 'pay' | 'bands';

const endpoints = {
  pay: '/api/performance/compensation/pay-records/import',
  bands: '/api/performance/compensation/bands/import',
} as const;

/** The last answer for the chosen file: a dry run, or an import the server refused or applied. */
interface Outcome {
  csv: string;
  report: ImportReport;
  kind: 'checked' | 'refused' | 'imported';
}

/**
 * HR imports current pay or salary bands from CSV, as people are imported: check the file (a dry
 * run), read the row-by-row report, then import every row at once — or nothing, when a row is wrong.
 */
export function PayImportPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<PayImportKind>('pay');
  const [file, setFile] = useState<File | null>(null);
  const [readProblem, setReadProblem] = useState<CsvReadProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const post = (csv: string, dryRun: boolean) => apiPost(endpoints[kind], { body: { csv, dryRun } });

  const check = useMutation({
    mutationFn: async (chosen: File): Promise<Outcome | null> => {
      const read = await readCsvFile(chosen);
      if ('problem' in read) {
        setReadProblem(read.problem);
        return null;
      }
      try {
        return { csv: read.csv, report: await post(read.csv, true), kind: 'checked' };
      } catch (error) {
        const report = refusedReport(error);
        if (report) return { csv: read.csv, report, kind: 'checked' };
        throw error;
      }
    },
    onSuccess: setOutcome,
  });
  const runImport = useMutation({
    mutationFn: (csv: string) => post(csv, false),
    onSuccess: (report, csv) => {
      setOutcome({ csv, report, kind: 'imported' });
      void queryClient.invalidateQueries({ queryKey: payKeys.all });
    },
    onError: (error, csv) => {
      // Records changed since the check: show the new report.
      const report = refusedReport(error);
      if (report) setOutcome({ csv, report, kind: 'refused' });
    },
  });
  const startOver = (nextKind: PayImportKind = kind, chosen: File | null = null) => {
    setKind(nextKind);
    setFile(chosen);
    setReadProblem(null);
    setOutcome(null);
    check.reset();
    runImport.reset();
  };

  const busy = check.isPending || runImport.isPending;
  const clean = outcome?.kind === 'checked' && outcome.report.invalid === 0;
  const importError = runImport.isError && !refusedReport(runImport.error) ? runImport.error : null;
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
        <Paper p="lg">
          <form
            noValidate
            data-testid="pay-import-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (file) check.mutate(file);
            }}
          >
            <Stack gap="md">
              <Stack gap={4}>
                <Text size="sm" fw={500} id="pay-import-kind">
                  {t('compensation.import.kind')}
                </Text>
                <SegmentedControl
                  aria-labelledby="pay-import-kind"
                  value={kind}
                  onChange={(value) => startOver(value as PayImportKind, file)}
                  data={[
                    { value: 'pay', label: t('compensation.import.kinds.pay') },
                    { value: 'bands', label: t('compensation.import.kinds.bands') },
                  ]}
                  disabled={busy}
                />
              </Stack>
              <FileInput
                label={t('admin.import.file')}
                description={t('admin.import.fileHint')}
                placeholder={t('admin.import.filePlaceholder')}
                accept=".csv,text/csv"
                value={file}
                onChange={(chosen) => startOver(kind, chosen)}
                clearable
                clearButtonProps={{ 'aria-label': t('admin.import.clearFile') }}
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                error={readProblem ? t(`admin.import.readProblems.${readProblem}`) : undefined}
                disabled={busy}
                data-testid="pay-import-file"
              />
              {check.isError ? <ErrorAlert error={check.error} /> : null}
              {importError ? <ErrorAlert error={importError} /> : null}
              <Group justify="flex-end" gap="sm">
                <Button
                  type="submit"
                  variant={clean ? 'default' : 'filled'}
                  disabled={!file || busy}
                  loading={check.isPending}
                >
                  {t('admin.import.check')}
                </Button>
                <Button
                  disabled={!clean || busy}
                  loading={runImport.isPending}
                  onClick={() => outcome && runImport.mutate(outcome.csv)}
                  data-testid="pay-import-submit"
                >
                  {t('admin.import.import')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
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
