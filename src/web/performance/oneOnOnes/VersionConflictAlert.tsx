import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toneAlert, toneColor } from '../../app/statusColors';

/**
 * Someone else saved first (409 `version_conflict`). The draft stays where it is; the button loads
 * the newer version so the person can decide what to keep, and nothing is overwritten silently.
 */
export function VersionConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert {...toneAlert('negative')} title={t('oneOnOnes.conflict.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        {t('errors.versionConflict')}
        <Button size="xs" variant="white" color={toneColor.negative} onClick={onReload}>
          {t('oneOnOnes.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
