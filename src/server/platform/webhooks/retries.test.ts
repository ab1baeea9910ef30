import { describe, expect, it } from 'vitest';
import {
  type AttemptOutcome,
  MAX_ATTEMPTS,
  MAX_RETRY_AFTER_MS,
  nextAttempt,
  parseRetryAfter,
  RETRY_DELAYS_MS,
  type RetryDecision,
  scheduledDelayMs,
} from './retries';

const now = new Date('2026-12-07T12:00:00Z');
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const middle = () => 0.5; // no jitter: factor 1

describe('the schedule', () => {
  it('is immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h — about three days', () => {
    expect(RETRY_DELAYS_MS).toEqual([0, 5 * S, 5 * M, 30 * M, 2 * H, 5 * H, 10 * H, 14 * H, 20 * H, 24 * H]);
    expect(MAX_ATTEMPTS).toBe(10);
    const total = RETRY_DELAYS_MS.reduce((sum, d) => sum + d, 0);
    expect(total / H).toBeCloseTo(75.6, 1);
  });

  it('jitters each delay by at most ±10 % with the injected random, and never the immediate one', () => {
    expect(scheduledDelayMs(1, () => 0.99)).toBe(0);
    expect(scheduledDelayMs(4, middle)).toBe(30 * M);
    expect(scheduledDelayMs(4, () => 0)).toBe(27 * M);
    expect(scheduledDelayMs(4, () => 0.999999)).toBe(Math.round(30 * M * (1 + 0.999998 * 0.1)));
    expect(scheduledDelayMs(10, () => 0.75)).toBe(24 * H * 1.05);
    expect(() => scheduledDelayMs(11, middle)).toThrow(/no attempt 11/);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120 * S],
    [' 7 ', 7 * S],
    ['0', 0],
    ['Mon, 07 Dec 2026 12:10:00 GMT', 10 * M],
    ['Monday, 07-Dec-26 12:00:30 GMT', 30 * S],
    ['Sun, 06 Dec 2026 12:00:00 GMT', 0], // in the past: now
    ['864000', MAX_RETRY_AFTER_MS], // ten days: capped
    ['Fri, 01 Jan 2027 00:00:00 GMT', MAX_RETRY_AFTER_MS],
  ])('%j → %d ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['-5'], ['12.5'], ['soon'], ['Mon, not a date']])(
    '%j → null',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeNull();
    },
  );
});

const response = (status: number, retryAfter?: string): AttemptOutcome => ({
  kind: 'response',
  status,
  retryAfter,
});
const scheduled = (reason: string, delayMs: number): RetryDecision =>
  ({
    action: 'retry',
    reason,
    at: new Date(now.getTime() + delayMs),
    delayMs,
    usedRetryAfter: false,
  }) as RetryDecision;

