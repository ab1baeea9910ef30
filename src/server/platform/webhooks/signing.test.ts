import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, secretKey, signWebhook, verifyWebhook } from './signing';

const body = JSON.stringify({ type: 'goal.created', data: { goalId: 'g-1' } });
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('newWebhookSecret', () => {
  it('is whsec_ + base64 of 32 random bytes, different each time', () => {
    const a = newWebhookSecret();
    const b = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(secretKey(a)).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('refuses secrets without the prefix, not base64, or outside 24–64 bytes', () => {
    expect(() => secretKey('abc')).toThrow(/whsec_/);
    expect(() => secretKey(`whsec_${Buffer.alloc(23).toString('base64')}`)).toThrow(/24 to 64/);
    expect(() => secretKey(`whsec_${Buffer.alloc(65).toString('base64')}`)).toThrow(/24 to 64/);
    expect(() => secretKey('whsec_!!!!not*base64!!!!!!!!!!!!!!!!!!!!')).toThrow(/24 to 64/);
    expect(secretKey(`whsec_${Buffer.alloc(24, 1).toString('base64')}`)).toHaveLength(24);
    expect(secretKey(`whsec_${Buffer.alloc(64, 1).toString('base64')}`)).toHaveLength(64);
  });
});

describe('signWebhook', () => {
  it('matches the specification example (standard-webhooks spec test vector)', () => {
    // The vector used by every reference library's tests.
    const headers = signWebhook({
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
      body: '{"test": 2432232314}',
      secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    });
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('is the base64 HMAC-SHA256 of "id.timestamp.body" under the decoded key', () => {
    const secret = newWebhookSecret();
    const headers = signWebhook({ id: 'evt_1', timestamp: 1700000000, body, secrets: [secret] });
    const expected = createHmac('sha256', secretKey(secret))
      .update(`evt_1.1700000000.${body}`)
      .digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('signs once per active secret, so either secret verifies during a rotation', () => {
    const oldSecret = newWebhookSecret();
    const newSecret = newWebhookSecret();
    const headers = signWebhook({
      id: 'evt_2',
      timestamp: nowSeconds(),
      body,
      secrets: [newSecret, oldSecret],
    });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verifyWebhook(headers, body, oldSecret)).toEqual({ ok: true });
    expect(verifyWebhook(headers, body, newSecret)).toEqual({ ok: true });
    expect(verifyWebhook(headers, body, newWebhookSecret())).toEqual({
      ok: false,
      reason: 'noMatchingSignature',
    });
  });

  it('the reference library (standardwebhooks) accepts our signatures, for each secret and raw bytes', () => {
    const oldSecret = newWebhookSecret();
    const newSecret = newWebhookSecret();
    const headers = signWebhook({
      id: 'evt_3',
      timestamp: nowSeconds(),
      body,
      secrets: [newSecret, oldSecret],
    });
    expect(new Webhook(oldSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(newSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow(/No matching signature/);
    expect(() => new Webhook(oldSecret).verify(`${body} `, headers)).toThrow(/No matching signature/);

    const bytes = new TextEncoder().encode('{"name":"Zoë"}');
    const byteHeaders = signWebhook({
      id: 'evt_4',
      timestamp: nowSeconds(),
      body: bytes,
      secrets: [oldSecret],
    });
    expect(new Webhook(oldSecret).verify(bytes, byteHeaders)).toEqual({ name: 'Zoë' });
  });

  it('our verifier accepts the reference library’s signatures', () => {
    const secret = newWebhookSecret();
    const timestamp = new Date(nowSeconds() * 1000);
    const signature = new Webhook(secret).sign('evt_5', timestamp, body);
    const headers = {
      'Webhook-Id': 'evt_5',
      'Webhook-Timestamp': String(timestamp.getTime() / 1000),
      'Webhook-Signature': signature,
    };
    expect(verifyWebhook(headers, body, secret)).toEqual({ ok: true });
  });

  it('refuses no secrets, a bad timestamp, and an id that could be read two ways', () => {
    const secret = newWebhookSecret();
    expect(() => signWebhook({ id: 'evt', timestamp: 1, body, secrets: [] })).toThrow(/at least one/);
    expect(() => signWebhook({ id: 'evt', timestamp: 1.5, body, secrets: [secret] })).toThrow(/unix seconds/);
    expect(() => signWebhook({ id: 'evt.1', timestamp: 1, body, secrets: [secret] })).toThrow(/webhook id/);
  });
});

describe('verifyWebhook', () => {
  const secret = newWebhookSecret();
  const at = (timestamp: number) => signWebhook({ id: 'evt_6', timestamp, body, secrets: [secret] });
  const now = new Date('2026-12-07T12:00:00Z');
  const t = now.getTime() / 1000;

  it('accepts within the tolerance and refuses outside it, both ways', () => {
    expect(verifyWebhook(at(t - 300), body, secret, { now })).toEqual({ ok: true });
    expect(verifyWebhook(at(t + 300), body, secret, { now })).toEqual({ ok: true });
    expect(verifyWebhook(at(t - 301), body, secret, { now })).toEqual({
      ok: false,
      reason: 'timestampTooOld',
    });
    expect(verifyWebhook(at(t + 301), body, secret, { now })).toEqual({
      ok: false,
      reason: 'timestampTooNew',
    });
    expect(verifyWebhook(at(t - 3600), body, secret, { now, toleranceSeconds: 3600 })).toEqual({ ok: true });
  });

  it('refuses missing headers, a non-numeric timestamp, a changed body, id or timestamp', () => {
    const headers = at(t);
    expect(verifyWebhook({ ...headers, 'webhook-id': '' }, body, secret, { now })).toEqual({
      ok: false,
      reason: 'missingHeaders',
    });
    expect(verifyWebhook({ ...headers, 'webhook-timestamp': '1e9' }, body, secret, { now })).toEqual({
      ok: false,
      reason: 'invalidTimestamp',
    });
    const mismatch = { ok: false, reason: 'noMatchingSignature' };
    expect(verifyWebhook(headers, `${body}x`, secret, { now })).toEqual(mismatch);
    expect(verifyWebhook({ ...headers, 'webhook-id': 'evt_7' }, body, secret, { now })).toEqual(mismatch);
    expect(verifyWebhook({ ...headers, 'webhook-timestamp': String(t + 1) }, body, secret, { now })).toEqual(
      mismatch,
    );
  });

  it('skips other signature versions and truncated signatures', () => {
    const headers = at(t);
    const v1 = headers['webhook-signature'];
    const withOthers = { ...headers, 'webhook-signature': `v1a,AAAA v1,short ${v1}` };
    expect(verifyWebhook(withOthers, body, secret, { now })).toEqual({ ok: true });
    const onlyOthers = { ...headers, 'webhook-signature': `v1a,${v1.slice(3)} v1,${v1.slice(3, 10)}` };
    expect(verifyWebhook(onlyOthers, body, secret, { now })).toEqual({
      ok: false,
      reason: 'noMatchingSignature',
    });
  });
});
