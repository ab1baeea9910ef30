import { Badge, Group } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { compCycleStateTone, toneBadge } from '../../../app/statusColors';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { AnchorLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { QueryView } from '../../../components/QueryView';
import { WaitingLink } from '../approvals/WaitingLink';
import { type PlanningCycle, planningCyclesQuery } from './api';

/** `/performance/comp-planning` (managers, HR): the cycles whose planning grid the caller may open. */
export function PlanningCyclesPage() {
  const { t } = useTranslation();
  const cycles = useQuery(planningCyclesQuery);
  const columns: DataColumn<PlanningCycle>[] = [
    {
      key: 'name',
      header: t('compensation.planning.columns.cycle'),
      primary: true,
      cell: (cycle) => (
        <Group gap="xs" wrap="wrap">
          <AnchorLink to="/performance/comp-planning/$cycleId" params={{ cycleId: cycle.id }}>
            {cycle.name}
          </AnchorLink>
          {cycle.sandbox ? (
            <Badge {...toneBadge('neutral')} size="sm">
              {t('compensation.planning.sandbox')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    {
      key: 'state',
      header: t('compensation.planning.columns.state'),
      cell: (cycle) => (
        <Badge {...toneBadge(compCycleStateTone[cycle.state])}>
          {t(`compensation.cycles.states.${cycle.state}`)}
        </Badge>
      ),
    },
    {
      key: 'effective',
      header: t('compensation.planning.columns.effective'),
      nowrap: true,
      cell: (cycle) => formatDate(cycle.effectiveDate),
    },
    {
      key: 'currency',
      header: t('compensation.planning.columns.currency'),
      cell: (cycle) => cycle.planningCurrency,
    },
    {
      key: 'approvals',
      header: t('compensation.approvals.columns.queue'),
      cell: (cycle) => <WaitingLink cycle={cycle} />,
    },
  ];
  return (
    <Page title={t('compensation.planning.title')} description={t('compensation.planning.lead')}>
      <QueryView
        query={cycles}
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyPanel
            testId="comp-planning-empty"
            icon={<IconCalculator size={28} />}
            title={t('compensation.planning.empty.title')}
            description={t('compensation.planning.empty.description')}
          />
        }
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(cycle) => cycle.id}
            label={t('compensation.planning.title')}
            framed
            minWidth={720}
            testId="comp-planning-cycles"
            rowTestId="comp-planning-cycle"
          />
        )}
      </QueryView>
    </Page>
  );
}
