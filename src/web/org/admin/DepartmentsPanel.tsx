import { Button, Group, Paper, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { departmentRequest } from '../../../contracts/org';
import { apiPost, isApiError } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { departmentsQuery, orgKeys } from '../api';

export function DepartmentsPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const departments = useQuery(departmentsQuery);
  const form = useForm({ initialValues: { name: '' }, validate: zodValidate(departmentRequest) });
  const add = useMutation({
    mutationFn: (values: { name: string }) => apiPost('/api/departments', { body: values }),
    onSuccess: (_created, values) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.departments });
      notifications.show({
        color: 'green',
        message: t('admin.structure.departmentAdded', { name: values.name }),
      });
      form.reset();
    },
    onError: (error) => applyServerFieldErrors(form, error),
  });
  const items = [...(departments.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Paper p="lg" component="section" aria-labelledby="departments-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="departments-title">
          {t('admin.structure.departments')}
        </Title>
        <form
          onSubmit={form.onSubmit((values) => add.mutate(values))}
          noValidate
          data-testid="add-department-form"
        >
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              label={t('admin.structure.newDepartment')}
              style={{ flex: 1 }}
              {...form.getInputProps('name')}
            />
            <Button
              type="submit"
              mt={25}
              loading={add.isPending}
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('actions.add')}
            </Button>
          </Group>
        </form>
        {add.isError && !(isApiError(add.error) && add.error.fields.name) ? (
          <ErrorAlert error={add.error} />
        ) : null}
        {departments.isPending ? (
          <Skeleton height={120} />
        ) : departments.isError ? (
          <ErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('admin.structure.noDepartments')}
          </Text>
        ) : (
          <Table data-testid="departments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.structure.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('admin.structure.headcount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <AnchorLink to="/people" search={{ departmentId: d.id }}>
                      {d.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td ta="right">{d.headcount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
