import { Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconHistory, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { proposalStateTone, toneBadge } from '../../../app/statusColors';
import { money } from '../format';
import type { Proposal } from '../planning/api';
import { Flags } from '../planning/RowCells';
import { trimPercent } from '../planning/rowDraft';
import { chainProgress } from './queueLogic';
import { ReturnedReason } from './ReturnedReason';

export const nameOf = (row: Proposal) => `${row.givenName} ${row.familyName}`;

/** The name, with the selection box when the row may be approved now. */
export function PersonCell({
  row,
  selectable,
  selected,
  onSelect,
}: {
  row: Proposal;
  selectable: boolean;
  selected: boolean;
  onSelect: (participantId: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      {selectable ? (
        <Checkbox
          aria-label={t('compensation.approvals.selectLabel', { name: nameOf(row) })}
          checked={selected}
          onChange={(event) => onSelect(row.participantId, event.currentTarget.checked)}
          data-testid="approval-select"
        />
      ) : null}
      <Text size="sm" fw={500} miw={112} style={{ overflowWrap: 'break-word' }}>
        {nameOf(row)}
      </Text>
    </Group>
  );
}

/** Merit % and the new base it gives, then bonus, market adjustment and promotion when proposed. */
export function ProposalCell({ row }: { row: Proposal }) {
  const { t } = useTranslation();
  const currency = row.currency;
  if (!currency) return <Text size="sm">—</Text>;
  const lines = [
    row.bonusMinor
      ? t('compensation.approvals.proposal.bonus', { amount: money(row.bonusMinor, currency) })
      : null,
    row.marketMinor
      ? t('compensation.approvals.proposal.market', { amount: money(row.marketMinor, currency) })
      : null,
    row.promotion
      ? t('compensation.approvals.proposal.promotion', { base: money(row.promotion.newBaseMinor, currency) })
      : null,
  ].filter((line) => line !== null);
  const resulting = row.resultingBaseMinor;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {row.merit
          ? t('compensation.approvals.proposal.merit', {
              percent: trimPercent(row.merit.percent),
              base: money(row.merit.newBaseMinor, currency),
            })
          : t('compensation.approvals.proposal.noMerit')}
      </Text>
      {lines.map((line) => (
        <Text key={line} size="xs">
          {line}
        </Text>
      ))}
      {resulting !== null && (row.marketMinor || row.promotion) ? (
        <Text size="xs" c="dimmed">
          {t('compensation.approvals.proposal.resulting', { base: money(resulting, currency) })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The flags (outside the guideline, band min/max, promotion) and the planner's justification in full. */
export function FlagsCell({ row }: { row: Proposal }) {
  const { t } = useTranslation();
  const flagged = row.flags.outsideGuideline || row.flags.promotionBelowGuideline;
  const banded = row.flags.band !== null && row.flags.band !== 'within';
  if (!flagged && !banded && !row.promotion && !row.justification)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={4} align="flex-start">
      <Flags
        row={row}
        outside={row.flags.outsideGuideline}
        dirty={false}
        bandFlag={row.flags.band}
        warnings={[]}
      />
      {row.justification ? (
        <Stack gap={0}>
          <Text size="xs" fw={600}>
            {t('compensation.approvals.justification')}
          </Text>
          <Text
            size="xs"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="justification"
          >
            {row.justification}
          </Text>
        </Stack>
      ) : flagged ? (
        <Text size="xs" c="dimmed">
          {t('compensation.approvals.noJustification')}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The state (in the reach list), where it stands in the chain, a send-back's reason. */
export function ProgressCell({ row, showState }: { row: Proposal; showState: boolean }) {
  const { t } = useTranslation();
  const progress = chainProgress(row);
  return (
    <Stack gap={4} align="flex-start">
      {showState ? (
        <Badge {...toneBadge(row.state ? proposalStateTone[row.state] : 'neutral')}>
          {t(`compensation.planning.states.${row.state ?? 'none'}`)}
        </Badge>
      ) : null}
      {progress ? (
        <Text size="xs" style={{ whiteSpace: 'nowrap' }} data-testid="approval-progress">
          {progress.kind === 'final'
            ? t('compensation.approvals.progress.final')
            : t('compensation.approvals.progress.step', { step: progress.step, of: progress.of })}
        </Text>
      ) : null}
      {row.state === 'approved' && row.approval.approvedAt ? (
        <Text size="xs" c="dimmed">
          {t('compensation.approvals.progress.approvedAt', { date: formatDate(row.approval.approvedAt) })}
        </Text>
      ) : null}
      <ReturnedReason row={row} />
    </Stack>
  );
}

export interface RowActionHandlers {
  onApprove: (row: Proposal) => void;
  onAdjust: (row: Proposal) => void;
  onSendBack: (row: Proposal) => void;
  onHistory: (row: Proposal) => void;
}

/** Approve, Adjust and Send back where the server allows them; History for every proposal. */
export function ActionsCell({
  row,
  handlers,
  busy,
  card,
}: {
  row: Proposal;
  handlers: RowActionHandlers;
  busy: boolean;
  card: boolean;
}) {
  const { t } = useTranslation();
  const name = nameOf(row);
  const { approve, adjust, sendBack } = row.abilities;
  const variant = card ? 'default' : 'subtle';
  const buttons = (
    <>
      {approve ? (
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconCheck size={12} aria-hidden />}
          disabled={busy}
          onClick={() => handlers.onApprove(row)}
          aria-label={t('compensation.approvals.actions.approveLabel', { name })}
          data-testid="approval-approve"
        >
          {t('compensation.approvals.actions.approve')}
        </Button>
      ) : null}
      {adjust ? (
        <Button
          size="compact-xs"
          variant={variant}
          leftSection={<IconPencil size={12} aria-hidden />}
          disabled={busy}
          onClick={() => handlers.onAdjust(row)}
          aria-label={t('compensation.approvals.actions.adjustLabel', { name })}
          data-testid="approval-adjust"
        >
          {t('compensation.approvals.actions.adjust')}
        </Button>
      ) : null}
      {sendBack ? (
        <Button
          size="compact-xs"
          variant={variant}
          leftSection={<IconArrowBackUp size={12} aria-hidden />}
          disabled={busy}
          onClick={() => handlers.onSendBack(row)}
          aria-label={t('compensation.approvals.actions.sendBackLabel', { name })}
          data-testid="approval-send-back"
        >
          {t('compensation.approvals.actions.sendBack')}
        </Button>
      ) : null}
      {row.state !== null ? (
        <Button
          size="compact-xs"
          variant={variant}
          leftSection={<IconHistory size={12} aria-hidden />}
          onClick={() => handlers.onHistory(row)}
          aria-label={t('compensation.approvals.actions.historyLabel', { name })}
          data-testid="approval-history"
        >
          {t('compensation.approvals.actions.history')}
        </Button>
      ) : null}
    </>
  );
  return card ? (
    <Group gap="xs">{buttons}</Group>
  ) : (
    <Stack gap={4} align="flex-start">
      {buttons}
    </Stack>
  );
}
