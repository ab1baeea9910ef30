import { Badge, Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconStairs } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { toneBadge } from '../../app/statusColors';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { EmptyPanel } from '../../components/EmptyPanel';
import { QueryView } from '../../components/QueryView';
import { levelsQuery } from '../../org/api';
import { type BandFilters, bandsQuery, type CompBand } from './api';
import { BandFormModal } from './BandFormModal';
import { money } from './format';

/** HR's salary bands: the versions in effect today (or every version), filtered by family and level. */
export function BandsPanel() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<BandFilters>({ jobFamily: '', levelId: null, view: 'current' });
  const [family] = useDebouncedValue(filters.jobFamily, 300);
  const bands = useInfiniteQuery(bandsQuery({ ...filters, jobFamily: family }));
  const levels = useQuery(levelsQuery);
  const [adding, setAdding] = useState(false);
  const levelOptions = [...(levels.data?.items ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({ value: level.id, label: `${level.code} · ${level.name}` }));

  const columns: DataColumn<CompBand>[] = [
    {
      key: 'family',
      header: t('compensation.bands.columns.jobFamily'),
      primary: true,
      cell: (band) => (
        <Stack gap={2} align="flex-start">
          <span>{band.jobFamily}</span>
          {band.superseded ? (
            <Badge {...toneBadge('neutral')} size="sm">
              {t('compensation.bands.superseded')}
            </Badge>
          ) : null}
        </Stack>
      ),
    },
    { key: 'level', header: t('compensation.bands.columns.level'), cell: (band) => band.levelCode },
    { key: 'zone', header: t('compensation.bands.columns.payZone'), cell: (band) => band.payZone ?? '—' },
    {
      key: 'min',
      header: t('compensation.bands.columns.min'),
      align: 'right',
      nowrap: true,
      cell: (band) => money(band.minMinor, band.currency),
    },
    {
      key: 'target',
      header: t('compensation.bands.columns.target'),
      align: 'right',
      nowrap: true,
      cell: (band) =>
        band.targetMinor !== null
          ? money(band.targetMinor, band.currency)
          : t('compensation.bands.midpointTarget', { amount: money(band.midpointMinor, band.currency) }),
    },
    {
      key: 'max',
      header: t('compensation.bands.columns.max'),
      align: 'right',
      nowrap: true,
      cell: (band) => money(band.maxMinor, band.currency),
    },
    {
      key: 'from',
      header: t('compensation.bands.columns.effectiveFrom'),
      nowrap: true,
      cell: (band) => formatDate(band.effectiveFrom),
    },
  ];

  return (
    <Stack gap="md">
      <Group
        justify="space-between"
        align="flex-end"
        gap="sm"
        role="search"
        aria-label={t('compensation.bands.filters.label')}
      >
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('compensation.bands.filters.jobFamily')}
            value={filters.jobFamily}
            onChange={(event) => setFilters({ ...filters, jobFamily: event.currentTarget.value })}
            w={200}
          />
          <Select
            label={t('compensation.bands.filters.level')}
            placeholder={t('compensation.bands.filters.allLevels')}
            data={levelOptions}
            value={filters.levelId}
            onChange={(levelId) => setFilters({ ...filters, levelId })}
            clearable
            w={200}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="band-view-label">
              {t('compensation.bands.filters.view')}
            </Text>
            <SegmentedControl
              aria-labelledby="band-view-label"
              value={filters.view}
              onChange={(view) => setFilters({ ...filters, view: view as BandFilters['view'] })}
              data={[
                { value: 'current', label: t('compensation.bands.filters.current') },
                { value: 'history', label: t('compensation.bands.filters.history') },
              ]}
            />
          </Stack>
        </Group>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
          data-testid="add-band"
        >
          {t('compensation.bands.add')}
        </Button>
      </Group>
      <QueryView
        query={bands}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
          <EmptyPanel
            testId="bands-empty"
            icon={<IconStairs size={28} />}
            title={t('compensation.bands.empty.title')}
            description={t('compensation.bands.empty.description')}
          />
        }
        loadMore
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.pages.flatMap((page) => page.items)}
            rowKey={(band) => band.id}
            label={t('compensation.bands.label')}
            framed
            minWidth={760}
            testId="bands-table"
            rowTestId="band-row"
          />
        )}
      </QueryView>
      <BandFormModal opened={adding} onClose={() => setAdding(false)} levels={levelOptions} />
    </Stack>
  );
}
