import type { LookupAddress, LookupOneOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { AttemptOutcome } from './retries';
import type { WebhookTarget } from './targetGuard';

/**
 * One delivery attempt: a POST to a target vetted by `checkWebhookTarget`.
 *
 * Built on node:http/https rather than `fetch`: the built-in `fetch` cannot be told which address
 * to connect to without the separate `undici` package, whereas `http.request` takes a `lookup`
 * function. Ours answers with the vetted addresses only, so the socket never reaches an address
 * the guard did not see (DNS rebinding), while the Host header, SNI and the certificate check still
 * use the host name. `http.request` never follows redirects (the `redirect: 'manual'` of fetch): a
 * 3xx comes back as a failed attempt.
 */

/** Standard Webhooks suggests 15–30 s; a receiver should answer fast and work afterwards. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The delivery log keeps this much of a response body; the rest is not even read. */
export const RESPONSE_BODY_LIMIT = 2048;

export type WebhookRequest = { body: string; headers: Record<string, string> };

export type AttemptResult = {
  outcome: AttemptOutcome;
  /** Up to RESPONSE_BODY_LIMIT bytes of the response, as UTF-8 text; null without a response. */
  responseBody: string | null;
  truncated: boolean;
  durationMs: number;
  /** The address the socket connected to, for the delivery log. */
  remoteAddress: string | null;
};

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

function pinnedLookup(target: WebhookTarget) {
  return (_host: string, options: LookupOneOptions & { all?: boolean }, callback: LookupCallback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : null;
    const candidates = target.addresses.filter((a) => wanted === null || a.family === wanted);
    const first = candidates[0];
    if (first === undefined) {
      const error: NodeJS.ErrnoException = new Error('No vetted address of the wanted family.');
      error.code = 'ENOTFOUND';
      callback(error, '');
      return;
    }
    if (options.all) callback(null, candidates);
    else callback(null, first.address, first.family);
  };
}

/**
 * POSTs `request.body` to the target and reports the outcome for `nextAttempt`. Never throws for
 * what the network or the receiver does: a refused connection, a TLS error or a reset is
 * `networkError`, and no answer within `timeoutMs` (connect, headers and body together) is `timeout`.
 */
export function fetchWebhook(
  target: WebhookTarget,
  request: WebhookRequest,
  options: { timeoutMs?: number } = {},
): Promise<AttemptResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (target.addresses.length === 0) throw new Error('A webhook target without vetted addresses.');
  const started = performance.now();
  const client = target.url.protocol === 'https:' ? https : http;
  const body = Buffer.from(request.body, 'utf8');

  return new Promise<AttemptResult>((resolvePromise) => {
    let settled = false;
    let remoteAddress: string | null = null;
    const finish = (outcome: AttemptOutcome, chunks: Buffer[] | null, truncated: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolvePromise({
        outcome,
        responseBody:
          chunks === null ? null : Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString('utf8'),
        truncated,
        durationMs: Math.round(performance.now() - started),
        remoteAddress,
      });
    };

    const req = client.request(target.url, {
      method: 'POST',
      headers: {
        'user-agent': 'Trellis-Webhooks/1',
        ...request.headers,
        'content-type': 'application/json',
        'content-length': String(body.length),
      },
      lookup: pinnedLookup(target) as never,
      // A pooled socket could have been opened for another endpoint's addresses.
      agent: false,
    });
    const timer = setTimeout(() => finish({ kind: 'timeout' }, null, false), timeoutMs);

    req.on('socket', (socket) => {
      socket.on('connect', () => {
        remoteAddress = socket.remoteAddress ?? null;
      });
    });
    req.on('error', () => finish({ kind: 'networkError' }, null, false));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const retryAfter = typeof res.headers['retry-after'] === 'string' ? res.headers['retry-after'] : null;
      const outcome: AttemptOutcome = { kind: 'response', status, retryAfter };
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // Stop reading: a receiver that streams megabytes cannot hold a worker or fill the log.
        if (size > RESPONSE_BODY_LIMIT) finish(outcome, chunks, true);
      });
      res.on('end', () => finish(outcome, chunks, false));
      res.on('error', () => finish(outcome, chunks, size > RESPONSE_BODY_LIMIT));
      // A receiver that resets mid-body still answered: keep its status and what arrived.
      res.on('close', () => finish(outcome, chunks, size > RESPONSE_BODY_LIMIT));
    });
    req.end(body);
  });
}
