import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPersonRequest, type PersonDetail } from '../../../contracts/org';
import { apiPost } from '../../api/client';
import { toneAlert } from '../../app/statusColors';
import { AdminBack } from '../../components/AdminBack';
import { FormErrorBanner } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { orgKeys } from '../api';
import { PersonFormFields } from '../PersonFormFields';
import { emptyPersonValues, type PersonFormValues, toPersonFields } from '../personForm';

const toRequest = (values: PersonFormValues) => ({
  ...toPersonFields(values),
  sendInvitation: values.sendInvitation,
});

/** HR adds one person; they then appear in the directory and, under their manager, in the org chart. */
export function AddPersonPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<PersonDetail | null>(null);
  const [formKey, setFormKey] = useState(0);
  const form = useContractForm({
    schema: createPersonRequest,
    initialValues: emptyPersonValues(),
    toRequest,
    validate: (values: PersonFormValues) => (values.hireDate ? {} : { hireDate: t('validation.pickDate') }),
    overrideContractMessages: true,
    submit: (body) => apiPost('/api/people', { body }),
    onSuccess: (person) => {
      setCreated(person);
      queryClient.setQueryData(orgKeys.person(person.id), person);
      void queryClient.invalidateQueries({ queryKey: orgKeys.people });
      void queryClient.invalidateQueries({ queryKey: orgKeys.orgChart });
      void queryClient.invalidateQueries({ queryKey: orgKeys.departments });
      setFormKey((k) => k + 1);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    },
    resetOnSuccess: true,
  });

  return (
    <Page title={t('admin.people.title')} description={t('admin.people.lead')} above={<AdminBack />}>
      {created ? (
        <Alert
          {...toneAlert('positive')}
          icon={<IconCircleCheck aria-hidden />}
          role="status"
          data-testid="person-created"
        >
          <Stack gap={6}>
            <Text size="sm">{t('admin.people.created', { name: created.displayName })}</Text>
            <Group gap="md">
              <AnchorLink to="/people/$personId" params={{ personId: created.id }} size="sm">
                {t('admin.people.openProfile')}
              </AnchorLink>
              <AnchorLink to="/org-chart" search={{ focus: created.id }} size="sm">
                {t('profile.showInOrgChart')}
              </AnchorLink>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      <Paper p="lg">
        <form onSubmit={form.onSubmit} ref={form.formRef} noValidate data-testid="add-person-form">
          <Stack gap="lg">
            <FormErrorBanner form={form} />
            <PersonFormFields key={formKey} form={form.form} mode="create" />
            <Group justify="flex-end">
              <ButtonLink to="/people" variant="default">
                {t('actions.cancel')}
              </ButtonLink>
              <Button type="submit" loading={form.pending}>
                {t('admin.people.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
