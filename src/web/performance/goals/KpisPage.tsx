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
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceArea } from '../../../contracts/goals';
import { hasRole, useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { TableSkeleton } from '../../components/TableSkeleton';
import { type AreaScope, AreaScopeFields } from './AreaScopeFields';
import { areasQuery, goalWrites, personAreasQuery } from './api';
import { fieldErrors, SaveFormModal } from './SaveFormModal';

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
                    color="red"
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
  if (areas.isPending) return <TableSkeleton rows={3} />;
  if (areas.isError) return <ErrorAlert error={areas.error} onRetry={() => void areas.refetch()} />;
  if (areas.data.items.length === 0)
    return (
      <EmptyPanel
        icon={<IconChartBar size={28} />}
        title={t('goals.kpis.emptyMineTitle')}
        description={t('goals.kpis.emptyMine')}
      />
    );
  return <AreaTable areas={areas.data.items} />;
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
      {areas.isPending ? (
        <TableSkeleton rows={3} />
      ) : areas.isError ? (
        <ErrorAlert error={areas.error} onRetry={() => void areas.refetch()} />
      ) : areas.data.items.length === 0 ? (
        <EmptyPanel
          icon={<IconChartBar size={28} />}
          title={t('goals.kpis.emptyTitle')}
          description={t('goals.kpis.empty')}
        />
      ) : (
        <>
          <AreaTable areas={areas.data.items} onEdit={setEditing} onDelete={(area) => remove.mutate(area)} />
          <Pager page={page} pageSize={20} total={areas.data.total} onChange={setPage} />
        </>
      )}
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
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [scope, setScope] = useState<AreaScope>({ kind: 'level', levelId: null, jobTitle: null });
  const [kpis, setKpis] = useState<KpiDraft[]>([]);
  useEffect(() => {
    setName(existing?.name ?? '');
    setDescription(existing?.description ?? '');
    setScope({
      kind: existing?.jobTitle ? 'jobTitle' : 'level',
      levelId: existing?.level?.id ?? null,
      jobTitle: existing?.jobTitle ?? null,
    });
    setKpis(existing?.kpis ?? [{ name: '', target: 0, unit: '' }]);
  }, [existing]);
  const save = useMutation({
    mutationFn: async (): Promise<void> => {
      const body = {
        name,
        description,
        // Exactly one scope is sent; the other side of the switch is kept only as a draft.
        levelId: scope.kind === 'level' ? scope.levelId : null,
        jobTitleId: scope.kind === 'jobTitle' ? (scope.jobTitle?.id ?? null) : null,
        kpis,
      };
      if (existing) await goalWrites.updateArea(existing.id, { ...body, version: existing.version });
      else await goalWrites.createArea(body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['performance-areas'] });
      onClose();
    },
  });
  const fields = fieldErrors(save);
  return (
    <SaveFormModal
      opened={area !== null}
      onClose={onClose}
      title={existing ? t('goals.kpis.editTitle') : t('goals.kpis.addTitle')}
      save={save}
    >
      <TextInput
        label={t('goals.kpis.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fields.name}
        required
      />
      <Textarea
        label={t('goals.kpis.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
      />
      <AreaScopeFields
        scope={scope}
        onChange={setScope}
        error={scope.kind === 'level' ? (fields.levelId ?? fields.jobTitleId) : fields.jobTitleId}
      />
      {kpis.map((kpi, index) => (
        <Group key={kpi.id ?? index} align="flex-end" wrap="wrap" gap="xs">
          <TextInput
            flex={2}
            miw={160}
            label={t('goals.kpis.kpiN', { n: index + 1 })}
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
            color="red"
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
    </SaveFormModal>
  );
}
