import { Badge, Group, Paper, SegmentedControl, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toneBadge } from '../../../app/statusColors';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { QueryView } from '../../../components/QueryView';
import { useIsPhone } from '../../../components/useIsPhone';
import { money } from '../format';
import {
  type BelowMinimumPerson,
  type EquityBucket,
  type EquityGroup,
  type EquityReport,
  equityQuery,
} from './api';
import { bucketRange, groupStatus, numberOf } from './equityView';

const IncreaseChart = lazy(() => import('./EquityCharts').then((m) => ({ default: m.IncreaseChart })));
const DistributionChart = lazy(() =>
  import('./EquityCharts').then((m) => ({ default: m.DistributionChart })),
);

type Dimension = 'department' | 'level';
type View = 'chart' | 'table';

const locale = () => (i18n.language === 'de' ? 'de-DE' : 'en-GB');
const fixed = (value: number, places: number) =>
  new Intl.NumberFormat(locale(), { minimumFractionDigits: places, maximumFractionDigits: places }).format(
    value,
  );
/** "3.25" → "3.25 %" ("3,25 %"); null → "—". */
const percent = (decimal: string | null) => (decimal === null ? '—' : `${fixed(Number(decimal), 2)} %`);
/** "0.9812" → "0.98"; null → "—". */
const ratio = (decimal: string | null) => (decimal === null ? '—' : fixed(Number(decimal), 2));

/**
 * The pay-equity check of a launched cycle (issue 12 item 8) on HR's cycle page: the whole cycle in
 * a sentence, mean increase by department or level as a chart or a table (withheld groups marked,
 * apart from groups with no data yet), the compa-ratio distribution before and after the
 * proposals, and the people left below their band minimum.
 */
export function EquityPanel({ cycleId }: { cycleId: string }) {
  const [page, setPage] = useState(1);
  const equity = useQuery(equityQuery(cycleId, page));
  return (
    <QueryView query={equity} isEmpty={() => false}>
      {(report) => <EquityBody report={report} onPage={setPage} />}
    </QueryView>
  );
}

function EquityBody({ report, onPage }: { report: EquityReport; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [dimension, setDimension] = useState<Dimension>('department');
  const [view, setView] = useState<View>('chart');
  const min = report.minGroupSize;
  const ids = { dimension: useId(), view: useId() };
  const groups = report.dimensions.find((d) => d.dimension === dimension)?.groups ?? [];
  const { total } = report;
  return (
    <Stack gap="lg" data-testid="equity-panel">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('compensation.equity.title')}
        </Title>
        <Text size="sm">{t('compensation.equity.lead', { min })}</Text>
        {report.genderRecorded ? null : (
          <Text size="sm" c="dimmed">
            {t('compensation.equity.noGender')}
          </Text>
        )}
        <Text size="sm" fw={500} data-testid="equity-total">
          {total.suppressed
            ? t('compensation.equity.totalWithheld', { min })
            : t('compensation.equity.total', {
                headcount: total.headcount,
                proposed: total.proposed,
                mean: percent(total.meanIncreasePct),
                median: percent(total.medianIncreasePct),
                before: ratio(total.meanCompaBefore),
                after: ratio(total.meanCompaAfter),
              })}
        </Text>
      </Stack>
      <Group gap="md" align="flex-end">
        <Stack gap={4} w={phone ? '100%' : undefined}>
          <Text size="sm" fw={500} id={ids.dimension}>
            {t('compensation.equity.dimension.label')}
          </Text>
          <SegmentedControl
            aria-labelledby={ids.dimension}
            value={dimension}
            onChange={(value) => setDimension(value as Dimension)}
            fullWidth={phone}
            data={(['department', 'level'] as const).map((value) => ({
              value,
              label: t(`compensation.equity.dimension.${value}`),
            }))}
          />
        </Stack>
        <Stack gap={4} w={phone ? '100%' : undefined}>
          <Text size="sm" fw={500} id={ids.view}>
            {t('compensation.equity.view.label')}
          </Text>
          <SegmentedControl
            aria-labelledby={ids.view}
            value={view}
            onChange={(value) => setView(value as View)}
            fullWidth={phone}
            data={(['chart', 'table'] as const).map((value) => ({
              value,
              label: t(`compensation.equity.view.${value}`),
            }))}
          />
        </Stack>
      </Group>
      <GroupsSection groups={groups} dimension={dimension} view={view} min={min} />
      <DistributionSection buckets={report.distribution.buckets} view={view} min={min} />
      <BelowMinimumSection report={report} onPage={onPage} />
    </Stack>
  );
}

