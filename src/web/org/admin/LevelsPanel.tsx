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
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { levelRequest } from '../../../contracts/org';
import { apiPost } from '../../api/client';
import { FormErrorBanner } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
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
  const form = useContractForm({
    schema: levelRequest,
    initialValues: { code: '', name: '', rank: '' } as LevelValues,
    toRequest: (values) => ({ ...values, rank: values.rank === '' ? Number.NaN : Number(values.rank) }),
    validate: (values) => {
      const rank = Number(values.rank);
      const fine = values.rank !== '' && Number.isInteger(rank) && rank >= 0 && rank <= 100;
      return fine ? {} : { rank: t('validation.rankRequired') };
    },
    overrideContractMessages: true,
    submit: (body) => apiPost('/api/levels', { body }),
    onSuccess: (_created, values) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.levels });
      showToast({ tone: 'positive', message: t('admin.structure.levelAdded', { name: values.name }) });
    },
    resetOnSuccess: true,
  });
  const items = [...(levels.data?.items ?? [])].sort((a, b) => a.rank - b.rank);

  return (
    <Paper p="lg" component="section" aria-labelledby="levels-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="levels-title">
          {t('admin.structure.levels')}
        </Title>
        <form onSubmit={form.onSubmit} ref={form.formRef} noValidate data-testid="add-level-form">
          <Grid gap="sm" align="flex-start">
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput label={t('admin.structure.code')} {...form.form.getInputProps('code')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <NumberInput
                label={t('admin.structure.rank')}
                min={0}
                max={100}
                allowDecimal={false}
                {...form.form.getInputProps('rank')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('admin.structure.name')} {...form.form.getInputProps('name')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Button type="submit" loading={form.pending} leftSection={<IconPlus size={16} aria-hidden />}>
                {t('admin.structure.addLevel')}
              </Button>
            </Grid.Col>
          </Grid>
        </form>
        <FormErrorBanner form={form} />
        <QueryView
          query={levels}
          skeleton={<Skeleton height={120} />}
          isEmpty={() => items.length === 0}
          empty={
            <Text size="sm" c="dimmed">
              {t('admin.structure.noLevels')}
            </Text>
          }
        >
          {() => (
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
        </QueryView>
      </Stack>
    </Paper>
  );
}
