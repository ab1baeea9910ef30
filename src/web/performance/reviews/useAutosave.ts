import { useEffect, useRef, useState } from 'react';
import type { Answer } from '../../../contracts/reviews';
import { reviewWrites } from './api';
import { type AnswerValue, AutosaveQueue, overallStatus, type SaveStatus, type Slots } from './autosaveQueue';

export type { AnswerValue, SaveStatus };

/**
 * Autosave for one form (see `AutosaveQueue`): the form's changed answers go in one request after a
 * short quiet time, at once when a text box is left (`flushNow`), when the page is hidden or the
 * editor goes away, and before a submit (`settle`).
 */
export function useAutosave(formId: string, answers: Answer[] | null, onSaved?: () => void) {
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const publish = useRef<(slots: Slots) => void>(() => undefined);
  const queueRef = useRef<AutosaveQueue | null>(null);
  if (queueRef.current === null) {
    queueRef.current = new AutosaveQueue(answers, {
      send: (drafts) => reviewWrites.saveAnswers(formId, drafts),
      publish: (next) => publish.current(next),
      onSaved: () => onSavedRef.current?.(),
    });
  }
  const queue = queueRef.current;
  const [slots, setSlots] = useState<Slots>(() => queue.current);
  publish.current = setSlots;

  useEffect(() => {
    queue.attach();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') queue.flushNow();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', queue.flushNow);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', queue.flushNow);
      queue.detach();
    };
  }, [queue]);

  return {
    slots,
    change: (questionId: string, value: AnswerValue) => queue.change(questionId, value),
    flushNow: queue.flushNow,
    settle: () => queue.settle(),
    resolve: (questionId: string, keep: 'theirs' | 'mine') => queue.resolve(questionId, keep),
    overall: overallStatus(slots),
  };
}
