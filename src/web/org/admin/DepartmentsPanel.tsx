import { Button, Group, Paper, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { departmentRequest } from '../../../contracts/org';
import { apiPost } from '../../api/client';
import { FormErrorBanner } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { departmentsQuery, orgKeys } from '../api';

export function DepartmentsPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const departments = useQuery(departmentsQuery);
  const form = useContractForm({
    schema: departmentRequest,
    initialValues: { name: '' },
    submit: (body) => apiPost('/api/departments', { body }),
    onSuccess: (_created, values) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.departments });
      showToast({
        tone: 'positive',
        message: t('admin.structure.departmentAdded', { name: values.name }),
      });
    },
    resetOnSuccess: true,
  });
  const items = [...(departments.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Paper p="lg" component="section" aria-labelledby="departments-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="departments-title">
          {t('admin.structure.departments')}
        </Title>
        <form onSubmit={form.onSubmit} ref={form.formRef} noValidate data-testid="add-department-form">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              label={t('admin.structure.newDepartment')}
              style={{ flex: 1 }}
              {...form.form.getInputProps('name')}
            />
            <Button
              type="submit"
              mt={25}
              loading={form.pending}
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('actions.add')}
            </Button>
          </Group>
        </form>
        <FormErrorBanner form={form} />
        <QueryView
          query={departments}
          skeleton={<Skeleton height={120} />}
          isEmpty={() => items.length === 0}
          empty={
            <Text size="sm" c="dimmed">
              {t('admin.structure.noDepartments')}
            </Text>
          }
        >
          {() => (
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
        </QueryView>
      </Stack>
    </Paper>
  );
}
