import { Button, FileInput, Group, Paper, Stack } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { CsvImport } from './useCsvImport';

/**
 * The file, "Check file" and "Import" of a CSV import (`useCsvImport`). `before` goes above the file
 * (e.g. what to import); `testId` names the form, `<testId>-file` and `<testId>-submit`.
 */
export function CsvImportForm({
  upload,
  testId,
  before,
}: {
  upload: CsvImport;
  testId: string;
  before?: ReactNode;
}) {
  const { t } = useTranslation();
  const { file, readProblem, outcome, check, runImport, busy, clean, importError } = upload;
  return (
    <Paper p="lg">
      <form
        noValidate
        data-testid={`${testId}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          if (file) check.mutate(file);
        }}
      >
        <Stack gap="md">
          {before}
          <FileInput
            label={t('admin.import.file')}
            description={t('admin.import.fileHint')}
            placeholder={t('admin.import.filePlaceholder')}
            accept=".csv,text/csv"
            value={file}
            onChange={upload.chooseFile}
            clearable
            clearButtonProps={{ 'aria-label': t('admin.import.clearFile') }}
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            error={readProblem ? t(`admin.import.readProblems.${readProblem}`) : undefined}
            disabled={busy}
            data-testid={`${testId}-file`}
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
              data-testid={`${testId}-submit`}
            >
              {t('admin.import.import')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
