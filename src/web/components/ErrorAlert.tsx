import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type ApiErrorCode, apiErrorCodes } from '../../contracts/errorCodes';
import { isApiError } from '../api/client';
import { toneAlert, toneColor } from '../app/statusColors';
import { apiFieldErrors, translateIssue } from '../i18n/issues';

/** Codes the client makes up itself (no answer, or one that is not the API's error shape). */
const clientCodes: Record<string, 'errors.network' | 'errors.server'> = {
  network_error: 'errors.network',
  server_error: 'errors.server',
  internal_error: 'errors.server',
};

/**
 * A user-facing sentence for any failure, by code only: the field issues of a validation failure,
 * the server's `reason` when it gave one, else the text of the error code (`errorCodes.<code>`).
 * The English `message` shows only for a code this build does not know.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.generic');
  const client = clientCodes[error.code];
  if (client) return t(client);
  if (error.code === 'validation_failed') {
    const details = Object.values(apiFieldErrors(error));
    if (details.length > 0) return details.join(' ');
  }
  if (error.reason) return translateIssue(error.reason, error.message);
  if (error.code === 'version_conflict' && error.currentVersion === undefined)
    return t('errors.versionConflict');
  if (isErrorCode(error.code)) {
    // A key built at run time; every code has one (typed in en.ts, checked in catalogues.test.ts).
    return (t as (key: string, options: object) => string)(`errorCodes.${error.code}`, {
      currentVersion: error.currentVersion,
    });
  }
  return error.message || t('errors.generic');
}

const isErrorCode = (code: string): code is ApiErrorCode =>
  (apiErrorCodes as readonly string[]).includes(code);

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** A failed load or action: what happened and, for loads, a retry button. */
export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      {...toneAlert('negative')}
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('errors.title')}
      role="alert"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {onRetry ? (
          <Button
            size="xs"
            variant="white"
            color={toneColor.negative}
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onRetry}
          >
            {t('actions.retry')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
