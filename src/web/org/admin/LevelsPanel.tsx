import {
  Button,
  Grid,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { levelRequest } from '../../../contracts/org';
import { apiPost, isApiError } from '../../api/client';
import { applyServerFieldErrors, zodValidate } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { levelsQuery, orgKeys } from '../api';

interface LevelValues {
  code: string;
  name: string;
  rank: number | string;
}

export function LevelsPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const levels = useQuery(levelsQuery);
  const form = useForm<LevelValues>({
    initialValues: { code: '', name: '', rank: '' },
    validate: (values) => {
      const rank = values.rank === '' ? undefined : Number(values.rank);
      const errors = zodValidate(levelRequest)({ ...values, rank });
      if (errors.rank) errors.rank = t('validation.rankRequired');
      return errors;
    },
  });
  const add = useMutation({
    mutationFn: (values: LevelValues) =>
      apiPost('/api/levels', { body: { ...values, rank: Number(values.rank) } }),
    onSuccess: (_created, values) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.levels });
      notifications.show({ color: 'green', message: t('admin.structure.levelAdded', { name: values.name }) });
      form.reset();
    },
    onError: (error) => applyServerFieldErrors(form, error),
  });
  const items = [...(levels.data?.items ?? [])].sort((a, b) => a.rank - b.rank);
  const fieldErrors = isApiError(add.error) && Object.keys(add.error.fields).length > 0;

  return (
    <Paper p="lg" component="section" aria-labelledby="levels-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="levels-title">
          {t('admin.structure.levels')}
        </Title>
        <form
          onSubmit={form.onSubmit((values) => add.mutate(values))}
          noValidate
          data-testid="add-level-form"
        >
          <Grid gap="sm" align="flex-start">
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput label={t('admin.structure.code')} {...form.getInputProps('code')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <NumberInput
                label={t('admin.structure.rank')}
                min={0}
                max={100}
                allowDecimal={false}
                {...form.getInputProps('rank')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('admin.structure.name')} {...form.getInputProps('name')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Button type="submit" loading={add.isPending} leftSection={<IconPlus size={16} aria-hidden />}>
                {t('admin.structure.addLevel')}
              </Button>
            </Grid.Col>
          </Grid>
        </form>
        {add.isError && !fieldErrors ? <ErrorAlert error={add.error} /> : null}
        {levels.isPending ? (
          <Skeleton height={120} />
        ) : levels.isError ? (
          <ErrorAlert error={levels.error} onRetry={() => void levels.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('admin.structure.noLevels')}
          </Text>
        ) : (
          <Table data-testid="levels-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.structure.code')}</Table.Th>
                <Table.Th scope="col">{t('admin.structure.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('admin.structure.rank')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.code}</Table.Td>
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td ta="right">{l.rank}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
