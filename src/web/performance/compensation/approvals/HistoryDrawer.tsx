import { Badge, Drawer, List, Paper, Stack, Text, Timeline } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconPencil, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ProposalEventKind } from '../../../../contracts/compensation/proposalStates';
import { formatDateTime } from '../../../app/format';
import { type Tone, toneBadge } from '../../../app/statusColors';
import { QueryView } from '../../../components/QueryView';
import { useIsPhone } from '../../../components/useIsPhone';
import { money } from '../format';
import type { Proposal } from '../planning/api';
import { trimPercent } from '../planning/rowDraft';
import { historyQuery, type ProposalEvent } from './api';
import { nameOf } from './QueueCells';
import { approvalOutcome, type FigureChange, figureChanges } from './queueLogic';

const kindTone: Record<ProposalEventKind, Tone> = {
  submitted: 'info',
  adjusted: 'caution',
  approved: 'positive',
  sent_back: 'caution',
};

const kindIcon: Record<ProposalEventKind, typeof IconSend> = {
  submitted: IconSend,
  adjusted: IconPencil,
  approved: IconCheck,
  sent_back: IconArrowBackUp,
};

/** One changed figure: "Merit %: 3 → 4.5", amounts in the proposal's pay currency. */
function ChangeLine({ change, currency }: { change: FigureChange; currency: string | null }) {
  const { t } = useTranslation();
  const shown = (value: string | number | null) => {
    if (value === null) return t('compensation.approvals.history.none');
    if (change.figure === 'meritPercent') return `${trimPercent(String(value))} %`;
    return currency ? money(Number(value), currency) : String(value);
  };
  return (
    <List.Item>
      {t('compensation.approvals.history.change', {
        figure: t(`compensation.approvals.history.figures.${change.figure}`),
        before: shown(change.before),
        after: shown(change.after),
      })}
    </List.Item>
  );
}

function Events({ events, currency }: { events: ProposalEvent[]; currency: string | null }) {
  const { t } = useTranslation();
  return (
    <Timeline bulletSize={24} lineWidth={2} active={events.length - 1}>
      {events.map((event) => {
        const Icon = kindIcon[event.kind];
        const changes = figureChanges(event.before, event.after);
        const outcome = approvalOutcome(event);
        return (
          <Timeline.Item
            key={event.id}
            bullet={<Icon size={14} aria-hidden />}
            title={
              <Badge {...toneBadge(kindTone[event.kind])}>
                {t(`compensation.approvals.history.kinds.${event.kind}`)}
              </Badge>
            }
            data-testid="history-event"
          >
            <Stack gap={4} mt={4}>
              <Text size="xs" c="dimmed">
                {t('compensation.approvals.history.by', {
                  actor: event.actorName ?? t('compensation.approvals.history.someone'),
                  date: formatDateTime(event.at),
                })}
              </Text>
              {outcome ? (
                <Text size="sm">
                  {outcome.kind === 'final'
                    ? t('compensation.approvals.history.final')
                    : t('compensation.approvals.history.passedOn', { step: outcome.step })}
                </Text>
              ) : null}
              {event.approvalNote ? (
                <Paper withBorder p="xs">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {event.approvalNote}
                  </Text>
                </Paper>
              ) : null}
              {changes.length > 0 ? (
                <List size="sm" spacing={2}>
                  {changes.map((change) => (
                    <ChangeLine key={change.figure} change={change} currency={currency} />
                  ))}
                </List>
              ) : null}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

/** A proposal's approval history: submissions, adjustments with notes and figures, approvals, send-backs. */
export function HistoryDrawer({ row, onClose }: { row: Proposal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const history = useQuery(historyQuery(row?.participantId ?? null));
  return (
    <Drawer
      opened={row !== null}
      onClose={onClose}
      position={phone ? 'bottom' : 'right'}
      size={phone ? '85%' : 'md'}
      title={t('compensation.approvals.history.title', { name: row ? nameOf(row) : '' })}
      closeButtonProps={{ 'aria-label': t('compensation.approvals.history.close') }}
    >
      <div data-testid="approval-history-drawer">
        <QueryView
          query={history}
          isEmpty={(data) => data.items.length === 0}
          empty={
            <Text size="sm" c="dimmed">
              {t('compensation.approvals.history.empty')}
            </Text>
          }
        >
          {(data) => <Events events={data.items} currency={row?.currency ?? null} />}
        </QueryView>
      </div>
    </Drawer>
  );
}
