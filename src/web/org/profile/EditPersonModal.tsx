import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PersonDetail, updatePersonRequest } from '../../../contracts/org';
import { type ApiBody, apiGet, apiPatch, isApiError } from '../../api/client';
import { toneAlert, toneColor } from '../../app/statusColors';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { orgKeys } from '../api';
import { PersonFormFields } from '../PersonFormFields';
import { type PersonFormValues, toPersonFields, valuesFromPerson } from '../personForm';

interface EditPersonModalProps {
  person: PersonDetail;
  opened: boolean;
  onClose: () => void;
}

/** Only the changed fields are sent, with the version the form was opened at. */
type PersonPatch = ApiBody<'/api/people/{personId}', 'patch'>;

function changes(person: PersonDetail, values: PersonFormValues): PersonPatch {
  const before = toPersonFields(valuesFromPerson(person));
  const after = toPersonFields(values);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (after[key] !== before[key]) patch[key] = after[key];
  }
  if ('managerId' in patch && values.managerChangeEffective) {
    patch.managerChangeEffective = values.managerChangeEffective;
  }
  // Only the person fields that changed, each with its form value: a part of the full request.
  return { ...patch, version: person.version } as PersonPatch;
}

export function EditPersonModal({ person, opened, onClose }: EditPersonModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The record the form was opened at; a version conflict reloads it.
  const [base, setBase] = useState(person);
  const form = useContractForm({
    schema: updatePersonRequest,
    initialValues: valuesFromPerson(base),
    toRequest: (values) => changes(base, values),
    validate: (values) => (values.hireDate ? {} : { hireDate: t('validation.pickDate') }),
    overrideContractMessages: true,
    submit: (body) => apiPatch('/api/people/{personId}', { params: { path: { personId: person.id } }, body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(orgKeys.person(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: orgKeys.people });
      void queryClient.invalidateQueries({ queryKey: orgKeys.orgChart });
      showToast({ tone: 'positive', message: t('profile.edit.saved', { name: updated.displayName }) });
      onClose();
    },
  });
  // A reloaded record starts the form again from its values.
  const reset = form.reset;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another record arrives
  useEffect(() => reset(), [base]);
  // Opening the modal again starts from the newest record.
  useEffect(() => {
    if (opened) setBase(person);
  }, [opened, person]);

  const conflict = isApiError(form.lastError, 'version_conflict');
  const reload = async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: orgKeys.person(person.id),
      queryFn: () => apiGet('/api/people/{personId}', { params: { path: { personId: person.id } } }),
      staleTime: 0,
    });
    setBase(fresh);
  };

  const managerChanged = form.form.getValues().managerId !== (base.manager?.id ?? null);

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('profile.edit.title', { name: person.displayName })}
      size="xl"
      form={form}
      testId="edit-person-form"
      errorPlacement="top"
      submitProps={{ disabled: conflict }}
      banner={
        conflict ? (
          <Alert
            {...toneAlert('negative')}
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
            data-testid="version-conflict"
          >
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('profile.edit.conflictTitle')}
              </Text>
              <Text size="sm">{t('profile.edit.conflict')}</Text>
              <Group>
                <Button size="xs" color={toneColor.negative} onClick={() => void reload()}>
                  {t('profile.edit.reload')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : undefined
      }
    >
      <PersonFormFields
        form={form.form}
        mode="edit"
        personId={person.id}
        initialManager={base.manager}
        managerChanged={managerChanged}
      />
    </FormModal>
  );
}
