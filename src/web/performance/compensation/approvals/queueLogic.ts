import type { Proposal } from '../planning/api';
import type { ApproveResult } from './api';

/**
 * The approver queue's pure parts: which rows are selected, what a decision's toast says, where a
 * proposal stands in its chain and what an adjustment changed.
 */

/** The rows the caller may approve now (the server's ability; submitted in a deciding state). */
export const approvable = (rows: readonly Proposal[]) => rows.filter((row) => row.abilities.approve);

/** One row in or out of the selection. */
export function toggleSelected(selected: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  if (selected.has(id) === on) return selected;
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** The select-all box: checked when every approvable row is chosen, mixed when some are. */
export function selectAllState(selected: ReadonlySet<string>, rows: readonly Proposal[]) {
  const ids = approvable(rows).map((row) => row.participantId);
  const chosen = ids.filter((id) => selected.has(id)).length;
  return {
    checked: ids.length > 0 && chosen === ids.length,
    indeterminate: chosen > 0 && chosen < ids.length,
    disabled: ids.length === 0,
  };
}

/** Select-all toggled: every approvable row, or none. */
export const selectAll = (rows: readonly Proposal[], on: boolean): ReadonlySet<string> =>
  on ? new Set(approvable(rows).map((row) => row.participantId)) : new Set();

/**
 * The selected rows still on screen and still approvable, with the version the caller saw: what
 * "Approve selected" sends (a row that left the queue after a refetch is never sent blind).
 */
export function chosenItems(selected: ReadonlySet<string>, rows: readonly Proposal[]) {
  return approvable(rows)
    .filter((row) => selected.has(row.participantId))
    .map((row) => ({ participantId: row.participantId, version: row.version }));
}

export type DecisionPart = { key: 'approved' | 'movedOn'; count: number };

/** "3 approved", "2 passed to the next approver", or both: the parts of a bulk approval's toast. */
export function decisionParts(result: ApproveResult): DecisionPart[] {
  const parts: DecisionPart[] = [];
  if (result.approved > 0) parts.push({ key: 'approved', count: result.approved });
  if (result.movedOn > 0) parts.push({ key: 'movedOn', count: result.movedOn });
  return parts;
}

/**
 * Where a submitted proposal stands: the chain step it waits at ("step 2 of 3", counting the step
 * being decided), or past the chain with the approval team and HR ("final decision").
 */
export type ChainProgress = { kind: 'step'; step: number; of: number } | { kind: 'final' } | null;

export function chainProgress(row: Pick<Proposal, 'state' | 'approval'>): ChainProgress {
  if (row.state !== 'submitted') return null;
  const { step, chainLength, awaitingPersonId } = row.approval;
  if (awaitingPersonId === null || step >= chainLength) return { kind: 'final' };
  return { kind: 'step', step: step + 1, of: chainLength };
}

/** The figures an adjustment records before and after (the server's `storedFigures`). */
export const historyFigures = ['meritPercent', 'bonus', 'market', 'promotionNewBase'] as const;
export type HistoryFigure = (typeof historyFigures)[number];

export interface FigureChange {
  figure: HistoryFigure;
  before: string | number | null;
  after: string | number | null;
}

const figureValue = (record: Record<string, unknown> | null, figure: HistoryFigure) => {
  const value = record?.[figure];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
};

/** The figures an event changed, in a fixed order; percent strings compared as numbers ("3.5000" = "3.5"). */
export function figureChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FigureChange[] {
  if (!before || !after) return [];
  return historyFigures.flatMap((figure) => {
    const was = figureValue(before, figure);
    const now = figureValue(after, figure);
    const same = was === null || now === null ? was === now : Number(was) === Number(now);
    return same ? [] : [{ figure, before: was, after: now }];
  });
}

/**
 * What an approval event did: approved for good, or passed on to the chain step now being decided
 * (1-based, as the queue counts steps). Null for other events.
 */
export function approvalOutcome(event: {
  kind: string;
  after: Record<string, unknown> | null;
}): { kind: 'final' } | { kind: 'passedOn'; step: number } | null {
  if (event.kind !== 'approved' || !event.after) return null;
  if (event.after.state === 'approved') return { kind: 'final' };
  return typeof event.after.step === 'number' ? { kind: 'passedOn', step: event.after.step + 1 } : null;
}
