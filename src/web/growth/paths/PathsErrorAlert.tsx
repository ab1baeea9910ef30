import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { toneAlert } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';

const ownCodes = ['competency_in_use', 'scale_in_use', 'level_in_use'] as const;

/** Like ErrorAlert, with this part's own conflict codes worded in the reader's language. */
export function PathsErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = ownCodes.find((c) => isApiError(error, c));
  if (!code) return <ErrorAlert error={error} />;
  return (
    <Alert
      {...toneAlert('negative')}
      icon={<IconAlertTriangle aria-hidden />}
      title={t('errors.title')}
      role="alert"
    >
      {t(`paths.errors.${code}`)}
    </Alert>
  );
}
