import { Badge, Button, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Eligibility } from '../../../../contracts/compensation/cycles';
import { eligibilityTone, toneBadge } from '../../../app/statusColors';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { QueryView } from '../../../components/QueryView';
import { useIsPhone } from '../../../components/useIsPhone';
import { money } from '../format';
import { type CompCycle, type Participant, participantsQuery } from './api';
import { OverrideEligibilityModal } from './OverrideEligibilityModal';

const filters = ['all', 'eligible', 'ineligible', 'excluded'] as const;

/** Everyone the launch snapshotted: eligibility (and why), pay and band at launch, compa-ratio, rating. */
export function ParticipantsPanel({ cycle }: { cycle: CompCycle }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<(typeof filters)[number]>('all');
  const participants = useInfiniteQuery(
    participantsQuery(cycle.id, filter === 'all' ? null : (filter as Eligibility)),
  );
  const [overriding, setOverriding] = useState<Participant | null>(null);
  const phone = useIsPhone();
  const columns: DataColumn<Participant>[] = [
    {
      key: 'person',
      header: t('compensation.cycles.people.person'),
      primary: true,
      cell: (p) => `${p.givenName} ${p.familyName}`,
    },
    {
      key: 'eligibility',
      header: t('compensation.cycles.people.eligibility'),
      cell: (p) => (
        <Stack gap={2} align="flex-start">
          <Badge {...toneBadge(eligibilityTone[p.eligibility])}>
            {t(`compensation.cycles.eligibility.${p.eligibility}`)}
          </Badge>
          {p.override ? (
            <Tooltip label={p.override.reason} multiline w={260}>
              <Text size="xs" c="dimmed" tabIndex={0}>
                {t('compensation.cycles.people.overridden')}
              </Text>
            </Tooltip>
          ) : p.ruleReason ? (
            <Text size="xs" c="dimmed">
              {t(`compensation.cycles.reasons.${p.ruleReason}`)}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'base',
      header: t('compensation.cycles.people.base'),
      align: 'right',
      nowrap: true,
      cell: (p) => (p.pay ? money(p.pay.baseMinor, p.pay.currency) : '—'),
    },
    {
      key: 'compa',
      header: t('compensation.cycles.people.compaRatio'),
      align: 'right',
      cell: (p) => p.compaRatio ?? '—',
    },
    {
      key: 'rating',
      header: t('compensation.cycles.people.rating'),
      align: 'right',
      cell: (p) => (p.calibratedRating === null ? '—' : String(p.calibratedRating)),
    },
    {
      key: 'proration',
      header: t('compensation.cycles.people.proration'),
      align: 'right',
      nowrap: true,
      cell: (p) => `${p.proration.eligibleDays}/${p.proration.periodDays}`,
    },
    ...(cycle.abilities.overrideEligibility
      ? [
          {
            key: 'actions',
            header: t('compensation.cycles.people.actions'),
            cell: (p: Participant) => (
              <Button size="compact-sm" variant="default" onClick={() => setOverriding(p)}>
                {t('compensation.cycles.people.override')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4} w={phone ? '100%' : undefined}>
          <Text size="sm" fw={500} id="participant-filter">
            {t('compensation.cycles.people.filter')}
          </Text>
          <SegmentedControl
            aria-labelledby="participant-filter"
            value={filter}
            onChange={(value) => setFilter(value as (typeof filters)[number])}
            // Four choices fit a phone's width only in the small size.
            size={phone ? 'xs' : 'sm'}
            fullWidth={phone}
            data={filters.map((value) => ({
              value,
              label:
                value === 'all'
                  ? t('compensation.cycles.people.all')
                  : t(`compensation.cycles.eligibility.${value}`),
            }))}
          />
        </Stack>
      </Group>
      <QueryView
        query={participants}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
          <EmptyPanel
            icon={<IconUsers size={28} />}
            title={t('compensation.cycles.people.empty.title')}
            description={t('compensation.cycles.people.empty.description')}
          />
        }
        loadMore
      >
        {(data) => (
          <DataTable
            columns={columns}
            rows={data.pages.flatMap((page) => page.items)}
            rowKey={(p) => p.id}
            label={t('compensation.cycles.tabs.people')}
            framed
            minWidth={820}
            testId="comp-participants"
            rowTestId="comp-participant"
          />
        )}
      </QueryView>
      <OverrideEligibilityModal
        participant={overriding}
        onClose={() => setOverriding(null)}
        cycleId={cycle.id}
      />
    </Stack>
  );
}
