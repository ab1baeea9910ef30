import { Paper, Switch } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/ErrorAlert';
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
            { onError: (error) => toasts.show({ color: 'red', message: errorMessage(error, t) }) },
          )
        }
        label={t('notifications.digest.label')}
        description={t('notifications.digest.description')}
        data-testid="notifications-digest"
      />
    </Paper>
  );
}
