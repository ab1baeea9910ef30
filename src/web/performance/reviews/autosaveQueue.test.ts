import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../../contracts/reviews';
import { sortOutConflict } from './api';
import {
  type AnswerDraft,
  AUTOSAVE_DELAY_MS,
  AutosaveQueue,
  overallStatus,
  type SaveOutcome,
} from './autosaveQueue';

const stored = (questionId: string, version: number, value: Partial<Answer> = {}): Answer => ({
  questionId,
  rating: null,
  text: null,
  version,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...value,
});

/** A server that stores every answer at version + 1, unless told which ones are stale. */
function fakeServer() {
  const requests: AnswerDraft[][] = [];
  let stale = new Map<string, Answer>();
  let failNext = false;
  let release: (() => void) | null = null;
  let hold = false;
  const send = vi.fn(async (answers: AnswerDraft[]): Promise<SaveOutcome> => {
    requests.push(answers);
    if (hold) await new Promise<void>((resolve) => (release = resolve));
    if (failNext) {
      failNext = false;
      throw new Error('network');
    }
    const outcome: SaveOutcome = { saved: [], conflicts: [] };
    for (const a of answers) {
      const current = stale.get(a.questionId);
      if (current) outcome.conflicts.push({ questionId: a.questionId, current });
      else outcome.saved.push(stored(a.questionId, a.version + 1, { rating: a.rating, text: a.text }));
    }
    return outcome;
  });
  return {
    send,
    requests,
    staleOnce: (answers: Answer[]) => {
      stale = new Map(answers.map((a) => [a.questionId, a]));
    },
    failOnce: () => {
      failNext = true;
    },
    holdNext: () => {
      hold = true;
    },
    release: () => {
      hold = false;
      release?.();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave of a whole form', () => {
  it('sends every answer changed within the quiet time in one request', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue([stored('wins', 2, { text: 'old' })], {
      send: server.send,
      publish: () => undefined,
    });
    queue.change('delivery', { rating: 4, text: null });
    await vi.advanceTimersByTimeAsync(500);
    queue.change('collab', { rating: 3, text: null });
    queue.change('wins', { rating: null, text: 'new' });
    expect(overallStatus(queue.current)).toBe('saving');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(server.requests).toEqual([
      [
        { questionId: 'delivery', rating: 4, text: null, version: 0 },
        { questionId: 'collab', rating: 3, text: null, version: 0 },
        { questionId: 'wins', rating: null, text: 'new', version: 2 },
      ],
    ]);
    expect(queue.current.wins).toMatchObject({ version: 3, status: 'saved' });
    expect(overallStatus(queue.current)).toBe('saved');
  });

  it('keeps one request in flight; changes made meanwhile go in the next one, on the new version', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(null, { send: server.send, publish: () => undefined });
    server.holdNext();
    queue.change('wins', { rating: null, text: 'a' });
    queue.flushNow();
    await vi.advanceTimersByTimeAsync(0);
    queue.change('wins', { rating: null, text: 'ab' });
    queue.change('delivery', { rating: 2, text: null });
    queue.flushNow();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(server.requests).toHaveLength(1);
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]).toEqual([
      { questionId: 'wins', rating: null, text: 'ab', version: 1 },
      { questionId: 'delivery', rating: 2, text: null, version: 0 },
    ]);
    expect(queue.current.wins).toMatchObject({ version: 2, status: 'saved' });
  });

  it('a stale answer shows both versions and stops saving; the saved ones take their versions', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue([stored('wins', 1), stored('delivery', 1)], {
      send: server.send,
      publish: () => undefined,
    });
    const theirs = stored('wins', 2, { text: 'from another tab' });
    server.staleOnce([theirs]);
    queue.change('wins', { rating: null, text: 'mine' });
    queue.change('delivery', { rating: 5, text: null });
    expect(await queue.settle()).toBe(false);
    expect(queue.current.wins).toMatchObject({
      status: 'conflict',
      conflict: theirs,
      value: { text: 'mine' },
    });
    expect(queue.current.delivery).toMatchObject({ status: 'saved', version: 2 });
    // Edits of the answer in conflict wait for the user's choice.
    queue.change('wins', { rating: null, text: 'mine, again' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(server.requests).toHaveLength(1);

    server.staleOnce([]);
    queue.resolve('wins', 'mine');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests[1]).toEqual([{ questionId: 'wins', rating: null, text: 'mine', version: 2 }]);
    expect(queue.current.wins).toMatchObject({ status: 'saved', version: 3, conflict: null });
    expect(await queue.settle()).toBe(true);
  });

  it('keeping the stored version takes its value and version without a save', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue([stored('wins', 1)], { send: server.send, publish: () => undefined });
    server.staleOnce([stored('wins', 4, { text: 'theirs' })]);
    queue.change('wins', { rating: null, text: 'mine' });
    await queue.settle();
    queue.resolve('wins', 'theirs');
    expect(queue.current.wins).toMatchObject({ status: 'saved', version: 4, value: { text: 'theirs' } });
    expect(server.requests).toHaveLength(1);
  });

  it('a failed save keeps the answers and tries again later; settle reports it', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(null, { send: server.send, publish: () => undefined, retryMs: 5000 });
    server.failOnce();
    queue.change('wins', { rating: null, text: 'x' });
    queue.flushNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.current.wins?.status).toBe('error');
    await vi.advanceTimersByTimeAsync(4000);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.requests).toHaveLength(2);
    expect(queue.current.wins).toMatchObject({ status: 'saved', version: 1 });

    server.failOnce();
    queue.change('wins', { rating: null, text: 'y' });
    expect(await queue.settle()).toBe(false);
  });

  it('settles pending changes at once (before a submit)', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(null, { send: server.send, publish: () => undefined });
    queue.change('wins', { rating: null, text: 'typed just now' });
    expect(await queue.settle()).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(queue.current.wins?.status).toBe('saved');
  });

  it('sends what is pending when the editor goes away', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(null, { send: server.send, publish: () => undefined });
    queue.change('wins', { rating: null, text: 'last words' });
    queue.detach();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests).toEqual([[{ questionId: 'wins', rating: null, text: 'last words', version: 0 }]]);
  });
});

describe('sorting out a 409 of a whole-form save', () => {
  it('takes an answer stored at the next version with the value sent as saved, anything else as a conflict', () => {
    const sent: AnswerDraft[] = [
      { questionId: 'delivery', rating: 5, text: null, version: 1 },
      { questionId: 'wins', rating: null, text: 'mine', version: 1 },
      { questionId: 'collab', rating: 2, text: null, version: 0 },
    ];
    const outcome = sortOutConflict(sent, [
      stored('delivery', 2, { rating: 5 }),
      stored('wins', 2, { text: 'theirs' }),
    ]);
    expect(outcome.saved.map((a) => a.questionId)).toEqual(['delivery']);
    expect(outcome.conflicts).toMatchObject([
      { questionId: 'wins', current: { text: 'theirs', version: 2 } },
      { questionId: 'collab', current: { version: 0 } },
    ]);
  });
});
