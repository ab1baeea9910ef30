/**
 * The retry schedule of a webhook delivery (Standard Webhooks' recommendation, about 3 days), and
 * the decision after each attempt. Pure: the delivery job passes the outcome, the clock and the
 * random source, and stores what comes back.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Delay before each attempt, by attempt number − 1: the first is immediate, the tenth comes about
 * 75 hours after the first. Late retries are spaced out so an endpoint that is down for a weekend
 * still receives its events on Monday.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  0,
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length;
/** ±10 %: spreads the retries of many deliveries that failed together (an endpoint's outage). */
export const JITTER_FRACTION = 0.1;
/** A `Retry-After` further away than this is cut to it: a receiver cannot park a delivery for weeks. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

/** What one attempt produced, as the delivery job saw it. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; retryAfter?: string | null }
  | { kind: 'timeout' }
  | { kind: 'networkError' };

/** Why an attempt failed; stored in the delivery log and shown on the webhooks screen. */
export type FailureReason =
  | 'redirect'
  | 'clientError'
  | 'serverError'
  | 'throttled'
  | 'unexpectedStatus'
  | 'timeout'
  | 'networkError';

export type RetryDecision =
  | { action: 'succeeded' }
  | { action: 'retry'; reason: FailureReason; at: Date; delayMs: number; usedRetryAfter: boolean }
  | { action: 'giveUp'; reason: FailureReason }
  /** 410 Gone: the receiver says the endpoint is no more, so it is disabled rather than retried. */
  | { action: 'disableEndpoint'; reason: 'gone' };

const THROTTLE_STATUSES = new Set([429, 502, 503, 504]);

function failureReason(outcome: AttemptOutcome): FailureReason {
  if (outcome.kind === 'timeout') return 'timeout';
  if (outcome.kind === 'networkError') return 'networkError';
  const { status } = outcome;
  if (THROTTLE_STATUSES.has(status)) return 'throttled';
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 400 && status < 500) return 'clientError';
  if (status >= 500 && status < 600) return 'serverError';
  return 'unexpectedStatus';
}

/**
 * `Retry-After` as a delay from `now` (RFC 9110 §10.2.3: delay-seconds or an HTTP date), capped at
 * MAX_RETRY_AFTER_MS; null when absent or unreadable, so the schedule applies instead.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (value == null) return null;
  const text = value.trim();
  let delayMs: number;
  if (/^\d+$/.test(text)) {
    delayMs = Number(text) * SECOND;
  } else {
    // Only the IMF-fixdate form and its obsolete cousins, which all name a weekday; Date.parse would
    // otherwise read numbers like "12.5" as a date.
    if (!/^[A-Za-z]{3,9},? /.test(text)) return null;
    const at = Date.parse(text);
    if (Number.isNaN(at)) return null;
    delayMs = Math.max(0, at - now.getTime());
  }
  return Math.min(delayMs, MAX_RETRY_AFTER_MS);
}

/** The scheduled delay before attempt `next` (1-based), with jitter from `random` ∈ [0, 1). */
export function scheduledDelayMs(next: number, random: () => number): number {
  const base = RETRY_DELAYS_MS[next - 1];
  if (base === undefined) throw new Error(`There is no attempt ${next}; the schedule has ${MAX_ATTEMPTS}.`);
  const factor = 1 + (random() * 2 - 1) * JITTER_FRACTION;
  return Math.round(base * factor);
}

/**
 * What to do after attempt number `attempt` (1-based) ended with `outcome`:
 * - 2xx: succeeded;
 * - 410: disable the endpoint (no retry);
 * - 429/502/503/504: retry after `Retry-After` when it is readable (capped), else on the schedule;
 * - 3xx (never followed), other 4xx/5xx, timeouts, network errors: retry on the schedule;
 * - a failure of the last attempt: give up.
 */
export function nextAttempt(options: {
  attempt: number;
  outcome: AttemptOutcome;
  now: Date;
  random?: () => number;
}): RetryDecision {
  const { attempt, outcome, now, random = Math.random } = options;
  if (!Number.isInteger(attempt) || attempt < 1 || attempt > MAX_ATTEMPTS) {
    throw new Error(`Attempt ${attempt} is outside 1..${MAX_ATTEMPTS}.`);
  }
  if (outcome.kind === 'response') {
    if (outcome.status >= 200 && outcome.status < 300) return { action: 'succeeded' };
    if (outcome.status === 410) return { action: 'disableEndpoint', reason: 'gone' };
  }
  const reason = failureReason(outcome);
  if (attempt === MAX_ATTEMPTS) return { action: 'giveUp', reason };

  const retryAfter =
    outcome.kind === 'response' && THROTTLE_STATUSES.has(outcome.status)
      ? parseRetryAfter(outcome.retryAfter, now)
      : null;
  const delayMs = retryAfter ?? scheduledDelayMs(attempt + 1, random);
  return {
    action: 'retry',
    reason,
    at: new Date(now.getTime() + delayMs),
    delayMs,
    usedRetryAfter: retryAfter !== null,
  };
}
