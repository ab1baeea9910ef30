import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorToDecimal } from '../../../../contracts/compensation/money';
import { isApiError } from '../../../api/client';
import { errorMessage } from '../../../components/ErrorAlert';
import { apiFieldError, translateIssue } from '../../../i18n/issues';
import { fetchProposal, type Proposal, planningKeys, type SaveProposalBody, saveProposal } from './api';
import { createDebouncer } from './debounce';
import { replaceRow } from './gridCache';
import { bandFlagOf } from './RowCells';
import { derivedMerit, draftOf, guidelinePlace, isDirty, type RowDraft, saveBodyOf } from './rowDraft';

/** How long after the last keystroke a row saves itself. */
const AUTOSAVE_MS = 800;

export interface JustifyRequest {
  row: Proposal;
  /** The row's proposal as typed, to save together with the justification. */
  body: SaveProposalBody;
}

export interface RowEditorOptions {
  row: Proposal;
  cycleId: string;
  /** Whether the row has typing not yet saved (or a save on its way): Submit waits for it. */
  onPending: (participantId: string, pending: boolean) => void;
  onJustify: (request: JustifyRequest) => void;
}

export const nameOf = (row: Proposal) => `${row.givenName} ${row.familyName}`;

/**
 * The editing state of one person of the grid, whichever way it is drawn (a table row, or a card
 * on a phone). Merit may be typed as a percent or as the new base — the other is shown derived by
 * the same exact core the server uses, and replaced by the server's answer once saved. Saves
 * itself after a pause in typing or when a field is left, against the version it last saw; a 409
 * names the newer version and offers to reload the row.
 */
