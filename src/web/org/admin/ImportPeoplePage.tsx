import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconListCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import { toneAlert } from '../../app/statusColors';
import { AdminBack } from '../../components/AdminBack';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { orgKeys } from '../api';
import { CsvImportForm } from './CsvImportForm';
import { ImportColumnsHelp } from './ImportColumnsHelp';
import { ImportReportView } from './ImportReportView';
import { type CsvImportOutcome, useCsvImport } from './useCsvImport';

const postImport = (csv: string, dryRun: boolean) => apiPost('/api/people/import', { body: { csv, dryRun } });

/** HR imports people from CSV: check the file (a dry run), read the report, then import all rows at once. */
export function ImportPeoplePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = useCsvImport({
    post: postImport,
    onImported: () => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.people });
      void queryClient.invalidateQueries({ queryKey: orgKeys.orgChart });
      void queryClient.invalidateQueries({ queryKey: orgKeys.departments });
      window.scrollTo({ top: 0, behavior: 'smooth' });
    },
  });
  const { outcome } = upload;
  const startOver = () => upload.chooseFile(null);

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

      {outcome?.kind === 'imported' ? null : <CsvImportForm upload={upload} testId="import" />}

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

function OutcomeMessage({ outcome }: { outcome: CsvImportOutcome }) {
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
