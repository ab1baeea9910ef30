import { Paper, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { notificationSettingsQuery, useUpdateNotificationSettings } from './api';

/** The daily digest switch: saved at once, the new state announced by the switch itself. */
export function DigestSetting() {
  const { t } = useTranslation();
  const settings = useQuery(notificationSettingsQuery);
  const update = useUpdateNotificationSettings();
  const checked = update.isPending
    ? Boolean(update.variables?.dailyDigest)
    : Boolean(settings.data?.dailyDigest);
  return (
    <Paper p="md" withBorder>
      <Switch
        checked={checked}
        disabled={!settings.data}
        onChange={(event) =>
          update.mutate(
            { dailyDigest: event.currentTarget.checked },
            { onError: (error) => showToast({ tone: 'negative', message: errorMessage(error, t) }) },
          )
        }
        label={t('notifications.digest.label')}
        description={t('notifications.digest.description')}
        data-testid="notifications-digest"
      />
    </Paper>
  );
}
