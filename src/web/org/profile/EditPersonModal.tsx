import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PersonDetail, updatePersonRequest } from '../../../contracts/org';
import { type ApiBody, apiGet, apiPatch, isApiError } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { orgKeys } from '../api';
import { PersonFormFields } from '../PersonFormFields';
import { type PersonFormValues, toPersonFields, validatePerson, valuesFromPerson } from '../personForm';

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
  const [base, setBase] = useState(person);
  const form = useForm<PersonFormValues>({
    initialValues: valuesFromPerson(person),
    validate: validatePerson(zodValidate(updatePersonRequest), (values) => changes(base, values)),
  });

  const save = useMutation({
    mutationFn: (body: PersonPatch) =>
      apiPatch('/api/people/{personId}', { params: { path: { personId: person.id } }, body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(orgKeys.person(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: orgKeys.people });
      void queryClient.invalidateQueries({ queryKey: orgKeys.orgChart });
      notifications.show({ color: 'green', message: t('profile.edit.saved', { name: updated.displayName }) });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(form, error),
  });

  const conflict = isApiError(save.error, 'version_conflict');
  const reload = async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: orgKeys.person(person.id),
      queryFn: () => apiGet('/api/people/{personId}', { params: { path: { personId: person.id } } }),
      staleTime: 0,
    });
    setBase(fresh);
    form.setValues(valuesFromPerson(fresh));
    form.resetDirty(valuesFromPerson(fresh));
    save.reset();
  };

  const managerChanged = form.getValues().managerId !== (base.manager?.id ?? null);
  const error = save.error;
  const fieldErrorsShown = isApiError(error) && Object.keys(error.fields).length > 0;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('profile.edit.title', { name: person.displayName })}
      size="xl"
    >
      <form
        onSubmit={form.onSubmit((values) => save.mutate(changes(base, values)))}
        noValidate
        data-testid="edit-person-form"
      >
        <Stack gap="md">
          {conflict ? (
            <Alert
              color="orange"
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
                  <Button size="xs" color="orange" onClick={() => void reload()}>
                    {t('profile.edit.reload')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : error && !fieldErrorsShown ? (
            <ErrorAlert error={error} />
          ) : null}
          <PersonFormFields
            form={form}
            mode="edit"
            personId={person.id}
            initialManager={base.manager}
            managerChanged={managerChanged}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={conflict}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
