import { Button, Group, Paper, Select, Skeleton, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrgSettings, orgSettings } from '../../../contracts/platform';
import { apiPut, isApiError } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { meQueryKey } from '../../app/session';
import { AdminBack } from '../../components/AdminBack';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { supportedLocales } from '../../i18n';
import { timezones } from '../../org/personForm';
import { settingsQuery } from '../api';

export function SettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  const form = useForm<OrgSettings>({
    initialValues: { name: '', defaultLocale: 'en', defaultTimezone: 'UTC' },
    validate: zodValidate(orgSettings),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: initialise once the settings arrive
  useEffect(() => {
    if (settings.data) {
      form.setValues(settings.data);
      form.resetDirty(settings.data);
    }
  }, [settings.data]);

  const save = useMutation({
    mutationFn: (values: OrgSettings) => apiPut('/api/admin/settings', { body: values }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQuery.queryKey, saved);
      form.resetDirty(saved);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      notifications.show({ color: 'green', message: t('admin.settings.saved') });
    },
    onError: (error) => applyServerFieldErrors(form, error),
  });
  const generalError = save.isError && !(isApiError(save.error) && Object.keys(save.error.fields).length > 0);

  return (
    <Page
      title={t('admin.sections.settings.title')}
      description={t('admin.settings.lead')}
      above={<AdminBack />}
    >
      <Paper p="lg" maw={640}>
        {settings.isPending ? (
          <Stack>
            <Skeleton height={56} />
            <Skeleton height={56} />
            <Skeleton height={56} />
          </Stack>
        ) : settings.isError ? (
          <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <form
            onSubmit={form.onSubmit((values) => save.mutate(values))}
            noValidate
            data-testid="settings-form"
          >
            <Stack gap="md">
              {generalError ? <ErrorAlert error={save.error} /> : null}
              <TextInput label={t('admin.settings.name')} required {...form.getInputProps('name')} />
              <Select
                label={t('admin.settings.defaultLocale')}
                description={t('admin.settings.defaultLocaleHint')}
                data={supportedLocales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                allowDeselect={false}
                {...form.getInputProps('defaultLocale')}
              />
              <Select
                label={t('admin.settings.defaultTimezone')}
                data={timezones()}
                searchable
                limit={50}
                allowDeselect={false}
                nothingFoundMessage={t('common.nothingFound')}
                {...form.getInputProps('defaultTimezone')}
              />
              <Group>
                <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                  {t('actions.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
    </Page>
  );
}
