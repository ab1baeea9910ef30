import { Badge, Button, Checkbox, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconChecks, IconInbox } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposalStates } from '../../../../contracts/compensation/proposalStates';
import { compCycleStateTone, toneBadge } from '../../../app/statusColors';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { errorMessage } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { AnchorLink, ButtonLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { QueryView } from '../../../components/QueryView';
import { showToast } from '../../../components/showToast';
import { useIsPhone } from '../../../components/useIsPhone';
import { EquityPanel } from '../equity/EquityPanel';
import { type Proposal, planningCyclesQuery } from '../planning/api';
import { loadedRows } from '../planning/gridCache';
import { PayBand, RatingGuideline } from '../planning/RowCells';
import { AdjustModal } from './AdjustModal';
import {
  type ApproveResult,
  approveProposals,
  type QueueScope,
  queueQuery,
  refreshCycle,
  type StateFilter,
} from './api';
import { ConflictNotice, isConflict } from './ConflictNotice';
import { HistoryDrawer } from './HistoryDrawer';
import { ActionsCell, FlagsCell, PersonCell, ProgressCell, ProposalCell } from './QueueCells';
import { chosenItems, decisionParts, selectAll, selectAllState, toggleSelected } from './queueLogic';
import { SendBackModal } from './SendBackModal';

/**
 * The table's least width for its seven columns: fits beside the navigation from a 1280 px screen
 * on (about 970 px there); narrower, it scrolls in its own box.
 */
const QUEUE_MIN_WIDTH = 900;

type Items = { participantId: string; version: number }[];

/** Confirms a bulk approval of the selected proposals. */
function ApproveConfirm({
  items,
  onClose,
  onApprove,
}: {
  items: Items | null;
  onClose: () => void;
  onApprove: (items: Items) => Promise<ApproveResult>;
}) {
  const { t } = useTranslation();
  const count = items?.length ?? 0;
  const form = useContractForm({
    initialValues: {},
    submit: () => onApprove(items ?? []),
    onSuccess: onClose,
    onError: (error) => {
      if (isConflict(error)) onClose();
    },
    opened: items !== null,
  });
  return (
    <FormModal
      opened={items !== null}
      onClose={onClose}
      title={t('compensation.approvals.confirm.title', { count })}
      form={form}
      submitLabel={t('compensation.approvals.confirm.submit')}
      testId="approval-confirm"
    >
      <Text size="sm">{t('compensation.approvals.confirm.body')}</Text>
    </FormModal>
  );
}

/**
 * `/performance/comp-approvals/$cycleId`: the proposals of a pay cycle waiting for the caller's
 * decision — a chain approver's turn, or (approval team, HR) the final one. Approve one or the
 * selected ones, adjust one with a note, send one back with a reason, read its history. "All in my
 * reach" lists everything the caller may read, with each proposal's state, read-only.
 */
export function ApprovalQueuePage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const queryClient = useQueryClient();
  const { cycleId } = useParams({ from: '/app/performance/comp-approvals/$cycleId' });
  const cycles = useQuery(planningCyclesQuery);
  const cycle = cycles.data?.items.find((item) => item.id === cycleId);
  const search = useSearch({ from: '/app/performance/comp-approvals/$cycleId' });
  const [scope, setScope] = useState<QueueScope>(search.scope ?? 'mine');
  const [stateFilter, setStateFilter] = useState<StateFilter>('any');
  const queue = useInfiniteQuery(queueQuery(cycleId, scope, stateFilter));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<Items | null>(null);
  const [adjusting, setAdjusting] = useState<Proposal | null>(null);
  const [sendingBack, setSendingBack] = useState<Proposal | null>(null);
  const [showing, setShowing] = useState<Proposal | null>(null);
  const [conflict, setConflict] = useState(false);

  const rows = loadedRows(queue.data);
  const deciding = scope === 'mine';
  const items = deciding ? chosenItems(selected, rows) : [];
  const allState = selectAllState(selected, rows);
  const refresh = () => {
    setConflict(false);
    refreshCycle(queryClient, cycleId);
  };

  const approve = useMutation({
    mutationFn: (chosen: Items) => approveProposals(cycleId, chosen),
    onSuccess: (result) => {
      const parts = decisionParts(result);
      showToast({
        tone: 'positive',
        message: parts
          .map((part) => t(`compensation.approvals.done.${part.key}`, { count: part.count }))
          .join(' · '),
      });
      setSelected(new Set());
      setConflict(false);
    },
    // A conflict shows above the queue with its reload; any other refusal where it was asked for
    // (the confirmation's banner, or a toast for one row's button).
    onError: (error) => {
      if (isConflict(error)) setConflict(true);
    },
    onSettled: () => refreshCycle(queryClient, cycleId),
  });

  const handlers = {
    onApprove: (row: Proposal) =>
      approve.mutate([{ participantId: row.participantId, version: row.version }], {
        onError: (error) => {
          if (!isConflict(error)) showToast({ tone: 'negative', message: errorMessage(error, t) });
        },
      }),
    onAdjust: setAdjusting,
    onSendBack: setSendingBack,
    onHistory: setShowing,
  };
  const onSelect = (participantId: string, on: boolean) =>
    setSelected((current) => toggleSelected(current, participantId, on));

  const columns: DataColumn<Proposal>[] = [
    {
      key: 'person',
      header: t('compensation.approvals.columns.person'),
      primary: true,
      cell: (row) => (
        <PersonCell
          row={row}
          selectable={deciding && row.abilities.approve}
          selected={selected.has(row.participantId)}
          onSelect={onSelect}
        />
      ),
    },
    { key: 'pay', header: t('compensation.approvals.columns.payBand'), cell: (row) => <PayBand row={row} /> },
    {
      key: 'rating',
      header: t('compensation.approvals.columns.ratingGuideline'),
      cell: (row) => <RatingGuideline row={row} />,
    },
    {
      key: 'proposal',
      header: t('compensation.approvals.columns.proposal'),
      cell: (row) => <ProposalCell row={row} />,
    },
    {
      key: 'flags',
      header: t('compensation.approvals.columns.flags'),
      cell: (row) => <FlagsCell row={row} />,
    },
    {
      key: 'progress',
      header: t('compensation.approvals.columns.progress'),
      cell: (row) => <ProgressCell row={row} showState={!deciding} />,
    },
    {
      key: 'actions',
      header: t('compensation.approvals.columns.actions'),
      action: true,
      cell: (row) => (
        <ActionsCell
          row={
            deciding
              ? row
              : { ...row, abilities: { ...row.abilities, approve: false, adjust: false, sendBack: false } }
          }
          handlers={handlers}
          busy={approve.isPending}
          card={phone}
        />
      ),
    },
  ];

  const title = cycle
    ? t('compensation.approvals.titleOf', { name: cycle.name })
    : t('compensation.approvals.title');
  const gridLink = (
    <ButtonLink to="/performance/comp-planning/$cycleId" params={{ cycleId }} variant="default">
      {t('compensation.approvals.openGrid')}
    </ButtonLink>
  );

  return (
    <Page
      title={title}
      above={<AnchorLink to="/performance/comp-planning">{t('compensation.approvals.back')}</AnchorLink>}
      description={
        <Stack gap={6}>
          {cycle ? (
            <Group gap="xs">
              <Badge {...toneBadge(compCycleStateTone[cycle.state])}>
                {t(`compensation.cycles.states.${cycle.state}`)}
              </Badge>
              {cycle.sandbox ? (
                <Badge {...toneBadge('neutral')}>{t('compensation.planning.sandbox')}</Badge>
              ) : null}
            </Group>
          ) : null}
          <Text c="dimmed" maw={720}>
            {t('compensation.approvals.lead')}
          </Text>
        </Stack>
      }
    >
      <section aria-labelledby="approvals-heading">
        <Stack gap="sm">
          <Group justify="space-between" align="end" wrap="wrap" gap="sm">
            <Title order={2} size="h4" id="approvals-heading">
              {t('compensation.approvals.heading')}
            </Title>
            <Group gap="sm" align="end" wrap="wrap">
              <SegmentedControl
                aria-label={t('compensation.approvals.scope.label')}
                value={scope}
                onChange={(value) => {
                  setScope(value as QueueScope);
                  setSelected(new Set());
                }}
                data={[
                  { value: 'mine', label: t('compensation.approvals.scope.mine') },
                  { value: 'all', label: t('compensation.approvals.scope.all') },
                ]}
                data-testid="approval-scope"
              />
              {!deciding ? (
                <Select
                  size="sm"
                  w={180}
                  label={t('compensation.approvals.stateFilter')}
                  value={stateFilter}
                  allowDeselect={false}
                  onChange={(value) => value && setStateFilter(value as StateFilter)}
                  data={[
                    { value: 'any', label: t('compensation.approvals.stateAny') },
                    ...proposalStates.map((state) => ({
                      value: state,
                      label: t(`compensation.planning.states.${state}`),
                    })),
                    { value: 'none', label: t('compensation.planning.states.none') },
                  ]}
                  data-testid="approval-state-filter"
                />
              ) : null}
            </Group>
          </Group>
          {deciding && rows.length > 0 ? (
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Checkbox
                label={t('compensation.approvals.selectAll')}
                checked={allState.checked}
                indeterminate={allState.indeterminate}
                disabled={allState.disabled || approve.isPending}
                onChange={(event) => setSelected(selectAll(rows, event.currentTarget.checked))}
                data-testid="approval-select-all"
              />
              <Button
                leftSection={<IconChecks size={16} aria-hidden />}
                disabled={items.length === 0}
                loading={approve.isPending}
                onClick={() => setConfirming(items)}
                data-testid="approve-selected"
              >
                {t('compensation.approvals.approveSelected', { count: items.length })}
              </Button>
            </Group>
          ) : null}
          {!deciding ? (
            <Text size="sm" c="dimmed">
              {t('compensation.approvals.readOnly')}
            </Text>
          ) : null}
          {conflict ? <ConflictNotice onReload={refresh} /> : null}
          <QueryView
            query={queue}
            isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
            empty={
              <EmptyPanel
                testId="approvals-empty"
                icon={<IconInbox size={28} />}
                title={
                  deciding ? t('compensation.approvals.empty.title') : t('compensation.approvals.empty.all')
                }
                description={deciding ? t('compensation.approvals.empty.description') : ''}
                actions={gridLink}
                order={3}
              />
            }
            loadMore
            loadMoreTestId="approvals-more"
          >
            {() => (
              <Stack gap={4}>
                <DataTable
                  columns={columns}
                  rows={rows}
                  rowKey={(row) => row.participantId}
                  label={t('compensation.approvals.heading')}
                  framed
                  minWidth={QUEUE_MIN_WIDTH}
                  testId="approval-queue"
                  rowTestId="approval-row"
                />
                <Text size="xs" c="dimmed">
                  {t('compensation.approvals.loaded', { count: rows.length })}
                </Text>
              </Stack>
            )}
          </QueryView>
        </Stack>
      </section>
      {/* The approval team and HR decide for everyone: the equity check belongs beside their queue. */}
      {cycle?.reach === 'all' ? <EquityPanel cycleId={cycleId} /> : null}
      <ApproveConfirm
        items={confirming}
        onClose={() => setConfirming(null)}
        onApprove={(chosen) => approve.mutateAsync(chosen)}
      />
      <AdjustModal row={adjusting} onClose={() => setAdjusting(null)} onDone={refresh} />
      <SendBackModal row={sendingBack} onClose={() => setSendingBack(null)} onDone={refresh} />
      <HistoryDrawer row={showing} onClose={() => setShowing(null)} />
    </Page>
  );
}
