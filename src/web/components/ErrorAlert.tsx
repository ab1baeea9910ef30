import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { translateMessage } from '../i18n';

/** A user-facing sentence for any failure, preferring our own wording for well-known codes. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    switch (error.code) {
      case 'network_error':
        return t('errors.network');
      case 'server_error':
      case 'internal':
      case 'internal_error':
      case 'database_unavailable':
        return t('errors.server');
      case 'rate_limited':
        return t('errors.rateLimited');
      case 'not_found':
        return t('errors.notFound');
      case 'forbidden':
        return t('errors.forbidden');
      case 'version_conflict':
        return t('errors.versionConflict');
      case 'validation_failed': {
        const details = Object.values(error.fields).map(translateMessage);
        return details.length > 0 ? details.join(' ') : t('errors.validation');
      }
      case 'csrf_failed':
        return t('errors.csrf');
      case 'unauthenticated':
        return t('errors.unauthenticated');
      default:
        return error.message ? translateMessage(error.message) : t('errors.generic');
    }
  }
  return t('errors.generic');
}

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
      color="red"
      variant="light"
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
            color="red"
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
