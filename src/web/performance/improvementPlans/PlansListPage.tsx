import { Badge, Group, Select } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type PipState, pipState } from '../../../contracts/improvementPlans';
import { formatDate } from '../../app/format';
import { hasRole, useMe } from '../../app/session';
import { pipStateTone, toneBadge } from '../../app/statusColors';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { type PipListItem, pipListQuery } from './api';

const route = getRouteApi('/app/performance/improvement-plans');

/** A plan's state as a badge, coloured by its tone (app/statusColors.ts). */
export function PipStateBadge({ state }: { state: PipState }) {
  const { t } = useTranslation();
  return (
    <Badge {...toneBadge(pipStateTone[state])} size="sm" data-testid="pip-state">
      {t(`improvementPlans.state.${state}`)}
    </Badge>
  );
}

/**
 * `/performance/improvement-plans`: the plans the caller may read — all of them for HR, their
 * reports' for managers, their own once shared — newest first, filtered by state, in "show more"
 * pages. HR and managers start a new draft here.
 */
export function PlansListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { state } = route.useSearch();
  const navigate = route.useNavigate();
  const plans = useInfiniteQuery(pipListQuery(state ?? null));
  const mayStart = me.isManager || hasRole(me, 'hr_admin');

  const columns: DataColumn<PipListItem>[] = [
    {
      key: 'employee',
      header: t('improvementPlans.list.employee'),
      primary: true,
      cell: (plan) => (
        <AnchorLink to="/performance/improvement-plans/$planId" params={{ planId: plan.id }}>
          {plan.employee.displayName}
        </AnchorLink>
      ),
    },
    {
      key: 'manager',
      header: t('improvementPlans.list.manager'),
      cell: (plan) => plan.manager?.displayName ?? '—',
    },
    {
      key: 'state',
      header: t('improvementPlans.list.state'),
      cell: (plan) => <PipStateBadge state={plan.state} />,
    },
    {
      key: 'period',
      header: t('improvementPlans.list.period'),
      nowrap: true,
      cell: (plan) =>
        t('improvementPlans.plan.dates', {
          start: formatDate(plan.startDate),
          end: formatDate(plan.endDate),
        }),
    },
    {
      key: 'next',
      header: t('improvementPlans.list.nextCheckIn'),
      nowrap: true,
      hideOnPhone: true,
      cell: (plan) => (plan.nextCheckInOn ? formatDate(plan.nextCheckInOn) : '—'),
    },
  ];

  return (
    <Page
      title={t('improvementPlans.title')}
      description={t('improvementPlans.lead')}
      actions={
        mayStart ? (
          <ButtonLink
            to="/performance/improvement-plans/new"
            leftSection={<IconPlus size={16} aria-hidden />}
            data-testid="new-plan"
          >
            {t('improvementPlans.newPlan')}
          </ButtonLink>
        ) : null
      }
    >
      <Group role="search" aria-label={t('improvementPlans.list.stateFilter')}>
        <Select
          label={t('improvementPlans.list.stateFilter')}
          placeholder={t('improvementPlans.list.allStates')}
          data={pipState.options.map((value) => ({ value, label: t(`improvementPlans.state.${value}`) }))}
          value={state ?? null}
          onChange={(value) =>
            void navigate({ search: { state: pipState.options.find((option) => option === value) } })
          }
          clearable
          w={{ base: '100%', xs: 280 }}
          data-testid="pip-state-filter"
        />
      </Group>
      <QueryView
        query={plans}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
          <EmptyPanel
            icon={<IconClipboardCheck size={28} />}
            title={t('improvementPlans.list.emptyTitle')}
            description={t('improvementPlans.list.emptyBody')}
          />
        }
        loadMore={t('improvementPlans.list.more')}
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.pages.flatMap((page) => page.items)}
            rowKey={(plan) => plan.id}
            label={t('improvementPlans.list.label')}
            framed
            testId="pip-table"
            rowTestId="pip-row"
          />
        )}
      </QueryView>
    </Page>
  );
}