export function useRowEditor({ row, cycleId, onPending, onJustify }: RowEditorOptions) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RowDraft>(() => draftOf(row));
  // A refused stale save: the newer version the server named (null when it did not say).
  const [conflict, setConflict] = useState<{ version: number | null } | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  // Keystrokes so far, and how many there were when the last save left: a server answer replaces
  // the typed fields only when nothing was typed after it was asked for.
  const typed = useRef(0);
  const sentAt = useRef(0);
  // The draft of the last save and, once refused, the same draft: it is not sent again until the
  // planner changes something (else a refused save would retry every pause).
  const sentDraft = useRef<RowDraft | null>(null);
  const [refused, setRefused] = useState<RowDraft | null>(null);
  const latest = useRef({ draft, row, blocked: false });
  const name = nameOf(row);
  const currency = row.currency;
  const editable = row.abilities.edit && row.currentBaseMinor !== null && currency !== null;

  const replaceInCache = (next: Proposal) =>
    queryClient.setQueryData(planningKeys.proposals(cycleId), (data: Parameters<typeof replaceRow>[0]) =>
      replaceRow(data, next),
    );

  const save = useMutation({
    mutationFn: (body: SaveProposalBody) => saveProposal(row.participantId, body),
    onSuccess: (saved) => {
      setWarnings(saved.issues.map((found) => translateIssue(found)));
      replaceInCache(saved);
      void queryClient.invalidateQueries({ queryKey: planningKeys.budgets(cycleId) });
    },
    onError: (error, body) => {
      setRefused(sentDraft.current);
      if (isApiError(error, 'version_conflict')) setConflict({ version: error.currentVersion ?? null });
      // Outside the guideline without a reason: ask for one, with what was typed.
      else if (apiFieldError(error, 'justification')) onJustify({ row: latest.current.row, body });
    },
  });

  const debouncer = useMemo(
    () =>
      createDebouncer(() => {
        const current = latest.current;
        // A save under way or a conflict: the effect below schedules again once it settles.
        if (current.blocked || !isDirty(current.draft, current.row)) return;
        const built = saveBodyOf(current.draft, current.row);
        if (!built.body) return;
        sentAt.current = typed.current;
        sentDraft.current = current.draft;
        save.mutate(built.body);
      }, AUTOSAVE_MS),
    // The action reads the latest row and draft through `latest`; `save.mutate` is stable.
    [save.mutate],
  );
  useEffect(() => debouncer.cancel, [debouncer]);

  // A newer server row (a save, a reload, the justification modal): show the server's figures
  // unless the planner typed after that save was asked for (then their typing saves next). Any
  // conflict was with an older row than this one.
  const serverRow = row;
  const shown = useRef(row);
  useEffect(() => {
    // The first render already shows this row: nothing to replace (saves a render per row).
    if (shown.current === serverRow) return;
    shown.current = serverRow;
    setConflict(null);
    if (typed.current === sentAt.current) setDraft(draftOf(serverRow));
  }, [serverRow]);

  const dirty = isDirty(draft, row);
  const built = dirty ? saveBodyOf(draft, row) : null;
  const problem = built?.problem ?? null;
  // What Submit waits for: a save under way or about to start. A refused or conflicting row stays
  // "not saved" with its reason shown, and does not hold up the rest of the team.
  const sendable = dirty && problem === null && conflict === null && draft !== refused;
  const pending = sendable || save.isPending;
  latest.current = { draft, row, blocked: save.isPending || conflict !== null };
  useEffect(() => {
    onPending(row.participantId, pending);
  }, [onPending, row.participantId, pending]);
  useEffect(() => () => onPending(row.participantId, false), [onPending, row.participantId]);

  // Each keystroke schedules (in `change`); this picks up typing that waited for a save to end.
  useEffect(() => {
    if (sendable && !save.isPending) debouncer.schedule();
  }, [sendable, save.isPending, debouncer]);

  const change = (patch: Partial<RowDraft>) => {
    typed.current += 1;
    setDraft((current) => ({ ...current, ...patch }));
    debouncer.schedule();
  };

  const reload = useMutation({
    mutationFn: () => fetchProposal(row.participantId),
    onSuccess: (fresh) => {
      typed.current = 0;
      sentAt.current = 0;
      setConflict(null);
      save.reset();
      replaceInCache(fresh);
      setDraft(draftOf(fresh));
    },
  });

  const derived = derivedMerit(draft, row.currentBaseMinor, currency);
  const percentShown = draft.meritFrom === 'percent' ? draft.percent : derived ? derived.percent : '';
  const newBaseShown =
    draft.meritFrom === 'amount'
      ? draft.newBase
      : derived && currency
        ? minorToDecimal(derived.newBaseMinor, currency)
        : '';
  const place = guidelinePlace(derived ? derived.percent : null, row.guideline);
  const outside = dirty ? place === 'below' || place === 'above' : row.flags.outsideGuideline;
  const bandFlag = bandFlagOf(row, dirty ? (derived?.newBaseMinor ?? null) : null);
  const fieldError = (field: string) => (save.error ? apiFieldError(save.error, field) : undefined);
  const otherError =
    save.error && !isApiError(save.error, 'version_conflict') && !isApiError(save.error, 'validation_failed')
      ? errorMessage(save.error, t)
      : null;

  const stateKey: NonNullable<Proposal['state']> | 'none' = row.state ?? 'none';
  const needsReason = outside && !draft.justification.trim();
  // A dialog saves the row as typed plus its own part; the row waits for that answer.
  const handOver = (open: (request: JustifyRequest) => void) => {
    const current = saveBodyOf(draft, row);
    if (!current.body) return;
    debouncer.cancel();
    sentAt.current = typed.current;
    open({ row, body: current.body });
  };

  return {
    name,
    currency,
    editable,
    draft,
    derived,
    percentShown,
    newBaseShown,
    outside,
    bandFlag,
    dirty,
    problem,
    pending,
    warnings,
    conflict,
    otherError,
    stateKey,
    needsReason,
    save,
    reload,
    change,
    flush: () => debouncer.flush(),
    fieldError,
    handOver,
  };
}
