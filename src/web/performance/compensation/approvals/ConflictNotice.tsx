import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { toneAlert, toneColor } from '../../../app/statusColors';

/** A refused decision because the proposal changed since it was loaded (409 version_conflict). */
export const isConflict = (error: unknown) => isApiError(error, 'version_conflict');

/** Says a proposal changed meanwhile, with the button that loads the newer version. */
export function ConflictNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert {...toneAlert('negative')} role="alert" data-testid="approval-conflict">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('compensation.approvals.conflict')}</Text>
        <Button
          size="xs"
          variant="light"
          color={toneColor.negative}
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onReload}
        >
          {t('compensation.approvals.reload')}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * A decision dialog's banner: the conflict notice when its last answer was a version conflict;
 * reloading hands the newer version to the queue (`onDone`) and closes the dialog.
 */
export function conflictBanner(
  error: unknown,
  { onDone, onClose }: { onDone: () => void; onClose: () => void },
) {
  if (!isConflict(error)) return undefined;
  return (
    <ConflictNotice
      onReload={() => {
        onDone();
        onClose();
      }}
    />
  );
}
