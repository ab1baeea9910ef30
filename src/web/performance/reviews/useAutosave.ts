import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer } from '../../../contracts/reviews';
import { reviewWrites } from './api';

export interface AnswerValue {
  rating: number | null;
  text: string | null;
}
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'conflict' | 'error';

interface Slot {
  value: AnswerValue;
  /** The version stored on the server that `value` was last based on (0 = never saved). */
  version: number;
  status: SaveStatus;
  /** With `conflict`: what the server holds now. */
  conflict: Answer | null;
}

const TEXT_DELAY_MS = 700;

/**
 * Autosave for one form, question by question. Every save names the version it edited; when the
 * server answers with a conflict, the slot stops saving and keeps both versions until the user
 * chooses one (nothing is overwritten silently). Edits made while a save is in flight are saved
 * right after it, on top of the version that save produced.
 */
export function useAutosave(formId: string, answers: Answer[] | null, onSaved?: () => void) {
  const [slots, setSlots] = useState<Record<string, Slot>>(() => initialSlots(answers));
  const slotsRef = useRef(slots);
  const inFlight = useRef(new Set<string>());
  const dirty = useRef(new Set<string>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  // The ref is updated synchronously, so a save that finishes reads the newest version and value.
  const update = useCallback((questionId: string, change: Partial<Slot>) => {
    const current = slotsRef.current;
    const next = { ...current, [questionId]: { ...emptySlot(), ...current[questionId], ...change } };
    slotsRef.current = next;
    setSlots(next);
  }, []);

  const flush = useCallback(
    async (questionId: string) => {
      if (inFlight.current.has(questionId)) return;
      const slot = slotsRef.current[questionId];
      if (!slot || slot.status === 'conflict' || !dirty.current.has(questionId)) return;
      dirty.current.delete(questionId);
      inFlight.current.add(questionId);
      update(questionId, { status: 'saving' });
      try {
        const outcome = await reviewWrites.saveAnswer(formId, questionId, {
          ...slot.value,
          version: slot.version,
        });
        if (outcome.saved) {
          const stillDirty = dirty.current.has(questionId);
          update(questionId, { version: outcome.answer.version, status: stillDirty ? 'saving' : 'saved' });
          onSaved?.();
        } else {
          dirty.current.delete(questionId);
          update(questionId, { status: 'conflict', conflict: outcome.current });
        }
      } catch {
        dirty.current.add(questionId);
        update(questionId, { status: 'error' });
      } finally {
        inFlight.current.delete(questionId);
        if (dirty.current.has(questionId) && slotsRef.current[questionId]?.status !== 'conflict') {
          void flush(questionId);
        }
      }
    },
    [formId, onSaved, update],
  );

  const change = useCallback(
    (questionId: string, value: AnswerValue, immediate = false) => {
      const slot = slotsRef.current[questionId];
      if (slot?.status === 'conflict') return;
      dirty.current.add(questionId);
      // An edit not yet on the server shows as "Saving…" from the first keystroke.
      update(questionId, { value, status: 'saving' });
      const existing = timers.current.get(questionId);
      if (existing) clearTimeout(existing);
      timers.current.set(
        questionId,
        setTimeout(() => void flush(questionId), immediate ? 0 : TEXT_DELAY_MS),
      );
    },
    [flush, update],
  );

  /** Resolve a conflict: keep the stored answer, or save mine on top of it. */
  const resolve = useCallback(
    (questionId: string, keep: 'theirs' | 'mine') => {
      const slot = slotsRef.current[questionId];
      if (!slot?.conflict) return;
      const theirs = slot.conflict;
      if (keep === 'theirs') {
        update(questionId, {
          value: { rating: theirs.rating, text: theirs.text },
          version: theirs.version,
          status: 'saved',
          conflict: null,
        });
        return;
      }
      dirty.current.add(questionId);
      update(questionId, { version: theirs.version, status: 'saving', conflict: null });
      void flush(questionId);
    },
    [flush, update],
  );

  const statuses = Object.values(slots).map((slot) => slot.status);
  const overall: SaveStatus = statuses.includes('conflict')
    ? 'conflict'
    : statuses.includes('error')
      ? 'error'
      : statuses.includes('saving')
        ? 'saving'
        : statuses.includes('saved')
          ? 'saved'
          : 'idle';
  return { slots, change, resolve, overall };
}

const emptySlot = (): Slot => ({
  value: { rating: null, text: null },
  version: 0,
  status: 'idle',
  conflict: null,
});

function initialSlots(answers: Answer[] | null): Record<string, Slot> {
  const slots: Record<string, Slot> = {};
  for (const answer of answers ?? []) {
    slots[answer.questionId] = {
      value: { rating: answer.rating, text: answer.text },
      version: answer.version,
      status: 'idle',
      conflict: null,
    };
  }
  return slots;
}
