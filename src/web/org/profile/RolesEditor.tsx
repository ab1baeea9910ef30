import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleName } from '../../../contracts/auth';
import type { PersonDetail } from '../../../contracts/org';
import { apiPut } from '../../api/client';
import { toneText } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { orgKeys } from '../api';

const ROLES: RoleName[] = ['hr_admin', 'approver', 'coach', 'org_admin'];

/** Org admins grant the roles that are not derived from reporting lines. */
export function RolesEditor({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<string[]>(person.roles ?? []);
  const save = useMutation({
    mutationFn: (next: RoleName[]) =>
      apiPut('/api/people/{personId}/roles', {
        params: { path: { personId: person.id } },
        body: { roles: next },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(orgKeys.person(person.id), updated);
      setRoles(updated.roles ?? []);
      showToast({ tone: 'positive', message: t('profile.roles.saved', { name: person.displayName }) });
    },
  });
  const dirty = [...roles].sort().join() !== [...(person.roles ?? [])].sort().join();

  return (
    <Paper p="lg" component="section" aria-labelledby="roles-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="roles-title">
            {t('profile.roles.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('profile.roles.lead')}
          </Text>
        </div>
        {person.hasAccount === false ? (
          <Text size="sm" c={toneText('caution')}>
            {t('profile.roles.noAccount')}
          </Text>
        ) : null}
        <Checkbox.Group
          value={roles}
          onChange={setRoles}
          label={t('profile.roles.label')}
          data-testid="roles-editor"
        >
          <Stack gap="sm" mt="xs">
            {ROLES.map((role) => (
              <Checkbox
                key={role}
                value={role}
                label={t(`roles.${role}.name`)}
                description={t(`roles.${role}.description`)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {save.isError ? <ErrorAlert error={save.error} title={t('profile.roles.saveFailed')} /> : null}
        <Group>
          <Button onClick={() => save.mutate(roles as RoleName[])} disabled={!dirty} loading={save.isPending}>
            {t('profile.roles.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