/** A group's name, or what its missing key means ("No department"). */
function useGroupName(dimension: Dimension) {
  const { t } = useTranslation();
  return (group: EquityGroup) => group.name ?? t(`compensation.equity.none.${dimension}`);
}

function StatusBadge({ group, min }: { group: EquityGroup; min: number }) {
  const { t } = useTranslation();
  const status = groupStatus(group);
  if (status === 'shown') return null;
  const tone = status === 'noData' ? 'neutral' : 'caution';
  return (
    <Tooltip label={t(`compensation.equity.statusHelp.${status}`, { min })} multiline w={260}>
      <Badge {...toneBadge(tone)} tabIndex={0} data-testid={`equity-status-${status}`}>
        {t(`compensation.equity.status.${status}`, { min })}
      </Badge>
    </Tooltip>
  );
}

function GroupsSection({
  groups,
  dimension,
  view,
  min,
}: {
  groups: EquityGroup[];
  dimension: Dimension;
  view: View;
  min: number;
}) {
  const { t } = useTranslation();
  const nameOf = useGroupName(dimension);
  const phone = useIsPhone();
  const columns: DataColumn<EquityGroup>[] = [
    {
      key: 'group',
      header: t('compensation.equity.columns.group'),
      primary: true,
      cell: (group) => (
        <Group gap="xs" wrap="nowrap">
          <span>{nameOf(group)}</span>
          <StatusBadge group={group} min={min} />
        </Group>
      ),
    },
    {
      key: 'headcount',
      header: t('compensation.equity.columns.headcount'),
      align: 'right',
      cell: (group) => (group.headcount === null ? '—' : String(group.headcount)),
    },
    {
      key: 'proposed',
      header: t('compensation.equity.columns.proposed'),
      align: 'right',
      cell: (group) => (group.proposed === null ? '—' : String(group.proposed)),
    },
    {
      key: 'mean',
      header: t('compensation.equity.columns.meanIncrease'),
      align: 'right',
      nowrap: true,
      cell: (group) => percent(group.meanIncreasePct),
    },
    {
      key: 'median',
      header: t('compensation.equity.columns.medianIncrease'),
      align: 'right',
      nowrap: true,
      cell: (group) => percent(group.medianIncreasePct),
    },
    {
      key: 'before',
      header: t('compensation.equity.columns.compaBefore'),
      align: 'right',
      cell: (group) => ratio(group.meanCompaBefore),
    },
    {
      key: 'after',
      header: t('compensation.equity.columns.compaAfter'),
      align: 'right',
      cell: (group) => ratio(group.meanCompaAfter),
    },
  ];
  const label = (group: EquityGroup) => {
    const status = groupStatus(group);
    return status === 'shown'
      ? nameOf(group)
      : `${nameOf(group)} (${t(`compensation.equity.status.${status}`, { min })})`;
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('compensation.equity.increaseChart.title')}
        </Title>
        {view === 'chart' ? (
          <Suspense fallback={<Skeleton h={160} />}>
            <IncreaseChart
              bars={groups.map((group) => ({
                group: label(group),
                meanIncrease: numberOf(group.meanIncreasePct),
              }))}
              label={t('compensation.equity.increaseChart.label', {
                dimension: t(`compensation.equity.dimension.${dimension}`),
                min,
              })}
              series={t('compensation.equity.increaseChart.series')}
              format={(value) => `${fixed(value, 2)} %`}
              compact={phone}
            />
          </Suspense>
        ) : (
          <DataTable
            columns={columns}
            rows={groups}
            rowKey={(group) => group.key ?? 'none'}
            label={t('compensation.equity.increaseChart.title')}
            minWidth={760}
            testId="equity-groups"
            rowTestId="equity-group"
          />
        )}
      </Stack>
    </Paper>
  );
}

