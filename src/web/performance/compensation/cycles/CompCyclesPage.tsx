import { Badge, Button, Group, Text } from '@mantine/core';
import { IconCoins, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { compCycleStateTone, toneBadge } from '../../../app/statusColors';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { AnchorLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { QueryView } from '../../../components/QueryView';
import { type CompCycle, compCyclesQuery } from './api';
import { CreateCompCycleModal } from './CreateCompCycleModal';

/** `/performance/comp-cycles` (HR): every compensation cycle, newest first, and "New cycle". */
export function CompCyclesPage() {
  const { t } = useTranslation();
  const cycles = useInfiniteQuery(compCyclesQuery);
  const [creating, setCreating] = useState(false);
  const columns: DataColumn<CompCycle>[] = [
    {
      key: 'name',
      header: t('compensation.cycles.columns.name'),
      primary: true,
      cell: (cycle) => (
        <Group gap="xs" wrap="wrap">
          <AnchorLink to="/performance/comp-cycles/$cycleId" params={{ cycleId: cycle.id }}>
            {cycle.name}
          </AnchorLink>
          {cycle.sandbox ? (
            <Badge {...toneBadge('neutral')} size="sm">
              {t('compensation.cycles.sandbox')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    {
      key: 'state',
      header: t('compensation.cycles.columns.state'),
      cell: (cycle) => (
        <Badge {...toneBadge(compCycleStateTone[cycle.state])}>
          {t(`compensation.cycles.states.${cycle.state}`)}
        </Badge>
      ),
    },
    {
      key: 'period',
      header: t('compensation.cycles.columns.period'),
      nowrap: true,
      cell: (cycle) => `${formatDate(cycle.periodStart)} – ${formatDate(cycle.periodEnd)}`,
    },
    {
      key: 'effective',
      header: t('compensation.cycles.columns.effective'),
      nowrap: true,
      cell: (cycle) => formatDate(cycle.effectiveDate),
    },
    {
      key: 'currency',
      header: t('compensation.cycles.columns.currency'),
      cell: (cycle) => cycle.planningCurrency,
    },
  ];
  return (
    <Page
      title={t('compensation.cycles.title')}
      description={t('compensation.cycles.lead')}
      actions={
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setCreating(true)}
          data-testid="new-comp-cycle"
        >
          {t('compensation.cycles.new')}
        </Button>
      }
    >
      <QueryView
        query={cycles}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
          <EmptyPanel
            testId="comp-cycles-empty"
            icon={<IconCoins size={28} />}
            title={t('compensation.cycles.empty.title')}
            description={t('compensation.cycles.empty.description')}
          />
        }
        loadMore
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.pages.flatMap((page) => page.items)}
            rowKey={(cycle) => cycle.id}
            label={t('compensation.cycles.title')}
            framed
            minWidth={720}
            testId="comp-cycles-table"
            rowTestId="comp-cycle-row"
          />
        )}
      </QueryView>
      <Text size="xs" c="dimmed">
        {t('compensation.cycles.listFoot')}
      </Text>
      <CreateCompCycleModal opened={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}
