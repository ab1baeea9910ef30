import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWebhook, RESPONSE_BODY_LIMIT } from './fetchWebhook';
import { nextAttempt } from './retries';
import { newWebhookSecret, signWebhook, verifyWebhook } from './signing';
import { checkWebhookTarget, type WebhookTarget } from './targetGuard';

/** A real receiver on loopback; each path behaves like one kind of endpoint. */
type Received = { path: string; host: string | undefined; headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({
        path,
        host: req.headers.host,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      if (path === '/ok') {
        res.writeHead(202, { 'content-type': 'text/plain' }).end('accepted');
      } else if (path === '/moved') {
        res.writeHead(302, { location: `http://127.0.0.1:${port}/followed` }).end();
      } else if (path === '/gone') {
        res.writeHead(410).end('endpoint deleted');
      } else if (path === '/busy') {
        res.writeHead(429, { 'retry-after': '120' }).end();
      } else if (path === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('é'.repeat(RESPONSE_BODY_LIMIT * 10));
      } else if (path === '/hang') {
        // Never answers: the attempt must end by its own timeout.
      } else {
        res.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function vetted(path: string): Promise<WebhookTarget> {
  const check = await checkWebhookTarget(`http://127.0.0.1:${port}${path}`, { allowList: ['127.0.0.1/32'] });
  if (!check.ok) throw new Error(`refused: ${check.reason}`);
  return check.target;
}

const secret = newWebhookSecret();
function signed(body: string) {
  return {
    body,
    headers: signWebhook({ id: 'evt_1', timestamp: Math.floor(Date.now() / 1000), body, secrets: [secret] }),
  };
}

describe('fetchWebhook against a local receiver', () => {
  it('without the allow-list, the loopback receiver is refused before any request', async () => {
    expect(await checkWebhookTarget(`http://127.0.0.1:${port}/ok`)).toMatchObject({
      ok: false,
      reason: 'forbiddenAddress',
    });
  });

  it('2xx: delivers the signed JSON body, which the receiver can verify', async () => {
    const body = JSON.stringify({ type: 'goal.created', data: { goalId: 'g-1' } });
    const result = await fetchWebhook(await vetted('/ok'), signed(body));
    expect(result).toMatchObject({
      outcome: { kind: 'response', status: 202, retryAfter: null },
      responseBody: 'accepted',
      truncated: false,
      remoteAddress: '127.0.0.1',
    });
    const got = received.find((r) => r.path === '/ok');
    expect(got?.body).toBe(body);
    expect(got?.headers['content-type']).toBe('application/json');
    expect(verifyWebhook(got?.headers ?? {}, got?.body ?? '', secret)).toEqual({ ok: true });
    expect(nextAttempt({ attempt: 1, outcome: result.outcome, now: new Date() })).toEqual({
      action: 'succeeded',
    });
  });

  it('302: reported as a redirect and never followed', async () => {
    const result = await fetchWebhook(await vetted('/moved'), signed('{}'));
    expect(result.outcome).toEqual({ kind: 'response', status: 302, retryAfter: null });
    expect(received.some((r) => r.path === '/followed')).toBe(false);
    expect(
      nextAttempt({ attempt: 1, outcome: result.outcome, now: new Date(), random: () => 0.5 }),
    ).toMatchObject({
      action: 'retry',
      reason: 'redirect',
    });
  });

  it('410: the body is kept for the log and the endpoint is to be disabled', async () => {
    const result = await fetchWebhook(await vetted('/gone'), signed('{}'));
    expect(result).toMatchObject({ outcome: { status: 410 }, responseBody: 'endpoint deleted' });
    expect(nextAttempt({ attempt: 2, outcome: result.outcome, now: new Date() })).toEqual({
      action: 'disableEndpoint',
      reason: 'gone',
    });
  });

  it('429: passes Retry-After on', async () => {
    const result = await fetchWebhook(await vetted('/busy'), signed('{}'));
    expect(result.outcome).toEqual({ kind: 'response', status: 429, retryAfter: '120' });
    expect(nextAttempt({ attempt: 1, outcome: result.outcome, now: new Date() })).toMatchObject({
      delayMs: 120_000,
      usedRetryAfter: true,
    });
  });

  it('a large response body is cut to 2 KB for the delivery log', async () => {
    const result = await fetchWebhook(await vetted('/big'), signed('{}'));
    expect(result.outcome).toMatchObject({ status: 200 });
    expect(result.truncated).toBe(true);
    expect(Buffer.byteLength(result.responseBody ?? '')).toBeLessThanOrEqual(RESPONSE_BODY_LIMIT + 2);
    expect(result.responseBody?.startsWith('éé')).toBe(true);
  });

  it('a receiver that never answers ends as a timeout', async () => {
    const result = await fetchWebhook(await vetted('/hang'), signed('{}'), { timeoutMs: 300 });
    expect(result).toMatchObject({ outcome: { kind: 'timeout' }, responseBody: null });
    expect(received.some((r) => r.path === '/hang')).toBe(true);
  });

  it('connects to the vetted address only, whatever the host name resolves to now', async () => {
    // The host name does not exist in DNS: the request can only arrive through the pinned address.
    const check = await checkWebhookTarget(`http://receiver.invalid:${port}/ok`, {
      allowList: ['receiver.invalid'],
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    if (!check.ok) throw new Error(check.reason);
    const result = await fetchWebhook(check.target, signed('{"pinned":true}'));
    expect(result.outcome).toMatchObject({ status: 202 });
    const got = received.find((r) => r.body === '{"pinned":true}');
    expect(got?.host).toBe(`receiver.invalid:${port}`);
  });

  it('a refused connection is a network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const check = await checkWebhookTarget(`http://127.0.0.1:${closedPort}/`, {
      allowList: ['127.0.0.1/32'],
    });
    if (!check.ok) throw new Error(check.reason);
    const result = await fetchWebhook(check.target, signed('{}'));
    expect(result).toMatchObject({ outcome: { kind: 'networkError' }, responseBody: null });
  });
});