describe('nextAttempt', () => {
  const cases: [string, number, AttemptOutcome, RetryDecision][] = [
    ['200 succeeds', 1, response(200), { action: 'succeeded' }],
    ['204 succeeds', 3, response(204), { action: 'succeeded' }],
    ['299 succeeds on the last attempt', 10, response(299), { action: 'succeeded' }],
    ['302 is a failure, retried, never followed', 1, response(302), scheduled('redirect', 5 * S)],
    ['301 on attempt 2 waits 5 min', 2, response(301), scheduled('redirect', 5 * M)],
    ['410 disables the endpoint', 1, response(410), { action: 'disableEndpoint', reason: 'gone' }],
    [
      '410 on the last attempt still disables',
      10,
      response(410),
      { action: 'disableEndpoint', reason: 'gone' },
    ],
    ['400 is retried on the schedule', 3, response(400), scheduled('clientError', 30 * M)],
    ['404 is retried on the schedule', 4, response(404), scheduled('clientError', 2 * H)],
    ['500 is retried on the schedule', 5, response(500), scheduled('serverError', 5 * H)],
    ['429 without Retry-After follows the schedule', 6, response(429), scheduled('throttled', 10 * H)],
    [
      '503 with an unreadable Retry-After follows the schedule',
      7,
      response(503, 'later'),
      scheduled('throttled', 14 * H),
    ],
    ['a timeout is retried', 8, { kind: 'timeout' }, scheduled('timeout', 20 * H)],
    [
      'a network error on attempt 9 waits 24 h',
      9,
      { kind: 'networkError' },
      scheduled('networkError', 24 * H),
    ],
    ['a network error is retried', 1, { kind: 'networkError' }, scheduled('networkError', 5 * S)],
    ['1xx (never final) is an unexpected status', 1, response(101), scheduled('unexpectedStatus', 5 * S)],
    [
      'a failure on the last attempt gives up',
      10,
      response(500),
      { action: 'giveUp', reason: 'serverError' },
    ],
    [
      'a timeout on the last attempt gives up',
      10,
      { kind: 'timeout' },
      { action: 'giveUp', reason: 'timeout' },
    ],
    ['a 429 on the last attempt gives up', 10, response(429, '1'), { action: 'giveUp', reason: 'throttled' }],
  ];
  it.each(cases)('%s', (_name, attempt, outcome, expected) => {
    expect(nextAttempt({ attempt, outcome, now, random: middle })).toEqual(expected);
  });

  it.each([429, 502, 503, 504])('%d honours Retry-After in seconds and as a date, capped', (status) => {
    const inSeconds = nextAttempt({ attempt: 1, outcome: response(status, '90'), now, random: middle });
    expect(inSeconds).toEqual({
      action: 'retry',
      reason: 'throttled',
      at: new Date(now.getTime() + 90 * S),
      delayMs: 90 * S,
      usedRetryAfter: true,
    });
    const asDate = nextAttempt({
      attempt: 2,
      outcome: response(status, 'Mon, 07 Dec 2026 13:00:00 GMT'),
      now,
      random: middle,
    });
    expect(asDate).toMatchObject({ action: 'retry', delayMs: H, usedRetryAfter: true });
    const far = nextAttempt({ attempt: 2, outcome: response(status, '9999999'), now, random: middle });
    expect(far).toMatchObject({ delayMs: MAX_RETRY_AFTER_MS, usedRetryAfter: true });
  });

  it('ignores Retry-After on statuses that are not throttling', () => {
    const decision = nextAttempt({ attempt: 1, outcome: response(500, '3600'), now, random: middle });
    expect(decision).toMatchObject({ delayMs: 5 * S, usedRetryAfter: false });
  });

  it('applies the jitter from the injected random', () => {
    const low = nextAttempt({ attempt: 3, outcome: response(500), now, random: () => 0 });
    const high = nextAttempt({ attempt: 3, outcome: response(500), now, random: () => 0.75 });
    expect(low).toMatchObject({ delayMs: 30 * M * 0.9 });
    expect(high).toMatchObject({ delayMs: 30 * M * 1.05 });
  });

  it('walks the whole schedule: nine retries, then gives up', () => {
    const delays: number[] = [];
    let decision: RetryDecision = { action: 'succeeded' };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      decision = nextAttempt({ attempt, outcome: { kind: 'networkError' }, now, random: middle });
      if (decision.action === 'retry') delays.push(decision.delayMs);
    }
    expect(delays).toEqual(RETRY_DELAYS_MS.slice(1));
    expect(decision).toEqual({ action: 'giveUp', reason: 'networkError' });
  });

  it('refuses attempt numbers outside the schedule', () => {
    expect(() => nextAttempt({ attempt: 0, outcome: response(200), now })).toThrow(/outside/);
    expect(() => nextAttempt({ attempt: 11, outcome: response(200), now })).toThrow(/outside/);
    expect(() => nextAttempt({ attempt: 1.5, outcome: response(200), now })).toThrow(/outside/);
  });
});
