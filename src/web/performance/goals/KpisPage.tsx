import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChartBar, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PerformanceArea,
  performanceAreaRequest,
  updatePerformanceAreaRequest,
} from '../../../contracts/goals';
import { hasRole, useMe } from '../../app/session';
import { toneColor } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { type AreaScope, AreaScopeFields } from './AreaScopeFields';
import { areasQuery, goalWrites, personAreasQuery } from './api';

/**
 * `/performance/kpis`: HR manages key performance areas per level or job title; everyone else sees the areas
 * and KPIs that apply to their own title and level.
 */
export function KpisPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('goals.kpis.title')} description={t('goals.kpis.lead')}>
      {hasRole(me, 'hr_admin') ? <ManageAreas /> : me.person ? <MyAreas personId={me.person.id} /> : null}
    </Page>
  );
}

function AreaTable({
  areas,
  onEdit,
  onDelete,
}: {
  areas: PerformanceArea[];
  onEdit?: (a: PerformanceArea) => void;
  onDelete?: (a: PerformanceArea) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {areas.map((area) => (
        <Paper key={area.id} withBorder p="md" data-testid="performance-area">
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {area.name}
              </Title>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {area.level
                    ? t('goals.kpis.forLevel', { name: area.level.name })
                    : t('goals.kpis.forTitle', { name: area.jobTitle?.name ?? '' })}
                </Text>
                {onEdit ? (
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('goals.kpis.editArea', { name: area.name })}
                    onClick={() => onEdit(area)}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                ) : null}
                {onDelete ? (
                  <ActionIcon
                    variant="subtle"
                    color={toneColor.negative}
                    aria-label={t('goals.kpis.deleteArea', { name: area.name })}
                    onClick={() => onDelete(area)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                ) : null}
              </Group>
            </Group>
            {area.description ? <Text size="sm">{area.description}</Text> : null}
            <Table.ScrollContainer minWidth={320}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('goals.kpis.kpi')}</Table.Th>
                    <Table.Th scope="col">{t('goals.kpis.target')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {area.kpis.map((kpi) => (
                    <Table.Tr key={kpi.id}>
                      <Table.Td>{kpi.name}</Table.Td>
                      <Table.Td>
                        {kpi.target} {kpi.unit}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function MyAreas({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const areas = useQuery(personAreasQuery(personId));
  return (
    <QueryView
      query={areas}
      skeleton={<TableSkeleton rows={3} />}
      empty={
        <EmptyPanel
          icon={<IconChartBar size={28} />}
          title={t('goals.kpis.emptyMineTitle')}
          description={t('goals.kpis.emptyMine')}
        />
      }
    >
      {(data) => <AreaTable areas={data.items} />}
    </QueryView>
  );
}

function ManageAreas() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<PerformanceArea | 'new' | null>(null);
  const areas = useQuery(areasQuery(page));
  const remove = useMutation({
    mutationFn: (area: PerformanceArea) => goalWrites.deleteArea(area.id, area.version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['performance-areas'] }),
  });
  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      {t('goals.kpis.add')}
    </Button>
  );
  return (
    <Stack gap="md">
      <Group>{addButton}</Group>
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <QueryView
        query={areas}
        skeleton={<TableSkeleton rows={3} />}
        empty={
          <EmptyPanel
            icon={<IconChartBar size={28} />}
            title={t('goals.kpis.emptyTitle')}
            description={t('goals.kpis.empty')}
          />
        }
      >
        {(data) => (
          <>
            <AreaTable areas={data.items} onEdit={setEditing} onDelete={(area) => remove.mutate(area)} />
            <Pager page={page} pageSize={20} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryView>
      <AreaModal area={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

interface KpiDraft {
  id?: string;
  name: string;
  target: number;
  unit: string;
}

function AreaModal({ area, onClose }: { area: PerformanceArea | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const existing = area && area !== 'new' ? area : null;
  const form = useContractForm({
    schema: existing ? updatePerformanceAreaRequest : performanceAreaRequest,
    initialValues: {
      name: existing?.name ?? '',
      description: existing?.description ?? '',
      scope: {
        kind: existing?.jobTitle ? 'jobTitle' : 'level',
        levelId: existing?.level?.id ?? null,
        jobTitle: existing?.jobTitle ?? null,
      } as AreaScope,
      kpis: (existing?.kpis ?? [{ name: '', target: 0, unit: '' }]) as KpiDraft[],
    },
    toRequest: ({ scope, ...values }) => {
      const body = {
        ...values,
        // Exactly one scope is sent; the other side of the switch is kept only as a draft.
        levelId: scope.kind === 'level' ? scope.levelId : null,
        jobTitleId: scope.kind === 'jobTitle' ? (scope.jobTitle?.id ?? null) : null,
      };
      return existing ? { ...body, version: existing.version } : body;
    },
    submit: async (body): Promise<void> => {
      if (existing) await goalWrites.updateArea(existing.id, { ...body, version: existing.version });
      else await goalWrites.createArea(body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['performance-areas'] });
      onClose();
    },
    opened: area !== null,
  });
  const { scope, kpis } = form.form.getValues();
  const setKpis = (next: KpiDraft[]) => form.form.setFieldValue('kpis', next);
  const errors = form.form.errors;
  return (
    <FormModal
      opened={area !== null}
      onClose={onClose}
      title={existing ? t('goals.kpis.editTitle') : t('goals.kpis.addTitle')}
      size="lg"
      form={form}
      cancelLabel={t('goals.form.cancel')}
      submitLabel={t('goals.form.save')}
    >
      <TextInput label={t('goals.kpis.name')} required {...form.form.getInputProps('name')} />
      <Textarea label={t('goals.kpis.description')} autosize {...form.form.getInputProps('description')} />
      <AreaScopeFields
        scope={scope}
        onChange={(next) => form.form.setFieldValue('scope', next)}
        error={
          (scope.kind === 'level' ? (errors.levelId ?? errors.jobTitleId) : errors.jobTitleId) as
            | string
            | undefined
        }
      />
      {kpis.map((kpi, index) => (
        <Group key={kpi.id ?? index} align="flex-end" wrap="wrap" gap="xs">
          <TextInput
            flex={2}
            miw={160}
            label={t('goals.kpis.kpiN', { n: index + 1 })}
            error={errors[`kpis.${index}.name`]}
            value={kpi.name}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setKpis(kpis.map((k, i) => (i === index ? { ...k, name: value } : k)));
            }}
            required
          />
          <NumberInput
            w={110}
            label={t('goals.kpis.target')}
            error={errors[`kpis.${index}.target`]}
            value={kpi.target}
            onChange={(v) =>
              setKpis(kpis.map((k, i) => (i === index ? { ...k, target: Number(v) || 0 } : k)))
            }
          />
          <TextInput
            w={110}
            label={t('goals.kpis.unit')}
            value={kpi.unit}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setKpis(kpis.map((k, i) => (i === index ? { ...k, unit: value } : k)));
            }}
          />
          <ActionIcon
            variant="subtle"
            color={toneColor.negative}
            size="lg"
            aria-label={t('goals.kpis.removeKpi', { n: index + 1 })}
            onClick={() => setKpis(kpis.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setKpis([...kpis, { name: '', target: 0, unit: '' }])}
        >
          {t('goals.kpis.addKpi')}
        </Button>
      </Group>
    </FormModal>
  );
}
