import {
  Button,
  Divider,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrgSettings, orgSettings } from '../../../contracts/platform';
import { apiPut } from '../../api/client';
import { meQueryKey } from '../../app/session';
import { AdminBack } from '../../components/AdminBack';
import { FormErrorBanner } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { supportedLocales } from '../../i18n';
import { timezones } from '../../org/personForm';
import { settingsQuery } from '../api';

export function SettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  const form = useContractForm({
    schema: orgSettings,
    initialValues: (settings.data ?? {
      name: '',
      defaultLocale: 'en',
      defaultTimezone: 'UTC',
      allowIncompleteCalibrationSignOff: false,
      showBandPlacementToEmployees: false,
      talentTransparency: false,
      compOverBudgetPolicy: 'warn',
      compPromotionMinIncreasePct: '0',
      pipRequirePriorFeedback: true,
      pipPriorFeedbackMonths: 6,
      pipMinimumDurationDays: 30,
    }) as OrgSettings,
    submit: (body) => apiPut('/api/admin/settings', { body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQuery.queryKey, saved);
      form.form.resetDirty(saved);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      showToast({ tone: 'positive', message: t('admin.settings.saved') });
    },
  });
  // Start from the stored settings once they arrive (and again if they change elsewhere).
  const reset = form.reset;
  // biome-ignore lint/correctness/useExhaustiveDependencies: initialise once the settings arrive
  useEffect(() => {
    if (settings.data) reset();
  }, [settings.data]);

  return (
    <Page
      title={t('admin.sections.settings.title')}
      description={t('admin.settings.lead')}
      above={<AdminBack />}
    >
      <Paper p="lg" maw={640}>
        <QueryView
          query={settings}
          skeleton={
            <Stack>
              <Skeleton height={56} />
              <Skeleton height={56} />
              <Skeleton height={56} />
            </Stack>
          }
        >
          {() => (
            <form onSubmit={form.onSubmit} ref={form.formRef} noValidate data-testid="settings-form">
              <Stack gap="md">
                <FormErrorBanner form={form} />
                <TextInput label={t('admin.settings.name')} required {...form.form.getInputProps('name')} />
                <Select
                  label={t('admin.settings.defaultLocale')}
                  description={t('admin.settings.defaultLocaleHint')}
                  data={supportedLocales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                  allowDeselect={false}
                  {...form.form.getInputProps('defaultLocale')}
                />
                <Select
                  label={t('admin.settings.defaultTimezone')}
                  data={timezones()}
                  searchable
                  limit={50}
                  allowDeselect={false}
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.form.getInputProps('defaultTimezone')}
                />
                <Divider label={t('admin.settings.calibration')} labelPosition="left" mt="sm" />
                <Switch
                  label={t('admin.settings.allowIncompleteCalibrationSignOff')}
                  description={t('admin.settings.allowIncompleteCalibrationSignOffHint')}
                  data-testid="settings-incomplete-sign-off"
                  {...form.form.getInputProps('allowIncompleteCalibrationSignOff', { type: 'checkbox' })}
                />
                <Divider label={t('admin.settings.pay')} labelPosition="left" mt="sm" />
                <Switch
                  label={t('admin.settings.showBandPlacementToEmployees')}
                  description={t('admin.settings.showBandPlacementToEmployeesHint')}
                  data-testid="settings-band-placement"
                  {...form.form.getInputProps('showBandPlacementToEmployees', { type: 'checkbox' })}
                />
                <Switch
                  label={t('admin.settings.talentTransparency')}
                  description={t('admin.settings.talentTransparencyHint')}
                  data-testid="settings-talent-transparency"
                  {...form.form.getInputProps('talentTransparency', { type: 'checkbox' })}
                />
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="settings-over-budget">
                    {t('admin.settings.compOverBudgetPolicy')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="settings-over-budget"
                    data={[
                      { value: 'warn', label: t('admin.settings.overBudget.warn') },
                      { value: 'block', label: t('admin.settings.overBudget.block') },
                    ]}
                    {...form.form.getInputProps('compOverBudgetPolicy')}
                    style={{ alignSelf: 'flex-start' }}
                  />
                  <Text size="xs" c="dimmed">
                    {t('admin.settings.compOverBudgetPolicyHint')}
                  </Text>
                </Stack>
                <TextInput
                  label={t('admin.settings.compPromotionMinIncreasePct')}
                  description={t('admin.settings.compPromotionMinIncreasePctHint')}
                  inputMode="decimal"
                  rightSection={<Text size="xs">%</Text>}
                  w={260}
                  {...form.form.getInputProps('compPromotionMinIncreasePct')}
                />
                <Divider label={t('admin.settings.improvementPlans')} labelPosition="left" mt="sm" />
                <Switch
                  label={t('admin.settings.pipRequirePriorFeedback')}
                  description={t('admin.settings.pipRequirePriorFeedbackHint')}
                  {...form.form.getInputProps('pipRequirePriorFeedback', { type: 'checkbox' })}
                />
                <Group gap="md" align="flex-start" wrap="wrap">
                  <NumberInput
                    label={t('admin.settings.pipPriorFeedbackMonths')}
                    min={1}
                    max={36}
                    allowDecimal={false}
                    w={260}
                    {...form.form.getInputProps('pipPriorFeedbackMonths')}
                  />
                  <NumberInput
                    label={t('admin.settings.pipMinimumDurationDays')}
                    min={1}
                    max={365}
                    allowDecimal={false}
                    w={260}
                    {...form.form.getInputProps('pipMinimumDurationDays')}
                  />
                </Group>
                <Group>
                  <Button type="submit" loading={form.pending} disabled={!form.form.isDirty()}>
                    {t('actions.save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </QueryView>
      </Paper>
    </Page>
  );
}
