import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReleaseWarning } from '../../../contracts/conversations';
import { formatDate } from '../../app/format';
import { toneAlert } from '../../app/statusColors';

/** The scheduling warning: the date is close to a review release. It advises; it never blocks. */
export function ReleaseWarningAlert({ warning }: { warning: ReleaseWarning }) {
  const { t } = useTranslation();
  return (
    <Alert
      {...toneAlert('caution')}
      icon={<IconAlertTriangle aria-hidden />}
      title={t('conversations.warning.title')}
      data-testid="release-warning"
    >
      {t('conversations.warning.body', { days: warning.windowDays, date: formatDate(warning.releaseDate) })}
    </Alert>
  );
}
