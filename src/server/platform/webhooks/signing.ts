import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks 1.0 signing (https://www.standardwebhooks.com/, spec "Signature scheme").
 *
 * Written on node:crypto rather than on the `standardwebhooks` package: that package computes
 * HMAC-SHA256 with a pure-JS SHA-256 (`fast-sha256`), signs with one secret per instance (we sign
 * with every active secret so a rotation has no downtime) and fixes the tolerance at 5 minutes.
 * `signing.test.ts` holds our output to its verifier, so the two cannot drift apart.
 */

export const SECRET_PREFIX = 'whsec_';
/** The spec allows 24–64 bytes; we issue 32 (the HMAC-SHA256 block-size sweet spot). */
export const SECRET_BYTES = 32;
const MIN_SECRET_BYTES = 24;
const MAX_SECRET_BYTES = 64;
/** The spec's recommended default tolerance for replayed or delayed messages. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

export type VerifyFailure =
  | 'missingHeaders'
  | 'invalidTimestamp'
  | 'timestampTooOld'
  | 'timestampTooNew'
  | 'noMatchingSignature';

export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure };

/** A fresh secret, `whsec_` + base64 of 32 random bytes. Shown once to the endpoint's owner. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/**
 * The key bytes of a `whsec_` secret. Throws on anything else: a malformed secret is a programming
 * or storage error, and signing with a truncated key would silently break every consumer.
 */
export function secretKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('A webhook secret starts with "whsec_".');
  const encoded = secret.slice(SECRET_PREFIX.length);
  const key = Buffer.from(encoded, 'base64');
  // Buffer.from ignores characters outside the alphabet; a round trip proves the text was base64.
  if (key.toString('base64') !== encoded || key.length < MIN_SECRET_BYTES || key.length > MAX_SECRET_BYTES) {
    throw new Error('A webhook secret is "whsec_" followed by base64 of 24 to 64 bytes.');
  }
  return key;
}

function signatureOf(key: Buffer, id: string, timestamp: number, body: string | Uint8Array): string {
  const hmac = createHmac('sha256', key);
  hmac.update(`${id}.${timestamp}.`);
  hmac.update(body);
  return `v1,${hmac.digest('base64')}`;
}

/**
 * The three headers of one delivery attempt. `timestamp` is the attempt's time (the spec signs each
 * attempt anew), in unix seconds; `secrets` are the endpoint's active secrets, newest first, one
 * `v1,` signature each so consumers holding either the old or the new secret accept it.
 */
export function signWebhook(options: {
  id: string;
  timestamp: number;
  body: string | Uint8Array;
  secrets: readonly string[];
}): WebhookHeaders {
  const { id, timestamp, body, secrets } = options;
  if (secrets.length === 0) throw new Error('A webhook is signed with at least one secret.');
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new Error('A webhook timestamp is unix seconds.');
  // The id and the timestamp are joined with dots: an id holding a dot or a space could be read two ways.
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error('A webhook id is letters, digits, "_" and "-".');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets
      .map((secret) => signatureOf(secretKey(secret), id, timestamp, body))
      .join(' '),
  };
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/**
 * The consumer side (used by our own tests and the "send test event" check): accepts when any `v1,`
 * signature in the header matches `secret` and the timestamp is within the tolerance of `now`.
 * Each comparison is constant-time over equal-length buffers; other versions (`v1a,`) are skipped.
 */
export function verifyWebhook(
  headers: Record<string, string | string[] | undefined>,
  body: string | Uint8Array,
  secret: string,
  options: { toleranceSeconds?: number; now?: Date } = {},
): VerifyResult {
  const id = header(headers, 'webhook-id');
  const timestampText = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestampText || !signatures) return { ok: false, reason: 'missingHeaders' };
  if (!/^\d{1,15}$/.test(timestampText)) return { ok: false, reason: 'invalidTimestamp' };
  const timestamp = Number(timestampText);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (now - timestamp > tolerance) return { ok: false, reason: 'timestampTooOld' };
  if (timestamp - now > tolerance) return { ok: false, reason: 'timestampTooNew' };

  const expected = Buffer.from(signatureOf(secretKey(secret), id, timestamp, body));
  for (const candidate of signatures.split(' ')) {
    if (!candidate.startsWith('v1,')) continue;
    const given = Buffer.from(candidate);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true };
  }
  return { ok: false, reason: 'noMatchingSignature' };
}
