import { Alert, Button, FileInput, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileSpreadsheet, IconListCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../contracts/import';
import { apiPost } from '../../api/client';
import { toneAlert } from '../../app/statusColors';
import { AdminBack } from '../../components/AdminBack';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { orgKeys } from '../api';
import { ImportColumnsHelp } from './ImportColumnsHelp';
import { ImportReportView } from './ImportReportView';
import { type CsvReadProblem, readCsvFile, refusedReport } from './importReport';

/** The last answer for the chosen file: a dry run, or an import the server refused. */
interface Outcome {
  csv: string;
  report: ImportReport;
  kind: 'checked' | 'refused' | 'imported';
}

const postImport = (csv: string, dryRun: boolean) => apiPost('/api/people/import', { body: { csv, dryRun } });

/** HR imports people from CSV: check the file (a dry run), read the report, then import all rows at once. */
export function ImportPeoplePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [readProblem, setReadProblem] = useState<CsvReadProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const check = useMutation({
    mutationFn: async (chosen: File): Promise<Outcome | null> => {
      const read = await readCsvFile(chosen);
      if ('problem' in read) {
        setReadProblem(read.problem);
        return null;
      }
      try {
        return { csv: read.csv, report: await postImport(read.csv, true), kind: 'checked' };
      } catch (error) {
        const report = refusedReport(error);
        if (report) return { csv: read.csv, report, kind: 'checked' };
        throw error;
      }
    },
    onSuccess: setOutcome,
  });

  const runImport = useMutation({
    mutationFn: (csv: string) => postImport(csv, false),
    onSuccess: (report, csv) => {
      setOutcome({ csv, report, kind: 'imported' });
      void queryClient.invalidateQueries({ queryKey: orgKeys.people });
      void queryClient.invalidateQueries({ queryKey: orgKeys.orgChart });
      void queryClient.invalidateQueries({ queryKey: orgKeys.departments });
      window.scrollTo({ top: 0, behavior: 'smooth' });
    },
    onError: (error, csv) => {
      // The organisation changed since the check (e.g. someone took an email): show the new report.
      const report = refusedReport(error);
      if (report) setOutcome({ csv, report, kind: 'refused' });
    },
  });

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setReadProblem(null);
    setOutcome(null);
    check.reset();
    runImport.reset();
  };
  const startOver = () => chooseFile(null);

  const busy = check.isPending || runImport.isPending;
  const clean = outcome?.kind === 'checked' && outcome.report.invalid === 0;
  const importError = runImport.isError && !refusedReport(runImport.error) ? runImport.error : null;

  return (
    <Page title={t('admin.sections.import.title')} description={t('admin.import.lead')} above={<AdminBack />}>
      {outcome?.kind === 'imported' ? (
        <Alert
          {...toneAlert('positive')}
          icon={<IconCircleCheck aria-hidden />}
          role="status"
          data-testid="import-done"
        >
          <Stack gap="sm">
            <Text size="sm">
              {t('admin.import.done', { created: outcome.report.created, updated: outcome.report.updated })}
            </Text>
            <Group gap="sm">
              <ButtonLink to="/people" size="xs">
                {t('admin.import.openDirectory')}
              </ButtonLink>
              <Button size="xs" variant="default" onClick={startOver}>
                {t('admin.import.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}

      {outcome?.kind === 'imported' ? null : (
        <Paper p="lg">
          <form
            noValidate
            data-testid="import-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (file) check.mutate(file);
            }}
          >
            <Stack gap="md">
              <FileInput
                label={t('admin.import.file')}
                description={t('admin.import.fileHint')}
                placeholder={t('admin.import.filePlaceholder')}
                accept=".csv,text/csv"
                value={file}
                onChange={chooseFile}
                clearable
                clearButtonProps={{ 'aria-label': t('admin.import.clearFile') }}
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                error={readProblem ? t(`admin.import.readProblems.${readProblem}`) : undefined}
                disabled={busy}
                data-testid="import-file"
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
                  data-testid="import-submit"
                >
                  {t('admin.import.import')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}

      {outcome ? (
        <Stack gap="md">
          <OutcomeMessage outcome={outcome} />
          <ImportReportView report={outcome.report} />
        </Stack>
      ) : (
        <EmptyPanel
          testId="import-empty"
          icon={<IconListCheck size={28} />}
          title={t('admin.import.empty.title')}
          description={t('admin.import.empty.description')}
        />
      )}

      <ImportColumnsHelp />
    </Page>
  );
}

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'imported') return null;
  const { report } = outcome;
  if (report.invalid > 0) {
    return (
      <Alert
        {...toneAlert('negative')}
        icon={<IconAlertTriangle aria-hidden />}
        role="alert"
        data-testid="import-invalid"
      >
        {t(outcome.kind === 'refused' ? 'admin.import.refused' : 'admin.import.needsFixing', {
          count: report.invalid,
        })}
      </Alert>
    );
  }
  return (
    <Alert
      {...toneAlert('info')}
      icon={<IconCircleCheck aria-hidden />}
      role="status"
      data-testid="import-ready"
    >
      {t('admin.import.ready', { created: report.created, updated: report.updated })}
    </Alert>
  );
}