function DistributionSection({ buckets, view, min }: { buckets: EquityBucket[]; view: View; min: number }) {
  const { t } = useTranslation();
  const rangeOf = (bucket: EquityBucket) => {
    const range = bucketRange(bucket);
    const numbers = { from: fixed(Number(range.from || 0), 2), to: fixed(Number(range.to || 0), 2) };
    return t(`compensation.equity.distribution.${range.kind}`, numbers);
  };
  const count = (value: number | null) =>
    value === null ? t('compensation.equity.distribution.withheld', { min }) : String(value);
  const rows = buckets.map((bucket) => ({ ...bucket, range: rangeOf(bucket) }));
  const summary = rows
    .map((row) =>
      t('compensation.equity.distribution.bucketSummary', {
        range: row.range,
        before: count(row.before),
        after: count(row.after),
      }),
    )
    .join('; ');
  const columns: DataColumn<(typeof rows)[number]>[] = [
    {
      key: 'range',
      header: t('compensation.equity.distribution.range'),
      primary: true,
      cell: (row) => row.range,
    },
    {
      key: 'before',
      header: t('compensation.equity.distribution.before'),
      align: 'right',
      cell: (row) => count(row.before),
    },
    {
      key: 'after',
      header: t('compensation.equity.distribution.after'),
      align: 'right',
      cell: (row) => count(row.after),
    },
  ];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('compensation.equity.distribution.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('compensation.equity.distribution.lead')}
        </Text>
        {view === 'chart' ? (
          <Suspense fallback={<Skeleton h={260} />}>
            <DistributionChart
              bars={rows.map((row) => ({ range: row.range, before: row.before ?? 0, after: row.after ?? 0 }))}
              label={t('compensation.equity.distribution.label', { summary })}
              beforeLabel={t('compensation.equity.distribution.before')}
              afterLabel={t('compensation.equity.distribution.after')}
            />
          </Suspense>
        ) : (
          <DataTable
            columns={columns}
            rows={rows}
            rowKey={(row) => row.range}
            label={t('compensation.equity.distribution.title')}
            testId="equity-distribution"
          />
        )}
      </Stack>
    </Paper>
  );
}

function BelowMinimumSection({ report, onPage }: { report: EquityReport; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const list = report.belowMinimum;
  const columns: DataColumn<BelowMinimumPerson>[] = [
    {
      key: 'person',
      header: t('compensation.equity.columns.person'),
      primary: true,
      cell: (person) => `${person.givenName} ${person.familyName}`,
    },
    {
      key: 'department',
      header: t('compensation.equity.columns.department'),
      cell: (person) => person.departmentName ?? t('compensation.equity.none.department'),
    },
    {
      key: 'newBase',
      header: t('compensation.equity.columns.newBase'),
      align: 'right',
      nowrap: true,
      cell: (person) => money(person.newBaseMinor, person.currency),
    },
    {
      key: 'bandMin',
      header: t('compensation.equity.columns.bandMin'),
      align: 'right',
      nowrap: true,
      cell: (person) => money(person.bandMinMinor, person.bandCurrency),
    },
    {
      key: 'source',
      header: t('compensation.equity.columns.source'),
      cell: (person) =>
        person.proposed ? t('compensation.equity.below.proposed') : t('compensation.equity.below.unchanged'),
    },
  ];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h5">
            {t('compensation.equity.below.title')}
          </Title>
          <Badge {...toneBadge(report.belowMinimumCount > 0 ? 'caution' : 'neutral')}>
            {t('compensation.equity.below.count', { count: report.belowMinimumCount })}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('compensation.equity.below.lead')}
        </Text>
        {list === null ? (
          <Text size="sm">
            {t('compensation.equity.below.approverNote', { count: report.belowMinimumCount })}
          </Text>
        ) : list.total === 0 ? (
          <Text size="sm" data-testid="equity-below-empty">
            {t('compensation.equity.below.empty')}
          </Text>
        ) : (
          <DataTable
            columns={columns}
            rows={list.items}
            rowKey={(person) => person.participantId}
            label={t('compensation.equity.below.title')}
            pagination={{ page: list.page, pageSize: list.pageSize, total: list.total, onChange: onPage }}
            minWidth={680}
            testId="equity-below"
            rowTestId="equity-below-row"
          />
        )}
      </Stack>
    </Paper>
  );
}
