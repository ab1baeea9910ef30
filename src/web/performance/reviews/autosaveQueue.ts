import type { Answer } from '../../../contracts/reviews';

export interface AnswerValue {
  rating: number | null;
  text: string | null;
}
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'conflict' | 'error';

export interface Slot {
  value: AnswerValue;
  /** The version stored on the server that `value` was last based on (0 = never saved). */
  version: number;
  status: SaveStatus;
  /** With `conflict`: what the server holds now. */
  conflict: Answer | null;
}
export type Slots = Record<string, Slot>;

/** One answer as a save sends it: the value and the version it edited. */
export interface AnswerDraft extends AnswerValue {
  questionId: string;
  version: number;
}

/** What a whole-form save did: the answers it stored, and the stale ones with what is stored now. */
export interface SaveOutcome {
  saved: Answer[];
  conflicts: { questionId: string; current: Answer }[];
}

export interface AutosaveOptions {
  /** Sends one save of the form's changed answers. */
  send(answers: AnswerDraft[]): Promise<SaveOutcome>;
  /** Called with the new slots after every change of state. */
  publish(slots: Slots): void;
  onSaved?(): void;
  /** Quiet time after the last change before a save goes out. */
  delayMs?: number;
  /** Wait before trying again after a failed save (network, server). */
  retryMs?: number;
  /** Answers per request at most (the API takes 500). */
  maxBatch?: number;
}

export const AUTOSAVE_DELAY_MS = 800;
const RETRY_MS = 5000;
const MAX_BATCH = 500;

/**
 * Autosave for one form, the whole form at once: every changed answer is collected and sent in one
 * request, ~800 ms after the last change (at once on `flushNow`: leaving a text box, hiding the page,
 * submitting). One save per form is in flight at a time; changes made meanwhile go in the next.
 *
 * Each answer names the version it edited. Answers the server stored take their new version; a stale
 * one stops saving and keeps both versions until the user chooses (nothing is overwritten silently).
 */
export class AutosaveQueue {
  private slots: Slots;
  /** Questions changed since their value was last sent. */
  private readonly dirty = new Set<string>();
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The last save failed (network, server): try again after `retryMs`, or at the next change. */
  private failed = false;
  private attached = true;

  constructor(
    answers: Answer[] | null,
    private readonly options: AutosaveOptions,
  ) {
    this.slots = initialSlots(answers);
  }

  get current(): Slots {
    return this.slots;
  }

  /** A new value for one answer: shown as "Saving…" at once, sent after the quiet time. */
  change(questionId: string, value: AnswerValue) {
    if (this.slots[questionId]?.status === 'conflict') return;
    this.dirty.add(questionId);
    this.patch(questionId, { value, status: 'saving' });
    this.schedule(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** Sends what is pending now instead of after the quiet time. */
  flushNow = () => {
    this.clearTimer();
    void this.flush();
  };

  /**
   * Saves everything pending and waits for it (before a submit). False when an answer is left in
   * conflict or could not be saved: the caller must not go on as if the form were stored.
   */
  async settle(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.pending().length === 0) break;
      await this.flush();
      if (this.failed) return false;
    }
    return !Object.values(this.slots).some((s) => s.status === 'conflict' || s.status === 'error');
  }

  /** Resolves a conflict: keep the stored answer, or save mine on top of it. */
  resolve(questionId: string, keep: 'theirs' | 'mine') {
    const theirs = this.slots[questionId]?.conflict;
    if (!theirs) return;
    if (keep === 'theirs') {
      this.patch(questionId, {
        value: { rating: theirs.rating, text: theirs.text },
        version: theirs.version,
        status: 'saved',
        conflict: null,
      });
      return;
    }
    this.dirty.add(questionId);
    this.patch(questionId, { version: theirs.version, status: 'saving', conflict: null });
    this.flushNow();
  }

  /** The editor is back on screen (React may detach and attach an effect twice). */
  attach() {
    this.attached = true;
  }

  /** The editor goes away: what is pending is sent now; no more retries are scheduled. */
  detach() {
    this.attached = false;
    this.flushNow();
  }

  private pending() {
    return [...this.dirty].filter((id) => this.slots[id]?.status !== 'conflict');
  }

  private flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) return this.inFlight;
    const batch = this.pending().slice(0, this.options.maxBatch ?? MAX_BATCH);
    if (batch.length === 0) return Promise.resolve();
    const answers = batch.map((questionId) => {
      const slot = this.slots[questionId]!;
      this.dirty.delete(questionId);
      return { questionId, ...slot.value, version: slot.version };
    });
    const run = this.save(answers).finally(() => {
      this.inFlight = null;
      // Changes made meanwhile wait for their own quiet time; a timer already fired goes now.
      if (this.failed) {
        if (this.attached && this.pending().length > 0) this.schedule(this.options.retryMs ?? RETRY_MS);
      } else if (this.timer === null && this.pending().length > 0) {
        void this.flush();
      }
    });
    this.inFlight = run;
    return run;
  }

  private async save(answers: AnswerDraft[]) {
    try {
      const outcome = await this.options.send(answers);
      this.failed = false;
      for (const answer of outcome.saved) {
        const editedSince = this.dirty.has(answer.questionId);
        this.patch(answer.questionId, { version: answer.version, status: editedSince ? 'saving' : 'saved' });
      }
      for (const { questionId, current } of outcome.conflicts) {
        this.dirty.delete(questionId);
        this.patch(questionId, { status: 'conflict', conflict: current });
      }
      if (outcome.saved.length > 0) this.options.onSaved?.();
    } catch {
      this.failed = true;
      for (const answer of answers) {
        this.dirty.add(answer.questionId);
        this.patch(answer.questionId, { status: 'error' });
      }
    }
  }

  private schedule(ms: number) {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private clearTimer() {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
  }

  private patch(questionId: string, change: Partial<Slot>) {
    this.slots = { ...this.slots, [questionId]: { ...emptySlot(), ...this.slots[questionId], ...change } };
    this.options.publish(this.slots);
  }
}

/** The form's save state in one word: a conflict or an error outweighs saving, saving outweighs saved. */
export function overallStatus(slots: Slots): SaveStatus {
  const statuses = Object.values(slots).map((slot) => slot.status);
  for (const status of ['conflict', 'error', 'saving', 'saved'] as const) {
    if (statuses.includes(status)) return status;
  }
  return 'idle';
}

const emptySlot = (): Slot => ({
  value: { rating: null, text: null },
  version: 0,
  status: 'idle',
  conflict: null,
});

function initialSlots(answers: Answer[] | null): Slots {
  const slots: Slots = {};
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
