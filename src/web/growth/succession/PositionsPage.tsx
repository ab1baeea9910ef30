import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconChartBar, IconLock, IconPlus, IconSitemap } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPositionSummary } from '../../../contracts/succession';
import { toneAlert, toneBadge } from '../../app/statusColors';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { positionsQuery } from './api';
import { PositionModal } from './PositionModal';
import { criticalityTone, riskTone } from './tones';

/** `/growth/succession`: the key positions the caller may read, most critical first. */
export function PositionsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery(positionsQuery(page));
  const [adding, setAdding] = useState(false);
  const canCreate = query.data?.canCreate ?? false;
  const columns: DataColumn<KeyPositionSummary>[] = [
    {
      key: 'title',
      header: t('succession.columns.title'),
      primary: true,
      cell: (p) => (
        <Stack gap={0}>
          <AnchorLink
            to="/growth/succession/$positionId"
            params={{ positionId: p.id }}
            fw={600}
            data-testid="succession-position-link"
          >
            {p.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {p.department?.name ?? t('succession.noDepartment')}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'incumbent',
      header: t('succession.columns.incumbent'),
      cell: (p) => p.incumbent?.displayName ?? <Text c="dimmed">{t('succession.vacant')}</Text>,
    },
    {
      key: 'criticality',
      header: t('succession.columns.criticality'),
      cell: (p) => (
        <Badge {...toneBadge(criticalityTone[p.criticality])}>
          {t(`succession.criticality.${p.criticality}`)}
        </Badge>
      ),
    },
    {
      key: 'risk',
      header: t('succession.columns.vacancyRisk'),
      cell: (p) => (
        <Badge {...toneBadge(riskTone[p.vacancyRisk])}>{t(`succession.risk.${p.vacancyRisk}`)}</Badge>
      ),
    },
    {
      key: 'readyNow',
      header: t('succession.columns.readyNow'),
      align: 'right',
      nowrap: true,
      cell: (p) => t('succession.readyNowOf', { ready: p.readyNowCount, total: p.successorCount }),
    },
  ];
  return (
    <Page
      title={t('succession.title')}
      description={t('succession.lead')}
      actions={
        <Group gap="xs">
          <ButtonLink
            to="/growth/succession/bench"
            variant="default"
            leftSection={<IconChartBar size={16} aria-hidden />}
          >
            {t('succession.benchLink')}
          </ButtonLink>
          {canCreate ? (
            <Button
              color="brand"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding(true)}
              data-testid="succession-add"
            >
              {t('succession.add')}
            </Button>
          ) : null}
        </Group>
      }
    >
      <Alert {...toneAlert('info')} icon={<IconLock aria-hidden />}>
        {t('succession.privacyNote')}
      </Alert>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={4} />}
        isEmpty={(data) => data.total === 0}
        empty={(data) => (
          <EmptyPanel
            icon={<IconSitemap size={28} />}
            color="brand"
            title={t('succession.empty.title')}
            description={
              data.canCreate ? t('succession.empty.description') : t('succession.empty.descriptionReviewer')
            }
            testId="succession-empty"
          />
        )}
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.items}
            rowKey={(p) => p.id}
            label={t('succession.tableLabel')}
            pagination={{ ...data, onChange: setPage }}
            framed
            testId="succession-positions"
            rowTestId="succession-position-row"
          />
        )}
      </QueryView>
      {adding ? <PositionModal onClose={() => setAdding(false)} /> : null}
    </Page>
  );
}
